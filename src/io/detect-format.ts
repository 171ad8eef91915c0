/** What the first bytes of a file say it is; see {@link detectFormat}. */
export type DetectedFormat =
  | { kind: 'zip' | 'gzip' | 'geopackage' | 'flatgeobuf' | 'text' }
  | { kind: 'unsupported'; problem: string };

/**
 * Recognises a file by its content — its magic bytes — never by its name: a zip archive, a gzip
 * stream, a GeoPackage (an SQLite database whose `application_id` is `GPKG`, or `GP10`/`GP11` of
 * GeoPackage 1.0/1.1), a FlatGeobuf file, or text (GeoJSON, KML, GPX, CSV, told apart later by
 * their first characters). Formats cleared-land does not read are `unsupported`, with the rest
 * of one sentence saying what the file is and what to do instead: a bare `.shp`/`.shx` or `.dbf`,
 * an SQLite database that is not a GeoPackage, PDF, old Microsoft Office files, images and
 * rasters (PNG, JPEG, GIF, TIFF/GeoTIFF), 7-Zip and RAR archives, Parquet/GeoParquet.
 *
 * @param bytes The file, or at least its first 100 bytes.
 * @example
 * detectFormat(new TextEncoder().encode('%PDF-1.7')); // { kind: 'unsupported', problem: 'is a PDF document; …' }
 */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { kind: 'zip' };
  if (startsWith(bytes, GZIP)) return { kind: 'gzip' };
  if (startsWith(bytes, FLATGEOBUF)) return { kind: 'flatgeobuf' };
  if (startsWith(bytes, SQLITE)) {
    const applicationId = String.fromCharCode(...bytes.subarray(APPLICATION_ID_OFFSET, APPLICATION_ID_OFFSET + 4));
    if (GEOPACKAGE_IDS.includes(applicationId)) return { kind: 'geopackage' };
    return {
      kind: 'unsupported',
      problem:
        'is an SQLite database but not a GeoPackage (its application_id is not "GPKG"); if it is a SpatiaLite or other spatial database, export the layer as a GeoPackage (ogr2ogr -f GPKG zones.gpkg input.sqlite LAYER) or as GeoJSON.',
    };
  }
  const known = UNSUPPORTED.find((format) => startsWith(bytes, format.signature) && (format.check?.(bytes) ?? true));
  if (known) return { kind: 'unsupported', problem: known.problem };
  return { kind: 'text' };
}

const bytesOf = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

// Local file header of a zip's first entry; an archive with no entries starts with its end record.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const GZIP = [0x1f, 0x8b];
// 'fgb', major version 3, 'fgb'; the eighth byte is the patch version.
const FLATGEOBUF = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];
const SQLITE = bytesOf('SQLite format 3\0');
// The SQLite header's application_id (PRAGMA application_id), big-endian, at byte 68.
const APPLICATION_ID_OFFSET = 68;
const GEOPACKAGE_IDS = ['GPKG', 'GP10', 'GP11'];

const EXPORT_HINT = 'export the zones from your GIS as GeoPackage, GeoJSON, KML, FlatGeobuf, CSV with WKT or a zipped shapefile';

// Files people pick by mistake, recognised so the message can say what to do instead.
const UNSUPPORTED: ReadonlyArray<{ signature: number[]; problem: string; check?: (bytes: Uint8Array) => boolean }> = [
  {
    // Shapefile main file and index header: file code 9994, big-endian.
    signature: [0x00, 0x00, 0x27, 0x0a],
    problem: 'is a bare .shp (or .shx) file; zip it together with its .shx, .dbf and .prj and load the zip, so the attributes and CRS come along.',
  },
  {
    // dBASE III (with or without memo): version byte, then the date of the last update.
    signature: [0x03],
    check: isDbfHeader,
    problem: "is a bare .dbf file, a shapefile's attribute table without its shapes; zip it together with its .shp, .shx and .prj and load the zip.",
  },
  { signature: [0x83], check: isDbfHeader, problem: "is a bare .dbf file, a shapefile's attribute table without its shapes; zip it together with its .shp, .shx and .prj and load the zip." },
  { signature: bytesOf('%PDF'), problem: `is a PDF document, not map data; ${EXPORT_HINT}.` },
  {
    signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    problem: `is an old Microsoft Office file (.xls or .doc); save the sheet as CSV with a WKT geometry column, or ${EXPORT_HINT}.`,
  },
  { signature: [0x89, 0x50, 0x4e, 0x47], problem: `is a PNG image, not map data; ${EXPORT_HINT}.` },
  { signature: [0xff, 0xd8, 0xff], problem: `is a JPEG image, not map data; ${EXPORT_HINT}.` },
  { signature: bytesOf('GIF8'), problem: `is a GIF image, not map data; ${EXPORT_HINT}.` },
  { signature: bytesOf('II*\0'), problem: `is a TIFF image or GeoTIFF raster; cleared-land measures vector polygons, so ${EXPORT_HINT}.` },
  { signature: bytesOf('MM\0*'), problem: `is a TIFF image or GeoTIFF raster; cleared-land measures vector polygons, so ${EXPORT_HINT}.` },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], problem: 'is a 7-Zip archive, which cleared-land cannot unpack; unpack it and load the file inside, or zip it as an ordinary .zip.' },
  { signature: bytesOf('Rar!\x1a\x07'), problem: 'is a RAR archive, which cleared-land cannot unpack; unpack it and load the file inside, or zip it as an ordinary .zip.' },
  { signature: bytesOf('PAR1'), problem: `is a Parquet (GeoParquet) file, which cleared-land does not read; convert it with ogr2ogr -f GPKG zones.gpkg input.parquet, or ${EXPORT_HINT}.` },
];

// A dBASE header: a plausible last-update date (year since 1900, month, day) and a header length
// of 32 bytes per field plus 33, so that text that happens to start with byte 3 is not taken for one.
function isDbfHeader(bytes: Uint8Array): boolean {
  if (bytes.length < DBF_HEADER_BYTES) return false;
  const month = bytes[2];
  const day = bytes[3];
  const headerLength = bytes[8] | (bytes[9] << 8);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && headerLength >= DBF_HEADER_BYTES + 1 && (headerLength - 1) % DBF_FIELD_BYTES === 0;
}

const DBF_HEADER_BYTES = 32;
const DBF_FIELD_BYTES = 32;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}
