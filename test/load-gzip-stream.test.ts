import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { loadZones } from '../src/io/load-zones.js';
import { loadZonesStream } from '../src/io/load-zones-stream.js';
import { pathSource } from '../src/node.js';
import { PackedZones } from '../src/zones/packed-zones.js';

// A gzip-compressed FeatureCollection streams like a plain one (src/io/gunzip-chunks.ts): the same
// result as reading the text whole, decompressed as the chunks arrive.

const dir = mkdtempSync(join(tmpdir(), 'cleared-land-gzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function collection(count: number): string {
  const features = Array.from({ length: count }, (_, index) => {
    const [lon, lat] = [46 + (index % 80) * 1e-3, 39 + Math.floor(index / 80) * 1e-3];
    return {
      type: 'Feature',
      properties: { id: `T-${index}`, status: index % 53 === 0 ? 'swept' : 'reduced', notes: 'ə'.repeat(index % 30) },
      geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 5e-4, lat], [lon, lat + 5e-4], [lon, lat]]] },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
const gzip = (value: string) => new Uint8Array(gzipSync(new TextEncoder().encode(value)));
const text = collection(6_000);
const gzipped = gzip(text);

async function* cut(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let index = 0; at < bytes.length; index += 1) {
    const size = sizes[Math.min(index, sizes.length - 1)];
    yield bytes.slice(at, at + size);
    at += size;
  }
}

describe('gzip-compressed FeatureCollections stream', () => {
  test('from a path: the result of reading the text whole', async () => {
    const path = join(dir, 'zones.geojson.gz');
    writeFileSync(path, gzipped);
    const streamed = await loadZones(pathSource(path));
    expect(streamed.accepted).toBe(6_000 - Math.ceil(6_000 / 53));
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(await loadZones(text, { fileName: path })));
  });

  test('in chunks cut anywhere, the magic split across the first two', async () => {
    const whole = await loadZones(text, { fileName: 'zones.geojson.gz' });
    for (const sizes of [[1, 7], [1, 1, 65_536], [3, 1000]]) {
      const streamed = await loadZonesStream(cut(gzipped, sizes), { fileName: 'zones.geojson.gz' });
      expect(JSON.stringify(streamed), JSON.stringify(sizes)).toBe(JSON.stringify(whole));
    }
  });

  test('zones arrive while the compressed file is still being read, not after it was gathered whole', async () => {
    let pulled = 0;
    let pulledAtFirstZone: number | null = null;
    let length = 0;
    // Large enough that the decompressor's own read-ahead is a small part of it.
    const large = gzip(collection(60_000));
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of cut(large, [4096])) {
        pulled += 1;
        yield chunk;
      }
    }
    const sink = {
      get length() {
        return length;
      },
      add: () => {
        pulledAtFirstZone ??= pulled;
        length += 1;
      },
      truncate: (to: number) => {
        length = Math.min(length, to);
      },
      setDate: () => {},
    };
    const result = await loadZonesStream(counted(), { fileName: 'zones.geojson.gz', zoneSink: sink });
    expect(result.accepted).toBe(length);
    expect(pulledAtFirstZone).not.toBeNull();
    expect(pulledAtFirstZone!).toBeLessThan(pulled / 2);
  });

  test('cut short: one unreadable-file issue, and nothing left in the sink', async () => {
    const path = join(dir, 'cut.geojson.gz');
    writeFileSync(path, gzipped.subarray(0, Math.floor(gzipped.length * 0.6)));
    const sink = new PackedZones();
    const result = await loadZones(pathSource(path), { zoneSink: sink });
    expect(result.accepted).toBe(0);
    expect(sink.length).toBe(0);
    expect(result.issues.map((issue) => issue.code)).toEqual(['unreadable-file']);
    expect(result.issues[0].message).toMatch(/cut\.geojson\.gz is gzip-compressed but could not be decompressed \(.+\); it may have been cut short\. Download or export it again\.$/);
  });

  test('a failing read is the reader\'s own error, not a gzip problem', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield gzipped.slice(0, 1000);
      throw new Error('EIO: i/o error, read');
    }
    await expect(loadZonesStream(failing(), { fileName: 'zones.geojson.gz' })).rejects.toThrow('EIO: i/o error, read');
  });
});
