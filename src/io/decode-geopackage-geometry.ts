import type { Geometry } from 'geojson';
import { decodeWkb, WkbError } from './decode-wkb.js';

/**
 * Decodes a GeoPackage geometry blob (OGC 12-128r18 §2.1.3, "GeoPackageBinary"): the `GP` magic,
 * a version byte, a flags byte (header byte order in bit 0, the envelope's size in bits 1–3, an
 * empty-geometry flag in bit 4, the extended-type flag in bit 5), the srs_id and the envelope,
 * followed by the geometry as standard WKB, which {@link decodeWkb} decodes. An empty geometry
 * (flag set, or an empty Point) is null.
 *
 * @param blob The column's value.
 * @throws WkbError for a blob that is not GeoPackage binary, an envelope code the standard does
 *   not define, an extended (non-standard) geometry type, or damaged WKB.
 * @example
 * decodeGeoPackageGeometry(row.geom); // { type: 'MultiPolygon', coordinates: [...] }
 */
export function decodeGeoPackageGeometry(blob: Uint8Array): Geometry | null {
  if (blob.length < HEADER_BYTES || blob[0] !== MAGIC_G || blob[1] !== MAGIC_P) {
    throw new WkbError('the value is not GeoPackage binary (it does not start with "GP")', false);
  }
  const flags = blob[FLAGS_OFFSET];
  if ((flags & EXTENDED_FLAG) !== 0) {
    throw new WkbError('it uses an extended (non-standard) geometry type, which only the program that wrote it can read', true);
  }
  const envelopeCode = (flags >> ENVELOPE_SHIFT) & ENVELOPE_MASK;
  const envelopeBytes = ENVELOPE_BYTES[envelopeCode];
  if (envelopeBytes === undefined) throw new WkbError(`its header gives envelope code ${envelopeCode}, which GeoPackage does not define`, false);
  const wkbStart = HEADER_BYTES + envelopeBytes;
  if (wkbStart > blob.length) throw new WkbError(`the blob ends at byte ${blob.length}, inside its envelope`, false);
  if ((flags & EMPTY_FLAG) !== 0) return null;
  return decodeWkb(blob, wkbStart);
}

const MAGIC_G = 0x47;
const MAGIC_P = 0x50;
const FLAGS_OFFSET = 3;
// Magic (2), version (1), flags (1), srs_id (4).
const HEADER_BYTES = 8;
const EXTENDED_FLAG = 0b0010_0000;
const EMPTY_FLAG = 0b0001_0000;
const ENVELOPE_SHIFT = 1;
const ENVELOPE_MASK = 0b111;
// Envelope codes: none; [minx, maxx, miny, maxy]; + z; + m; + z and m — doubles of 8 bytes.
const ENVELOPE_BYTES: ReadonlyArray<number> = [0, 32, 48, 48, 64];
