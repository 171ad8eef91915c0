import { describe, expect, test } from 'vitest';
import { write } from '@mapbox/shp-write';
import { checkShapefileHeaders } from './check-shapefile-headers.js';
import { defaultInputLimits } from './input-limits.js';

// One polygon with one attribute, as shp-write writes it (it calls back synchronously).
function parts(): { shp: Uint8Array; dbf: Uint8Array } {
  let files: { shp: DataView; dbf: DataView } | undefined;
  const ring = [[46, 40], [46, 40.001], [46.001, 40.001], [46.001, 40], [46, 40]];
  write([{ id: 'a' }], 'POLYGON', [[ring]], (_error: unknown, written: { shp: DataView; dbf: DataView }) => {
    files = written;
  });
  const copy = (view: DataView) => new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  return { shp: copy(files!.shp), dbf: copy(files!.dbf) };
}

describe('checkShapefileHeaders', () => {
  test('passes a shapefile whose headers agree with its bytes', () => {
    const { shp, dbf } = parts();
    expect(checkShapefileHeaders('z', shp, dbf, defaultInputLimits)).toBeNull();
  });

  test('a .dbf claiming 4 billion records in a few hundred bytes', () => {
    const { shp, dbf } = parts();
    new DataView(dbf.buffer).setUint32(4, 0xffffffff, true);
    expect(checkShapefileHeaders('z', shp, dbf, defaultInputLimits)).toMatch(/^z\.dbf claims 4,294,967,295 records of \d+ bytes, which need [\d,]+ bytes, but the file holds \d+ \(a damaged or misleading header\)$/);
  });

  test('a .shp record longer than the file', () => {
    const { shp, dbf } = parts();
    new DataView(shp.buffer).setInt32(104, 0x7fffffff);
    expect(checkShapefileHeaders('z', shp, dbf, defaultInputLimits)).toMatch(/^z\.shp record 1 claims 4,294,967,294 bytes but the file ends/);
  });

  test('a .shp record claiming more parts than it holds', () => {
    const { shp, dbf } = parts();
    new DataView(shp.buffer).setInt32(100 + 8 + 36, 1_000_000, true);
    expect(checkShapefileHeaders('z', shp, dbf, defaultInputLimits)).toMatch(/^z\.shp record 1 claims 1,000,000 parts and 5 points, which need 4,000,124 bytes, but the record holds \d+$/);
  });

  test('more records than maxFeatures is a limit, not a lie', () => {
    const { shp, dbf } = parts();
    expect(() => checkShapefileHeaders('z', shp, dbf, { ...defaultInputLimits, maxFeatures: 0 })).toThrow('more than 0 records in z.shp');
  });
});
