import type { ValidationIssue } from '../validate/issue-codes.js';
import type { ParsedInput } from './parse-input.js';
import { nothingRead, parseIssue } from './parse-issue.js';
import { filesOf, listNames, listZipEntries, READABLE_ZIP_METHODS, type ZipEntry } from './list-zip-entries.js';
import { defaultInputLimits, formatBytes, InputLimitError, type InputLimits } from './input-limits.js';
import { readZipEntry } from './read-zip-entry.js';
import { checkShapefileHeaders } from './check-shapefile-headers.js';

/**
 * Reads a zipped shapefile with shpjs: every `.shp` in the archive is a layer (with its `.dbf`
 * attributes), and the layers' features are concatenated in archive order. shpjs reprojects a
 * layer to WGS 84 itself when the layer has a `.prj`, so the result then has `reprojected: true`
 * and must not be reprojected again. Other files in the archive (including `.json`, which shpjs
 * would otherwise try to read as layers) are ignored.
 *
 * Whole-file errors (`unreadable-file`): a damaged or ZIP64 archive, an archive without a `.shp`
 * (the message lists what it holds), encrypted or unusually compressed entries, a shapefile
 * shpjs cannot read. A shapefile without records is `empty`. A `.prj` proj4 cannot read is an
 * `unsupported-crs` warning: the shapefile is then read without it, in its own coordinates
 * (`reprojected: false`), so that `--crs` can reproject them.
 *
 * @param bytes The whole archive; it starts with `PK\x03\x04`.
 * Headers are not trusted: every entry shpjs would read is first unpacked here with its sizes
 * checked against its data (readZipEntry), together never past `limits.maxWholeBytes`, and each
 * layer's .shp and .dbf headers against their bytes (checkShapefileHeaders); a header that lies is
 * an `unreadable-file` error saying which, and a count past a limit throws an InputLimitError.
 *
 * @param fileName Name of the file, for messages.
 * @param limits Limits on what is read.
 * @example
 * const parsed = await readZippedShapefile(bytes, 'hazards.zip');
 * parsed.format; // 'shapefile'
 */
export async function readZippedShapefile(bytes: Uint8Array, fileName: string, limits: InputLimits = defaultInputLimits): Promise<ParsedInput> {
  const entries = listZipEntries(bytes, limits.maxZipEntries);
  if (entries === 'damaged') {
    return nothingRead('unreadable-file', `${fileName} starts like a zip archive but its table of contents is missing or damaged (a cut-short download?); zip the shapefile again.`);
  }
  if (entries === 'zip64') {
    return nothingRead('unreadable-file', `${fileName} is a ZIP64 archive (over 4 GB or 65,535 files), which cleared-land cannot unzip; zip only the shapefile's .shp, .shx, .dbf and .prj.`);
  }
  const files = filesOf(entries);
  const layers = files.filter((entry) => /\.shp$/i.test(entry.name)).map((entry) => entry.name.slice(0, -SHP_EXTENSION.length));
  if (layers.length === 0) return nothingRead('unreadable-file', noShapefileMessage(files, fileName));

  const unusable = files.find((entry) => SHAPEFILE_PARTS.test(entry.name) && (entry.encrypted || !READABLE_ZIP_METHODS.includes(entry.method)));
  if (unusable) {
    const why = unusable.encrypted ? 'is password-protected' : `uses compression method ${unusable.method}, which cleared-land cannot unpack`;
    return nothingRead('unreadable-file', `${fileName}: ${unusable.name} ${why}; zip the shapefile again without a password, with ordinary (deflate) compression.`);
  }

  const lie = await checkEntries(bytes, files, layers, limits);
  if (lie) return nothingRead('unreadable-file', `${fileName}: ${lie}; export the shapefile again from your GIS.`);

  const { parseZip } = await import('shpjs');
  const json = files.filter((entry) => /\.json$/i.test(entry.name));
  const prj = files.filter((entry) => /\.prj$/i.test(entry.name));
  const issues: ValidationIssue[] = [];
  let prjApplied = prj.length > 0;
  let read;
  try {
    read = await parseZip(hideEntries(bytes, json));
  } catch (error) {
    // proj4 cannot read every .prj (LOCAL_CS site grids, unusual projections). Without it the
    // shapefile still reads, in its own coordinates, and the caller's --crs can reproject them.
    const reason = describeError(error);
    try {
      if (prj.length === 0) throw error;
      read = await parseZip(hideEntries(bytes, [...json, ...prj]));
    } catch {
      return nothingRead('unreadable-file', `${fileName}: the shapefile could not be read (${reason}); export it again from your GIS.`);
    }
    prjApplied = false;
    issues.push(
      parseIssue(
        'unsupported-crs',
        null,
        `${fileName}: the shapefile's .prj could not be understood (${reason}), so the coordinates were read as written; if they are not WGS 84 longitude/latitude, give the CRS, e.g. --crs EPSG:32638.`,
        { severity: 'warning' },
      ),
    );
  }
  const byName = new Map((Array.isArray(read) ? read : [read]).map((layer) => [layer.fileName, layer]));
  const features = layers.flatMap((layer) => byName.get(layer)?.features ?? []);
  const prjNames = new Set(prj.map((entry) => entry.name.slice(0, -PRJ_EXTENSION.length)));
  const reprojected = prjApplied && layers.some((layer) => prjNames.has(layer));
  if (features.length === 0) {
    issues.push(
      parseIssue('empty', null, `${fileName}: the shapefile ${layers.map((layer) => `${layer}.shp`).join(', ')} holds no features; there is nothing to measure.`),
    );
  }
  return { format: 'shapefile', features, declaredCrs: null, reprojected, issues };
}

