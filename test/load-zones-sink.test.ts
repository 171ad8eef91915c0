import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadZones } from '../src/io/load-zones.js';
import { pathSource } from '../src/node.js';
import { PackedZones } from '../src/zones/packed-zones.js';
import type { ZoneFeature } from '../src/zones/zone.js';

// The zoneSink option (how the CLI keeps a national file packed): the sink gets exactly the zones
// result.zones would have held, once each, whatever path the loader takes.

const dir = mkdtempSync(join(tmpdir(), 'cleared-land-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function collection(count: number, options: { crsLast?: boolean; lon?: number } = {}): string {
  const lon = options.lon ?? 46;
  const features = Array.from({ length: count }, (_, index) => ({
    type: 'Feature',
    properties: { id: `T-${index}`, status: index % 7 === 0 ? 'swept' : 'cleared' },
    geometry: { type: 'Polygon', coordinates: [[[lon + index * 0.001, 39], [lon + index * 0.001 + 0.0005, 39], [lon + index * 0.001, 39.0005], [lon + index * 0.001, 39]]] },
  }));
  const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
  return JSON.stringify(options.crsLast ? { type: 'FeatureCollection', features, crs } : { type: 'FeatureCollection', crs, features });
}

function withoutSource(zones: readonly ZoneFeature[]): unknown[] {
  return zones.map((zone) => ({ ...zone, properties: { ...zone.properties, source: {} } }));
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadZones with a zoneSink', () => {
  test('a streamed file: the sink holds the zones result.zones would, which is left empty; counts and issues unchanged', async () => {
    const path = write('streamed.geojson', collection(2_500));
    const plain = await loadZones(pathSource(path));
    const sink = new PackedZones();
    const sunk = await loadZones(pathSource(path), { zoneSink: sink });
    expect(sunk.zones).toEqual([]);
    expect({ ...sunk, zones: null }).toEqual({ ...plain, zones: null });
    expect(sink.featuresAt([...Array(sink.length).keys()])).toEqual(withoutSource(plain.zones));
    expect(sink.length).toBe(2_500 - Math.ceil(2_500 / 7));
  });

  test('two files read one after the other share one sink, in file order', async () => {
    const first = write('first.geojson', collection(10));
    const second = write('second.geojson', collection(5, { lon: 47 }));
    const sink = new PackedZones();
    await loadZones(pathSource(first), { zoneSink: sink });
    await loadZones(pathSource(second), { zoneSink: sink });
    const expected = [...(await loadZones(pathSource(first))).zones, ...(await loadZones(pathSource(second))).zones];
    expect(sink.featuresAt([...Array(sink.length).keys()])).toEqual(withoutSource(expected));
  });

  test('a crs member after the features makes the loader read the file again: no zone is kept twice', async () => {
    const path = write('crs-last.geojson', collection(30, { crsLast: true }));
    const sink = new PackedZones();
    sink.add((await loadZones(pathSource(write('before.geojson', collection(2))))).zones[0]);
    const result = await loadZones(pathSource(path), { zoneSink: sink });
    expect(result.accepted).toBe(30 - Math.ceil(30 / 7));
    expect(sink.length).toBe(1 + result.accepted);
  });

  test('input read whole (a string, KML-like paths) goes into the sink too', async () => {
    const sink = new PackedZones();
    const result = await loadZones(collection(8), { zoneSink: sink, fileName: 'text.geojson' });
    expect(result.zones).toEqual([]);
    expect(sink.length).toBe(result.accepted);
    expect(result.accepted).toBe(8 - 2);
  });
});
