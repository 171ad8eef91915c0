import type { ValidationIssue } from '../validate/issue-codes.js';
import type { InputFormat } from './load-result.js';
import { nothingRead } from './parse-issue.js';
import { readGeoJson } from './read-geojson.js';
import { gunzipChunks, gzipFailureMessage } from './gunzip-chunks.js';
import { checkCompressionRatio, formatBytes, inputLimitMessage, InputLimitError, resolveInputLimits, type InputLimits } from './input-limits.js';
import { checkFeatureLimits } from './check-feature-limits.js';
import { checkJsonDepth } from './check-json-depth.js';
import { limitChunks } from './limit-chunks.js';
import { detectFormat } from './detect-format.js';
import { concatBytes } from './concat-bytes.js';
import type { ReadInner } from './read-zip.js';

// Readers of formats other than GeoJSON load when a file needs them, so an application that
// reads GeoJSON does not ship the zip, shapefile, KML, GeoPackage, FlatGeobuf and CSV readers.
const readers = {
  zip: () => import('./read-zip.js'),
  geoPackage: () => import('./read-geopackage.js'),
  flatGeobuf: () => import('./read-flatgeobuf.js'),
  kml: () => import('./read-kml-gpx.js'),
  xmlSafety: () => import('./check-xml-safety.js'),
  table: () => import('./read-delimited-text.js'),
  sequence: () => import('./read-geojson-seq.js'),
};

/** What reading a file gives, before reprojection and validation. */
export interface ParsedInput {
  /** The format the bytes were read as; null when nothing could be read. */
  format: InputFormat | null;
  /**
   * One entry per feature in the input, in order: a raw GeoJSON Feature object (bare geometries
   * are wrapped as `{type: 'Feature', properties: {}, geometry}`), or null where the entry could
   * not be parsed (then `issues` has an error for that index).
   */
  features: Array<unknown | null>;
  /**
   * The file's own CRS as written (the legacy GeoJSON `crs` member's name, a GeoPackage layer's or
   * FlatGeobuf header's CRS, a CSV's EWKT SRID), null if none.
   */
  declaredCrs: string | null;
  /**
   * True when the reader has already converted the coordinates to WGS 84 from a CRS the file
   * declares itself (a shapefile's `.prj`, applied by shpjs): callers must not reproject again.
   */
  reprojected: boolean;
  /** Whole-file issues (`feature: null`) and per-entry parse errors. */
  issues: ValidationIssue[];
}

/** Options of {@link parseInput}: limits, where the bytes came from, and choices only some formats have. */
export interface ParseInputOptions {
  /** Limits on what is read (see {@link InputLimits}); merged over `defaultInputLimits`. */
  limits: Partial<InputLimits>;
  /**
   * The archive (zip or gzip) the bytes were taken out of, or null. One level of archive is
   * opened: an archive inside an archive is named, not opened.
   */
  insideArchive: string | null;
  /** The GeoPackage layer to read; null: the first layer of polygons. */
  layer: string | null;
  /** The CSV/TSV column holding WKT geometry; null: the first of `WKT`, `geometry`, `the_geom`, `geom`. */
  geometryColumn: string | null;
}

/** Defaults of {@link ParseInputOptions}. */
export const defaultParseInputOptions: ParseInputOptions = {
  // defaultInputLimits.
  limits: {},
  // The bytes are a file of their own.
  insideArchive: null,
  // The first layer of polygons.
  layer: null,
  // Found by its usual names.
  geometryColumn: null,
};

