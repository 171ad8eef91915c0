import { readFileSync } from 'node:fs';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readFlatGeobuf } from './read-flatgeobuf.js';
import { loadZonesStream } from './load-zones-stream.js';

// Made by ogr2ogr (test/fixtures/make-gdal-fixtures.py), with a spatial index, which orders the
// features along a Hilbert curve.
const FGB = new Uint8Array(readFileSync(new URL('../../test/fixtures/gdal/zones.fgb', import.meta.url)));

const SQUARE = (x: number) => ({
  type: 'Feature' as const,
  properties: { id: `Z-${x}`, status: 'cleared' },
  geometry: { type: 'Polygon' as const, coordinates: [[[500000 + x * 100, 4400000], [500050 + x * 100, 4400000], [500050 + x * 100, 4400050], [500000 + x * 100, 4400000]]] },
});
// Written by the flatgeobuf package itself: no index, a feature count and EPSG:32638 in the header.
const UTM: FeatureCollection = { type: 'FeatureCollection', features: [SQUARE(0), SQUARE(1), SQUARE(2)] };
const UTM_FGB = serialize(UTM, 32638);

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

describe('readFlatGeobuf', () => {
  it('reads every feature of a GDAL file past its spatial index, with its columns', async () => {
    const parsed = await readFlatGeobuf(FGB, 'zones.fgb');
    expect(parsed.format).toBe('flatgeobuf');
    expect(parsed.declaredCrs).toBeNull();
    expect(parsed.issues).toEqual([]);
    expect(parsed.features).toHaveLength(36);
    const ids = parsed.features.map((feature) => (feature as { properties: { id: string } }).properties.id).sort();
    expect(ids).toEqual(Array.from({ length: 36 }, (_, index) => `AGD-${String(index + 1).padStart(3, '0')}`));
  });

  it('takes the CRS from the header', async () => {
    const parsed = await readFlatGeobuf(UTM_FGB, 'utm.fgb');
    expect(parsed.declaredCrs).toBe('EPSG:32638');
    expect(parsed.features).toHaveLength(3);
  });

  it('says the file was cut short instead of reading fewer features silently', async () => {
    const cut = await readFlatGeobuf(UTM_FGB.subarray(0, UTM_FGB.length - 10), 'cut.fgb');
    expect(cut.features).toHaveLength(2);
    expect(cut.issues).toEqual([expect.objectContaining({ code: 'unreadable-file', feature: null, message: expect.stringMatching(/^cut\.fgb is a FlatGeobuf file that ends inside feature 2, which claims \d+ bytes/) })]);
    const indexCut = await readFlatGeobuf(FGB.subarray(0, 2000), 'cut.fgb');
    expect(indexCut.issues[0].message).toBe('cut.fgb is a FlatGeobuf file that ends inside its spatial index (its header claims 36 features): it was cut short or damaged; export it again.');
  });

  it('does not trust a header length it has no bytes for', async () => {
    const lying = UTM_FGB.slice(0, 12);
    new DataView(lying.buffer).setUint32(8, 0xffffffff, true);
    expect((await readFlatGeobuf(lying, 'lie.fgb')).issues[0].message).toContain('in a header that claims 4294967295 bytes');
  });

  it('streams through loadZonesStream, in chunks of any size, to the same result as a whole read', async () => {
    const whole = await loadZonesStream(inPieces(FGB, FGB.length), { fileName: 'zones.fgb' });
    const bytewise = await loadZonesStream(inPieces(FGB, 7), { fileName: 'zones.fgb' });
    expect(whole.format).toBe('flatgeobuf');
    expect(whole.accepted).toBe(36);
    expect(bytewise).toEqual(whole);
    const utm = await loadZonesStream(inPieces(UTM_FGB, 64), { fileName: 'utm.fgb' });
    expect(utm.accepted).toBe(3);
    // Reprojected from the header's EPSG:32638: 500 km east of 45°E is 45°E.
    expect(utm.zones[0].geometry.coordinates[0]).toContainEqual([45, expect.closeTo(39.7499, 3)]);
  });
});