// Unpacks every entry shpjs will read, checking sizes and headers; a sentence when one lies.
async function checkEntries(bytes: Uint8Array, files: ZipEntry[], layers: string[], limits: InputLimits): Promise<string | null> {
  const unpacked = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of files.filter((file) => SHAPEFILE_PARTS.test(file.name))) {
    const data = await readZipEntry(bytes, entry, limits.maxWholeBytes, limits);
    if (typeof data === 'string') return data;
    total += data.length;
    if (total > limits.maxWholeBytes) {
      throw new InputLimitError('maxWholeBytes', limits.maxWholeBytes, `shapefile parts that unpack to more than ${formatBytes(limits.maxWholeBytes)} together`);
    }
    unpacked.set(entry.name.toLowerCase(), data);
  }
  for (const layer of layers) {
    const shp = unpacked.get(`${layer}.shp`.toLowerCase());
    if (!shp) continue;
    const lie = checkShapefileHeaders(layer, shp, unpacked.get(`${layer}.dbf`.toLowerCase()) ?? null, limits);
    if (lie) return lie;
  }
  return null;
}

const SHP_EXTENSION = '.shp';
const PRJ_EXTENSION = '.prj';
// The parts of a shapefile shpjs reads.
const SHAPEFILE_PARTS = /\.(shp|dbf|prj|cpg)$/i;

// shpjs reads every .json entry as a GeoJSON layer and fails on the whole zip when one is not
// (metadata, a style file); it also fails on a .prj proj4 cannot read. It picks entries by the
// names in the central directory, so a copy whose names for those entries end in '_' keeps them
// out of its way; the archive is otherwise intact.
function hideEntries(bytes: Uint8Array, hidden: ZipEntry[]): Uint8Array {
  if (hidden.length === 0) return bytes;
  const copy = bytes.slice();
  const encoder = new TextEncoder();
  for (const entry of hidden) copy[entry.nameOffset + encoder.encode(entry.name).length - 1] = HIDDEN_SUFFIX;
  return copy;
}

const HIDDEN_SUFFIX = '_'.charCodeAt(0);

// proj4 throws strings as well as Errors, and quotes the whole .prj in them.
function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > QUOTED_ERROR_CHARACTERS ? `${text.slice(0, QUOTED_ERROR_CHARACTERS)}…` : text;
}

// Enough of an error to recognise it, short enough for one line of a report.
const QUOTED_ERROR_CHARACTERS = 120;

function noShapefileMessage(files: ZipEntry[], fileName: string): string {
  if (files.length === 0) return `${fileName} is an empty zip archive; zip the shapefile's .shp, .shx, .dbf and .prj into it.`;
  const listed = listNames(files.map((entry) => entry.name));
  // KML, GeoJSON and GPX inside an archive are read by readZip before it comes to this.
  return `${fileName} is a zip archive without a shapefile (.shp) in it; it holds ${listed}. Zip the shapefile's .shp, .shx, .dbf and .prj together.`;
}
