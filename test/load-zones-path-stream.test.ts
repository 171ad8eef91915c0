import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadZones } from '../src/io/load-zones.js';
import { pathSource } from '../src/node.js';

// loadZones(pathSource(path)) streams the file (src/io/load-zones-stream.ts): the same result as
// loading the bytes whole, with the same errors for files that cannot be read.

const dir = mkdtempSync(join(tmpdir(), 'cleared-land-path-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function square(lon: number, lat: number, size: number): number[][][] {
  return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]];
}

describe('loadZones(pathSource(path)) streams the file', () => {
  test('gives the result of loading its bytes whole, over many 1 MiB chunks, crs applied', async () => {
    // ~3 MiB: several chunks, so features and strings are cut between reads.
    const features = Array.from({ length: 12_000 }, (_, index) => ({
      type: 'Feature',
      properties: { id: `T-${index}`, status: index % 97 === 0 ? 'swept' : 'cleared', notes: 'ə'.repeat(index % 50) },
      geometry: { type: 'Polygon', coordinates: square(585_000 + (index % 100) * 200, 4_428_000 + Math.floor(index / 100) * 200, 100) },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:32638' } }, features });
    const path = join(dir, 'utm.geojson');
    writeFileSync(path, text);
    const streamed = await loadZones(pathSource(path));
    const whole = await loadZones(new TextEncoder().encode(text), { fileName: path });
    expect(streamed.accepted).toBe(12_000 - Math.ceil(12_000 / 97));
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  test('pathSource(path).stream() yields the file\'s bytes in order', async () => {
    const path = join(dir, 'bytes.bin');
    const bytes = new Uint8Array(2_500_000).map((_, index) => index % 251);
    writeFileSync(path, bytes);
    const chunks: Uint8Array[] = [];
    for await (const chunk of pathSource(path).stream!()) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.length)).toEqual([1_048_576, 1_048_576, 402_848]);
    expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
  });

  test('a missing file and a directory reject with the same sentences as read()', async () => {
    const missing = join(dir, 'missing.geojson');
    await expect(loadZones(pathSource(missing))).rejects.toThrow(new Error(`cannot read ${missing}: no such file`));
    await expect(loadZones(pathSource(dir))).rejects.toThrow(new Error(`cannot read ${dir}: it is a directory, not a file`));
  });
});

describe('pathSource read(): bounded, never readFile', () => {
  test('reads a file whole in chunks', async () => {
    const path = join(dir, 'whole.geojson');
    const text = `{"type":"FeatureCollection","features":[],"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`;
    writeFileSync(path, text);
    expect(new TextDecoder().decode(await pathSource(path).read())).toBe(text);
  });

  test('stops at maxReadBytes with a sentence naming the flag', async () => {
    const path = join(dir, 'large-regions.geojson');
    writeFileSync(path, new Uint8Array(3 * 1024 * 1024));
    await expect(pathSource(path, { maxReadBytes: 1024 * 1024 }).read()).rejects.toThrow(
      `cannot read ${path}: it holds more than 1 MiB, the most read whole (--limit whole-bytes=SIZE raises it)`,
    );
  });
});