/**
 * Reads the bytes of a zones file into GeoJSON features, detecting the format from the bytes
 * themselves (see detectFormat), never from the file name's extension:
 *
 * - `PK\x03\x04` (a zip archive): a zipped shapefile, every layer in archive order, reprojected
 *   from its `.prj` by shpjs; else a KMZ, or an archive of one GeoJSON, GPX, GeoPackage,
 *   FlatGeobuf or CSV file (see readZip); Office documents (`.xlsx`, `.docx`) are named;
 * - `\x1f\x8b` (gzip): decompressed, then read as what it holds;
 * - `SQLite format 3\0` with application_id `GPKG`: a GeoPackage, one layer (see readGeoPackage);
 * - `fgb\x03fgb`: a FlatGeobuf file (see readFlatGeobuf);
 * - text starting with `<` (after a UTF-8 or UTF-16 byte order mark, if any): KML or GPX, closed
 *   lines becoming polygons;
 * - other text: GeoJSON — a FeatureCollection, a Feature or a bare geometry — or, when the text
 *   is not one JSON document, a GeoJSON text sequence (RFC 8142) or newline-delimited GeoJSON,
 *   one feature per record; or a CSV/TSV table with a WKT geometry column (see readDelimitedText).
 *
 * Other binary formats (PDF, images, a bare `.shp` or `.dbf`, an SQLite database that is not a
 * GeoPackage, …) are named in an `unreadable-file` issue, never parsed as something else.
 *
 * Never throws for bad data. Whole-file problems are issues with `feature: null`: `invalid-json`
 * (with the line and column where the parser stopped, when it says), `not-geojson` (JSON that is
 * not GeoJSON: an array, an object without `type`, TopoJSON), `empty` (no features) and
 * `unreadable-file` (a zip without anything readable, XML that is neither KML nor GPX, a bare
 * `.shp`, a damaged gzip, a PDF, a header that lies, XML entities) and `too-large` (past one of
 * `options.limits`, see InputLimits: the bytes, what is read whole, features, vertices, nesting,
 * zip entries, compression). Archives are opened one level deep. Entries that cannot be features (a bad NDJSON line, a number in
 * `features`) are errors for their index and null in `features`, so counts stay right. Every
 * message names the file.
 *
 * @param bytes The whole file.
 * @param fileName Name of the file, for messages.
 * @param options Limits, the archive the bytes came from, the layer of a GeoPackage, the geometry
 *   column of a CSV (see {@link ParseInputOptions}).
 * @example
 * const bytes = new TextEncoder().encode('{"type":"Polygon","coordinates":[[[46,40],[46.01,40],[46,40.01],[46,40]]]}');
 * const parsed = await parseInput(bytes, 'zone.geojson');
 * parsed.format; // 'geojson'
 * parsed.features[0]; // { type: 'Feature', properties: {}, geometry: { type: 'Polygon', … } }
 */
export async function parseInput(bytes: Uint8Array, fileName: string, options: Partial<ParseInputOptions> = {}): Promise<ParsedInput> {
  if (!(bytes instanceof Uint8Array)) {
    throw new Error(`parseInput: bytes must be a Uint8Array; got ${bytes === null ? 'null' : typeof bytes}. Read text with new TextEncoder().encode(text)`);
  }
  const settings = { ...defaultParseInputOptions, ...options };
  const limits = resolveInputLimits(settings.limits);
  try {
    return await readBytes(bytes, fileName, { ...settings, limits }, limits);
  } catch (error) {
    if (error instanceof InputLimitError) return nothingRead('too-large', inputLimitMessage(error, fileName));
    throw error;
  }
}

