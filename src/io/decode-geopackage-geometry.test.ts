import { describe, expect, it } from 'vitest';
import { decodeGeoPackageGeometry } from './decode-geopackage-geometry.js';

// POINT (46 40), little-endian WKB.
const POINT = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x47, 0x40, 0, 0, 0, 0, 0, 0, 0x44, 0x40];

function blob(flags: number, envelopeBytes: number, wkb: number[] = POINT): Uint8Array {
  // 'GP', version 0, flags, srs_id 4326 (little-endian), the envelope's doubles (zeros), the WKB.
  return new Uint8Array([0x47, 0x50, 0, flags, 0xe6, 0x10, 0, 0, ...new Array(envelopeBytes).fill(0), ...wkb]);
}

describe('decodeGeoPackageGeometry', () => {
  it('skips each envelope size the standard defines before the WKB', () => {
    const sizes = [0, 32, 48, 48, 64];
    sizes.forEach((envelopeBytes, code) => {
      expect(decodeGeoPackageGeometry(blob(1 | (code << 1), envelopeBytes))).toEqual({ type: 'Point', coordinates: [46, 40] });
    });
  });

  it('gives null for a geometry flagged empty', () => {
    expect(decodeGeoPackageGeometry(blob(0b1_0001, 0, [1, 3, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });

  it('refuses extended types, undefined envelope codes and blobs that are not GeoPackage binary', () => {
    expect(() => decodeGeoPackageGeometry(blob(0b10_0001, 0))).toThrow('extended (non-standard) geometry type');
    expect(() => decodeGeoPackageGeometry(blob(1 | (5 << 1), 0))).toThrow('envelope code 5');
    expect(() => decodeGeoPackageGeometry(new Uint8Array(POINT))).toThrow('does not start with "GP"');
    expect(() => decodeGeoPackageGeometry(blob(1 | (1 << 1), 8, []))).toThrow('inside its envelope');
  });
});
