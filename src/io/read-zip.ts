import { filesOf, listNames, listZipEntries, READABLE_ZIP_METHODS } from './list-zip-entries.js';
import type { ParsedInput } from './parse-input.js';
import { nothingRead } from './parse-issue.js';
import { readZippedShapefile } from './read-zipped-shapefile.js';
import { readZipEntry } from './read-zip-entry.js';
import { defaultInputLimits, type InputLimits } from './input-limits.js';

/** Reads the bytes of a file found inside an archive (parseInput, passed in to keep imports one-way). */
export type ReadInner = (bytes: Uint8Array, fileName: string) => Promise<ParsedInput>;

/**
 * Reads a zip archive: a zipped shapefile (any `.shp` inside) with shpjs; otherwise a KMZ (the
 * first `.kml` in it, by the KMZ convention, its pictures ignored) or an archive holding exactly
 * one GeoJSON, GPX, GeoPackage, FlatGeobuf or CSV file, which is unzipped (readZipEntry, checking every size it claims) and read as that file, with messages
 * naming it `archive.zip/inside.geojson`. An archive of several such files is not guessed at: the
 * message lists them, so none is left out silently. Office documents, which are zip archives too
 * (`.xlsx`, `.docx`, `.ods`), are named as what they are.
 *
 * @param bytes The whole archive; it starts with `PK`.
 * @param fileName Name of the archive, for messages.
 * @param limits Entries beyond `maxZipEntries`, or an entry unpacking past `maxWholeBytes`, throw
 *   an InputLimitError; sizes in headers are checked against the data (see readZipEntry).
 * @example
 * const parsed = await readZip(bytes, 'walk.kmz', parseInput);
 * parsed.format; // 'kml'
 */
export async function readZip(bytes: Uint8Array, fileName: string, readInner: ReadInner, limits: InputLimits = defaultInputLimits): Promise<ParsedInput> {
  const entries = listZipEntries(bytes, limits.maxZipEntries);
  if (!Array.isArray(entries)) return readZippedShapefile(bytes, fileName, limits);
  const files = filesOf(entries);
  if (files.some((entry) => /\.shp$/i.test(entry.name))) return readZippedShapefile(bytes, fileName, limits);

  const office = OFFICE_FORMATS.find((format) => files.some((entry) => entry.name.startsWith(format.folder)));
  if (office) return nothingRead('unreadable-file', `${fileName} ${office.problem}`);

  const kml = files.find((entry) => /\.kml$/i.test(entry.name));
  const others = files.filter((entry) => /\.(geojson|json|gpx|gpkg|fgb|csv|tsv)$/i.test(entry.name));
  const inside = kml ?? (others.length === 1 ? others[0] : null);
  if (!inside && others.length > 1) return severalFiles(others.map((entry) => entry.name), fileName);
  const archives = files.filter((entry) => /\.(zip|kmz|gz|tgz)$/i.test(entry.name));
  if (!inside && archives.length > 0) {
    // One level of archive is opened: a bomb of nested zips (42.zip) multiplies at every level.
    return nothingRead(
      'unreadable-file',
      `${fileName} holds ${listNames(archives.map((entry) => entry.name))}, an archive inside the archive, which cleared-land does not open (it reads one level of archive). Unzip ${fileName} and load ${archives[0].name} itself.`,
    );
  }
  if (!inside) return readZippedShapefile(bytes, fileName, limits);
  if (inside.encrypted || !READABLE_ZIP_METHODS.includes(inside.method)) {
    const why = inside.encrypted ? 'is password-protected' : `uses compression method ${inside.method}, which cleared-land cannot unpack`;
    return nothingRead('unreadable-file', `${fileName}: ${inside.name} ${why}; unzip it and load ${inside.name} itself.`);
  }
  const unzipped = await readZipEntry(bytes, inside, limits.maxWholeBytes, limits);
  if (typeof unzipped === 'string') {
    return nothingRead('unreadable-file', `${fileName}: ${unzipped}; the archive may be damaged or made to mislead. Unzip it and load ${inside.name} itself.`);
  }
  return readInner(unzipped, `${fileName}/${inside.name}`);
}

// Office Open XML keeps its parts in these folders; OpenDocument lists its type in "mimetype".
const OFFICE_FORMATS: ReadonlyArray<{ folder: string; problem: string }> = [
  { folder: 'xl/', problem: 'is an Excel workbook (.xlsx), not map data; save the sheet as CSV with a WKT geometry column, or export the zones from your GIS as GeoPackage, GeoJSON or a zipped shapefile.' },
  { folder: 'word/', problem: 'is a Word document (.docx), not map data; export the zones from your GIS as GeoPackage, GeoJSON, KML or a zipped shapefile.' },
  { folder: 'ppt/', problem: 'is a PowerPoint presentation (.pptx), not map data; export the zones from your GIS as GeoPackage, GeoJSON, KML or a zipped shapefile.' },
  { folder: 'mimetype', problem: 'is an OpenDocument file (.ods, .odt), not map data; save the sheet as CSV with a WKT geometry column, or export the zones from your GIS as GeoPackage or GeoJSON.' },
];

function severalFiles(names: string[], fileName: string): ParsedInput {
  return nothingRead(
    'unreadable-file',
    `${fileName} holds ${names.length} files of zones (${listNames(names)}) and no shapefile; cleared-land reads one file from an archive, so that none is left out unnoticed. Unzip it and load the files together (cleared-land report a.geojson b.geojson …).`,
  );
}
