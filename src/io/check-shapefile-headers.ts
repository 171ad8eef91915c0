import { InputLimitError, type InputLimits } from './input-limits.js';

/**
 * Checks a shapefile's .shp and .dbf against the bytes they hold before a parser trusts them:
 * every .shp record's content length must fit in the file, and its part and point counts in its
 * record; the .dbf's record count times its record length must fit in the file. A header that
 * lies (a .dbf claiming 4 billion records in 455 bytes) would otherwise send the parser looping
 * over records that are not there. Counts records against `maxFeatures`, and parts and points
 * against the geometry limits, so nothing huge is built first.
 *
 * @param layer The layer's name, for messages (e.g. `zones` for zones.shp).
 * @param shp The .shp bytes.
 * @param dbf The .dbf bytes, or null when the layer has none.
 * @returns A sentence saying which header lies, or null when both agree with their bytes.
 * @throws {InputLimitError} when a count passes its limit.
 * @example
 * const lie = checkShapefileHeaders('zones', shp, dbf, limits);
 * if (lie) return nothingRead('unreadable-file', `${fileName}: ${lie}`);
 */
export function checkShapefileHeaders(layer: string, shp: Uint8Array, dbf: Uint8Array | null, limits: InputLimits): string | null {
  return checkShp(layer, shp, limits) ?? (dbf === null ? null : checkDbf(layer, dbf, limits));
}

function checkShp(layer: string, shp: Uint8Array, limits: InputLimits): string | null {
  if (shp.length < SHP_HEADER_BYTES) return `${layer}.shp is ${shp.length} bytes, shorter than a shapefile's 100-byte header`;
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  let records = 0;
  for (let at = SHP_HEADER_BYTES; at + RECORD_HEADER_BYTES <= shp.length; ) {
    // Lengths are in 16-bit words, big-endian (ESRI Shapefile Technical Description, 1998).
    const contentBytes = view.getInt32(at + 4) * 2;
    const start = at + RECORD_HEADER_BYTES;
    if (contentBytes < 0 || start + contentBytes > shp.length) {
      return `${layer}.shp record ${records + 1} claims ${contentBytes.toLocaleString('en')} bytes but the file ends ${(start + contentBytes - shp.length).toLocaleString('en')} bytes before that (a cut-short or damaged file)`;
    }
    records++;
    if (records > limits.maxFeatures) throw new InputLimitError('maxFeatures', limits.maxFeatures, `more than ${limits.maxFeatures.toLocaleString('en')} records in ${layer}.shp`);
    const lie = contentBytes >= 4 ? checkRecord(layer, records, view, start, contentBytes, limits) : null;
    if (lie) return lie;
    at = start + contentBytes;
  }
  return null;
}

// Polyline, polygon and multipoint records (with Z and M variants) carry counts that say how many
// bytes follow; the fixed-size point records need no check beyond their length.
function checkRecord(layer: string, record: number, view: DataView, start: number, contentBytes: number, limits: InputLimits): string | null {
  const type = view.getInt32(start, true);
  const hasParts = PARTED_TYPES.has(type);
  if (!hasParts && !MULTIPOINT_TYPES.has(type)) return null;
  const countsEnd = hasParts ? 44 : 40;
  if (contentBytes < countsEnd) return `${layer}.shp record ${record} is ${contentBytes} bytes, too short for its shape type ${type}`;
  const parts = hasParts ? view.getInt32(start + 36, true) : 0;
  const points = view.getInt32(start + (hasParts ? 40 : 36), true);
  if (parts < 0 || points < 0) return `${layer}.shp record ${record} claims a negative number of parts or points`;
  const needed = countsEnd + parts * 4 + points * 16;
  if (needed > contentBytes) {
    return `${layer}.shp record ${record} claims ${parts.toLocaleString('en')} parts and ${points.toLocaleString('en')} points, which need ${needed.toLocaleString('en')} bytes, but the record holds ${contentBytes.toLocaleString('en')}`;
  }
  if (parts > limits.maxPartsPerMultiPolygon) {
    throw new InputLimitError('maxPartsPerMultiPolygon', limits.maxPartsPerMultiPolygon, `a shape of ${parts.toLocaleString('en')} parts (${layer}.shp record ${record})`);
  }
  if (points > limits.maxVerticesPerRing * Math.max(parts, 1)) {
    throw new InputLimitError('maxVerticesPerRing', limits.maxVerticesPerRing, `a shape of ${points.toLocaleString('en')} points in ${parts} part(s) (${layer}.shp record ${record})`);
  }
  return null;
}

function checkDbf(layer: string, dbf: Uint8Array, limits: InputLimits): string | null {
  if (dbf.length < DBF_HEADER_BYTES) return `${layer}.dbf is ${dbf.length} bytes, shorter than a dBase header`;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  const needed = headerBytes + records * recordBytes;
  if (headerBytes < DBF_HEADER_BYTES || headerBytes > dbf.length) {
    return `${layer}.dbf claims a ${headerBytes.toLocaleString('en')}-byte header in a file of ${dbf.length.toLocaleString('en')} bytes`;
  }
  if (records > 0 && recordBytes === 0) return `${layer}.dbf claims ${records.toLocaleString('en')} records of 0 bytes each`;
  if (needed > dbf.length) {
    return `${layer}.dbf claims ${records.toLocaleString('en')} records of ${recordBytes.toLocaleString('en')} bytes, which need ${needed.toLocaleString('en')} bytes, but the file holds ${dbf.length.toLocaleString('en')} (a damaged or misleading header)`;
  }
  if (records > limits.maxFeatures) throw new InputLimitError('maxFeatures', limits.maxFeatures, `${records.toLocaleString('en')} records in ${layer}.dbf`);
  return null;
}

const SHP_HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;
const DBF_HEADER_BYTES = 32;
// PolyLine, Polygon and their Z and M variants, and MultiPatch.
const PARTED_TYPES = new Set([3, 5, 13, 15, 23, 25, 31]);
// MultiPoint, MultiPointZ, MultiPointM.
const MULTIPOINT_TYPES = new Set([8, 18, 28]);
