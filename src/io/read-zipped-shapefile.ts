import type { ParsedInput } from './parse-input.js';
import { parseIssue } from './parse-issue.js';
import { listZipEntries, type ZipEntry } from './list-zip-entries.js';

/**
 * Reads a zipped shapefile with shpjs: every `.shp` in the archive is a layer (with its `.dbf`
 * attributes), and the layers' features are concatenated in archive order. shpjs reprojects a
 * layer to WGS 84 itself when the layer has a `.prj`, so the result then has `reprojected: true`
 * and must not be reprojected again. Other files in the archive (including `.json`, which shpjs
 * would otherwise try to read as layers) are ignored.
 *
 * Whole-file errors (`unreadable-file`): a damaged or ZIP64 archive, an archive without a `.shp`
 * (the message lists what it holds), encrypted or unusually compressed entries, a shapefile or
 * `.prj` shpjs cannot read. A shapefile without records is `empty`.
 *
 * @param bytes The whole archive; it starts with `PK\x03\x04`.
 * @param fileName Name of the file, for messages.
 * @example
 * const parsed = await readZippedShapefile(bytes, 'hazards.zip');
 * parsed.format; // 'shapefile'
 */
export async function readZippedShapefile(bytes: Uint8Array, fileName: string): Promise<ParsedInput> {
  const entries = listZipEntries(bytes);
  if (entries === 'damaged') {
    return unreadable(`${fileName} starts like a zip archive but its table of contents is missing or damaged (a cut-short download?); zip the shapefile again.`);
  }
  if (entries === 'zip64') {
    return unreadable(`${fileName} is a ZIP64 archive (over 4 GB or 65,535 files), which cleared-land cannot unzip; zip only the shapefile's .shp, .shx, .dbf and .prj.`);
  }
  const files = entries.filter((entry) => !entry.name.includes('__MACOSX') && !entry.name.endsWith('/'));
  const layers = files.filter((entry) => /\.shp$/i.test(entry.name)).map((entry) => entry.name.slice(0, -SHP_EXTENSION.length));
  if (layers.length === 0) return unreadable(noShapefileMessage(files, fileName));

  const unusable = files.find((entry) => SHAPEFILE_PARTS.test(entry.name) && (entry.encrypted || !READABLE_METHODS.includes(entry.method)));
  if (unusable) {
    const why = unusable.encrypted ? 'is password-protected' : `uses compression method ${unusable.method}, which cleared-land cannot unpack`;
    return unreadable(`${fileName}: ${unusable.name} ${why}; zip the shapefile again without a password, with ordinary (deflate) compression.`);
  }

  const { parseZip } = await import('shpjs');
  let read;
  try {
    read = await parseZip(hideJsonEntries(bytes, files));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable(
      `${fileName}: the shapefile could not be read (${reason || 'unknown error'}). If the zip holds a .prj that is not standard WKT, remove it and give the CRS with --crs; otherwise export the shapefile again.`,
    );
  }
  const byName = new Map((Array.isArray(read) ? read : [read]).map((layer) => [layer.fileName, layer]));
  const features = layers.flatMap((layer) => byName.get(layer)?.features ?? []);
  const prjNames = new Set(files.filter((entry) => /\.prj$/i.test(entry.name)).map((entry) => entry.name.slice(0, -PRJ_EXTENSION.length)));
  const reprojected = layers.some((layer) => prjNames.has(layer));
  if (features.length === 0) {
    return {
      format: 'shapefile',
      features: [],
      declaredCrs: null,
      reprojected,
      issues: [parseIssue('empty', null, `${fileName}: the shapefile ${layers.map((layer) => `${layer}.shp`).join(', ')} holds no features; there is nothing to measure.`)],
    };
  }
  return { format: 'shapefile', features, declaredCrs: null, reprojected, issues: [] };
}

const SHP_EXTENSION = '.shp';
const PRJ_EXTENSION = '.prj';
// The parts of a shapefile shpjs reads.
const SHAPEFILE_PARTS = /\.(shp|dbf|prj|cpg)$/i;
// Stored and deflate, the two methods every unzipper (and every GIS) uses.
const READABLE_METHODS = [0, 8];
// How many file names to list in a message before "…".
const LISTED_FILES = 6;

// shpjs reads every .json entry as a GeoJSON layer and fails on the whole zip when one is not
// (metadata, a style file). It picks entries by the names in the central directory, so a copy
// whose .json names end in '_' instead keeps them out of its way; the archive is otherwise intact.
function hideJsonEntries(bytes: Uint8Array, files: ZipEntry[]): Uint8Array {
  const json = files.filter((entry) => /\.json$/i.test(entry.name));
  if (json.length === 0) return bytes;
  const copy = bytes.slice();
  const encoder = new TextEncoder();
  for (const entry of json) {
    const lastByte = entry.nameOffset + encoder.encode(entry.name).length - 1;
    copy[lastByte] = HIDDEN_SUFFIX;
  }
  return copy;
}

const HIDDEN_SUFFIX = '_'.charCodeAt(0);

function unreadable(message: string): ParsedInput {
  return { format: null, features: [], declaredCrs: null, reprojected: false, issues: [parseIssue('unreadable-file', null, message)] };
}

function noShapefileMessage(files: ZipEntry[], fileName: string): string {
  if (files.length === 0) return `${fileName} is an empty zip archive; zip the shapefile's .shp, .shx, .dbf and .prj into it.`;
  const names = files.map((entry) => entry.name);
  const listed = names.slice(0, LISTED_FILES).join(', ') + (names.length > LISTED_FILES ? `, and ${names.length - LISTED_FILES} more` : '');
  const kml = names.find((name) => /\.kml$/i.test(name));
  const geojson = names.find((name) => /\.(geo)?json$/i.test(name));
  const gpx = names.find((name) => /\.gpx$/i.test(name));
  const inside = kml ?? geojson ?? gpx;
  const hint = inside
    ? `unzip it and load ${inside} itself${kml ? ' (a KMZ file is a zipped KML)' : ''}`
    : "zip the shapefile's .shp, .shx, .dbf and .prj together";
  return `${fileName} is a zip archive without a shapefile (.shp) in it; it holds ${listed}. ${hint[0].toUpperCase()}${hint.slice(1)}.`;
}