async function readBytes(bytes: Uint8Array, fileName: string, settings: ParseInputOptions, limits: InputLimits): Promise<ParsedInput> {
  if (bytes.length === 0) return nothingRead('empty', `${fileName} is empty (0 bytes); there is nothing to measure.`);
  const detected = detectFormat(bytes);
  if (bytes.length > limits.maxWholeBytes) {
    throw new InputLimitError('maxWholeBytes', limits.maxWholeBytes, `${formatBytes(bytes.length)} to read whole (as ${WHOLE_FORMAT_NAMES[detected.kind]})`);
  }
  const isArchive = detected.kind === 'zip' || detected.kind === 'gzip';
  if (isArchive && settings.insideArchive !== null) {
    return nothingRead(
      'unreadable-file',
      `${fileName} is ${detected.kind === 'zip' ? 'a zip archive' : 'gzip-compressed'} inside ${settings.insideArchive}; cleared-land opens one level of archive, so it was not opened. Unpack it and load what it holds.`,
    );
  }
  switch (detected.kind) {
    case 'zip': {
      const readInner: ReadInner = (inner, innerName) => readBytes(inner, innerName, { ...settings, insideArchive: fileName }, limits);
      const { readZip } = await readers.zip();
      return readZip(bytes, fileName, readInner, limits);
    }
    case 'gzip': {
      // A gzip may hold a zip (walk.kmz.gz), whose files are then inside an archive; a gzip in a
      // gzip is not opened.
      const readGunzipped: ReadInner = (inner, innerName) =>
        readBytes(inner, innerName, { ...settings, insideArchive: detectFormat(inner).kind === 'gzip' ? fileName : null }, limits);
      return readGzip(bytes, fileName, readGunzipped, limits);
    }
    case 'geopackage': {
      const { readGeoPackage } = await readers.geoPackage();
      return checkParsedLimits(await readGeoPackage(bytes, fileName, { layer: settings.layer, maxFeatures: limits.maxFeatures }), limits);
    }
    case 'flatgeobuf': {
      const { readFlatGeobuf } = await readers.flatGeobuf();
      return checkParsedLimits(await readFlatGeobuf(bytes, fileName, limits), limits);
    }
    case 'unsupported':
      return nothingRead('unreadable-file', `${fileName} ${detected.problem}`);
    case 'text':
      break;
  }
  // UTF-16 text has zero bytes, but never two in a row at its start; ASCII and UTF-8 none.
  if (startsWithZeroBytes(bytes)) return nothingRead('unreadable-file', zeroBytesMessage(fileName));

  const text = decodeText(bytes);
  const trimmed = text.trimStart();
  if (trimmed === '') return nothingRead('empty', `${fileName} holds only white space; there is nothing to measure.`);
  // An XML declaration must come first, so white space before it (a common slip) is dropped.
  if (trimmed.startsWith('<')) {
    const [{ checkXmlSafety }, { readKmlOrGpx }] = await Promise.all([readers.xmlSafety(), readers.kml()]);
    const refused = checkXmlSafety(trimmed, limits.maxNestingDepth);
    if (refused) return nothingRead('unreadable-file', `${fileName} ${refused}. Export it again from your GIS.`);
    return checkParsedLimits(await readKmlOrGpx(trimmed, fileName), limits);
  }

  // A table is told from JSON by its first character: JSON texts and sequences open with {, [ or
  // the record separator; a CSV header never does.
  if (!/^[[{\x1e]/.test(trimmed)) {
    const { readDelimitedText } = await readers.table();
    const table = readDelimitedText(text, fileName, { geometryColumn: settings.geometryColumn, limits });
    if (table !== null) return checkParsedLimits(table, limits);
  }
  checkJsonDepth(text, limits.maxNestingDepth);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { readGeoJsonSeq } = await readers.sequence();
    const sequence = readGeoJsonSeq(text, fileName);
    return sequence ? checkParsedLimits(sequence, limits) : nothingRead('invalid-json', describeJsonError(error as Error, text, fileName));
  }
  return checkParsedLimits(readGeoJson(value, fileName), limits);
}

/**
 * A whole-file `unreadable-file` result for bytes whose start shows they are no file of zones —
 * a binary format people pick by mistake (a bare .shp, a PDF, an image; see detectFormat), or
 * zero bytes (a sparse or damaged file) — or null. Cheap: it looks at the first bytes only, so a
 * stream can stop after its first chunk.
 *
 * @example
 * recogniseUnreadableStart(new Uint8Array(4096), 'disk.img')?.issues[0].message;
 * // 'disk.img starts with zero bytes, not text: …'
 */
export function recogniseUnreadableStart(bytes: Uint8Array, fileName: string): ParsedInput | null {
  const detected = detectFormat(bytes);
  if (detected.kind === 'unsupported') return nothingRead('unreadable-file', `${fileName} ${detected.problem}`);
  if (detected.kind === 'text' && startsWithZeroBytes(bytes)) return nothingRead('unreadable-file', zeroBytesMessage(fileName));
  return null;
}

function startsWithZeroBytes(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0 && bytes[1] === 0;
}

function zeroBytesMessage(fileName: string): string {
  return `${fileName} starts with zero bytes, not text: it is empty space (a sparse or damaged file) or a binary format cleared-land does not read. Export the zones again as GeoJSON, KML, GPX, a GeoPackage or a zipped shapefile.`;
}

// Every feature of a whole read counted, and checked before validation spends time on it.
function checkParsedLimits(parsed: ParsedInput, limits: InputLimits): ParsedInput {
  if (parsed.features.length > limits.maxFeatures) {
    throw new InputLimitError('maxFeatures', limits.maxFeatures, `${parsed.features.length.toLocaleString('en')} features`);
  }
  parsed.features.forEach((feature, index) => checkFeatureLimits(feature, index, limits));
  return parsed;
}

const WHOLE_FORMAT_NAMES: Readonly<Record<ReturnType<typeof detectFormat>['kind'], string>> = {
  zip: 'a zip archive',
  gzip: 'a gzip file',
  geopackage: 'a GeoPackage',
  flatgeobuf: 'a FlatGeobuf file held in memory',
  unsupported: 'a file cleared-land does not read',
  text: 'a KML, GPX, CSV, GeoJSON sequence or single GeoJSON object',
};

// A gzip-compressed file (zones.geojson.gz) read whole is decompressed, never past the limit on
// what is read whole, and read as what it holds (not another archive: one level is opened).
async function readGzip(bytes: Uint8Array, fileName: string, readInner: ReadInner, limits: InputLimits): Promise<ParsedInput> {
  const parts: Uint8Array[] = [];
  try {
    const chunks = gunzipChunks(oneChunk(bytes));
    let unpacked = 0;
    for await (const chunk of limitChunks(chunks, limits.maxWholeBytes, 'maxWholeBytes')) {
      unpacked += chunk.length;
      checkCompressionRatio(unpacked, bytes.length, limits);
      parts.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputLimitError) throw error;
    return nothingRead('unreadable-file', gzipFailureMessage(fileName, error));
  }
  return readInner(concatBytes(parts), fileName);
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}


// UTF-8 unless a UTF-16 byte order mark says otherwise (Windows tools write UTF-16 "Unicode");
// TextDecoder drops the byte order mark itself.
function decodeText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

const BYTE_ORDER_MARK = 0xfeff;

// How much of a non-JSON file to quote so the user recognises it.
const QUOTED_CHARACTERS = 30;

// Engines word JSON errors differently and place them differently:
//   V8:      "Expected ',' or '}' after property value in JSON at position 17 (line 2 column 5)"
//   Firefox: "JSON.parse: expected ',' … at line 2 column 5 of the JSON data"
//   Safari:  "JSON Parse error: Expected '}'" (no position)
// so the reason and the place are taken apart and put back together in one wording.
function describeJsonError(error: Error, text: string, fileName: string): string {
  const trimmed = text.trimStart();
  if (!/^[[{]/.test(trimmed)) {
    const content = trimmed.trimEnd();
    const start = content.slice(0, QUOTED_CHARACTERS).replace(/\s+/g, ' ');
    return `${fileName} is not GeoJSON, KML, GPX, a GeoPackage, FlatGeobuf, a CSV table with WKT or a zipped shapefile: it starts with "${start}${content.length > QUOTED_CHARACTERS ? '…' : ''}". Export the zones from your GIS as GeoJSON, KML or a zipped shapefile.`;
  }
  const message = error.message;
  let line: number | null = null;
  let column: number | null = null;
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : null;
  if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else if (offset !== null) {
    const before = text.slice(0, offset);
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  // A string or value that runs to the end of the text means the text was cut short.
  const truncated = /end of (JSON )?(input|data)/i.test(message) || (offset !== null && offset >= text.trimEnd().length);
  const reason = message
    .replace(/^JSON(\.parse:| Parse error:)\s*/, '')
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  const place = line !== null && !truncated ? ` at line ${line}, column ${column}` : '';
  const fix = truncated
    ? 'The file ends too early: was the export or download cut short? Export or download it again.'
    : 'Look for a missing comma, quote or bracket just before that point, or export the file again from your GIS.';
  return `${fileName} is not valid JSON: ${reason}${place}. ${fix}`;
}
