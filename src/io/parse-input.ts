import type { ValidationIssue } from '../validate/issue-codes.js';
import type { InputFormat } from './load-result.js';
import { nothingRead } from './parse-issue.js';
import { readGeoJson } from './read-geojson.js';
import { readGeoJsonSeq } from './read-geojson-seq.js';
import { readKmlOrGpx } from './read-kml-gpx.js';
import { gzipFailureMessage } from './gunzip-chunks.js';
import { readZip } from './read-zip.js';

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
  /** The file's own CRS as written (the legacy GeoJSON `crs` member's name), null if none. */
  declaredCrs: string | null;
  /**
   * True when the reader has already converted the coordinates to WGS 84 from a CRS the file
   * declares itself (a shapefile's `.prj`, applied by shpjs): callers must not reproject again.
   */
  reprojected: boolean;
  /** Whole-file issues (`feature: null`) and per-entry parse errors. */
  issues: ValidationIssue[];
}

/**
 * Reads the bytes of a zones file into GeoJSON features, detecting the format from the bytes
 * themselves, never from the file name's extension:
 *
 * - `PK\x03\x04` (a zip archive): a zipped shapefile, every layer in archive order, reprojected
 *   from its `.prj` by shpjs; else a KMZ, or an archive of one GeoJSON or GPX file (see readZip);
 * - `\x1f\x8b` (gzip): decompressed, then read as what it holds;
 * - text starting with `<` (after a UTF-8 or UTF-16 byte order mark, if any): KML or GPX, closed
 *   lines becoming polygons;
 * - other text: GeoJSON — a FeatureCollection, a Feature or a bare geometry — or, when the text
 *   is not one JSON document, a GeoJSON text sequence (RFC 8142) or newline-delimited GeoJSON,
 *   one feature per record.
 *
 * Never throws for bad data. Whole-file problems are issues with `feature: null`: `invalid-json`
 * (with the line and column where the parser stopped, when it says), `not-geojson` (JSON that is
 * not GeoJSON: an array, an object without `type`, TopoJSON), `empty` (no features) and
 * `unreadable-file` (a zip without anything readable, XML that is neither KML nor GPX, a bare
 * `.shp`, a damaged gzip, a GeoPackage file). Entries that cannot be features (a bad NDJSON line, a number in
 * `features`) are errors for their index and null in `features`, so counts stay right. Every
 * message names the file.
 *
 * @param bytes The whole file.
 * @param fileName Name of the file, for messages.
 * @example
 * const bytes = new TextEncoder().encode('{"type":"Polygon","coordinates":[[[46,40],[46.01,40],[46,40.01],[46,40]]]}');
 * const parsed = await parseInput(bytes, 'zone.geojson');
 * parsed.format; // 'geojson'
 * parsed.features[0]; // { type: 'Feature', properties: {}, geometry: { type: 'Polygon', … } }
 */
export async function parseInput(bytes: Uint8Array, fileName: string): Promise<ParsedInput> {
  if (!(bytes instanceof Uint8Array)) {
    throw new Error(`parseInput: bytes must be a Uint8Array; got ${bytes === null ? 'null' : typeof bytes}. Read text with new TextEncoder().encode(text)`);
  }
  if (bytes.length === 0) return nothingRead('empty', `${fileName} is empty (0 bytes); there is nothing to measure.`);
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return readZip(bytes, fileName, parseInput);
  if (startsWith(bytes, GZIP_SIGNATURE)) return readGzip(bytes, fileName);
  const binary = BINARY_FORMATS.find((format) => startsWith(bytes, format.signature));
  if (binary) return nothingRead('unreadable-file', `${fileName} ${binary.problem}`);

  const text = decodeText(bytes);
  const trimmed = text.trimStart();
  if (trimmed === '') return nothingRead('empty', `${fileName} holds only white space; there is nothing to measure.`);
  // An XML declaration must come first, so white space before it (a common slip) is dropped.
  if (trimmed.startsWith('<')) return readKmlOrGpx(trimmed, fileName);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return readGeoJsonSeq(text, fileName) ?? nothingRead('invalid-json', describeJsonError(error as Error, text, fileName));
  }
  return readGeoJson(value, fileName);
}

// Local file header of a zip's first entry; an archive with no entries starts with its end record.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];

// Files people pick by mistake, recognised so the message can say what to do instead.
const BINARY_FORMATS: ReadonlyArray<{ signature: number[]; problem: string }> = [
  {
    // Shapefile main file header: file code 9994, big-endian.
    signature: [0x00, 0x00, 0x27, 0x0a],
    problem: "is a bare .shp file; zip it together with its .shx, .dbf and .prj and load the zip, so the attributes and CRS come along.",
  },
  {
    signature: [...'SQLite format 3'].map((character) => character.charCodeAt(0)),
    problem: 'is a GeoPackage or SQLite database; export the layer as GeoJSON or a zipped shapefile (e.g. ogr2ogr -f GeoJSON zones.geojson input.gpkg).',
  },
  { signature: [...'%PDF'].map((character) => character.charCodeAt(0)), problem: 'is a PDF document; cleared-land needs the zones as GeoJSON, KML, GPX or a zipped shapefile.' },
];

const GZIP_SIGNATURE = [0x1f, 0x8b];

// A gzip-compressed file (zones.geojson.gz) is decompressed whole and read as what it holds.
async function readGzip(bytes: Uint8Array, fileName: string): Promise<ParsedInput> {
  let inflated: Uint8Array;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    inflated = new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    return nothingRead('unreadable-file', gzipFailureMessage(fileName, error));
  }
  return parseInput(inflated, fileName);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
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
    return `${fileName} is not GeoJSON, KML, GPX or a zipped shapefile: it starts with "${start}${content.length > QUOTED_CHARACTERS ? '…' : ''}". Export the zones from your GIS as GeoJSON, KML or a zipped shapefile.`;
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
