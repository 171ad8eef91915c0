import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fileSource } from './file-source.js';
import { loadZones } from './load-zones.js';

async function* countChunks(chunks: AsyncIterable<Uint8Array>, sizes: number[]): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    sizes.push(chunk.length);
    yield chunk;
  }
}

describe('fileSource', () => {
  test('reads a File under its name', async () => {
    const source = fileSource(new File(['{"type":"FeatureCollection","features":[]}'], 'zones.geojson', { type: 'application/geo+json' }));
    expect(source.name).toBe('zones.geojson');
    expect(new TextDecoder().decode(await source.read())).toBe('{"type":"FeatureCollection","features":[]}');
  });

  test("reads a Blob, called 'input'", async () => {
    const source = fileSource(new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]));
    expect(source.name).toBe('input');
    expect(Array.from(await source.read())).toEqual([0x50, 0x4b, 3, 4]);
  });

  test('rejects with the reason of an aborted signal, before or during the read', async () => {
    const file = new File(['{}'], 'zones.geojson');
    const before = new AbortController();
    before.abort(new Error('newer file chosen'));
    await expect(fileSource(file).read(before.signal)).rejects.toThrow('newer file chosen');

    const during = new AbortController();
    const reading = fileSource(file).read(during.signal);
    during.abort(new Error('closed'));
    await expect(reading).rejects.toThrow('closed');
  });

  test('names the file when the browser cannot read it', async () => {
    const file = new File(['{}'], 'moved.geojson');
    file.arrayBuffer = () => Promise.reject(new Error('A requested file or directory could not be found'));
    await expect(fileSource(file).read()).rejects.toThrow('cannot read moved.geojson: A requested file or directory could not be found');
  });

  test('streams the file in chunks (64 KiB in browsers) that add up to its bytes', async () => {
    const bytes = new Uint8Array(3_000_000).map((_, index) => index % 251);
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileSource(new File([bytes], 'big.geojson')).stream!()) chunks.push(chunk);
    const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) joined.set(chunk, (at += chunk.length) - chunk.length);
    expect(joined).toEqual(bytes);
  });

  test('loadZones streams a File: the same result as reading it whole', async () => {
    const features = Array.from({ length: 3_000 }, (_, index) => ({
      type: 'Feature',
      properties: { id: `T-${index}`, status: index % 11 === 0 ? 'swept' : 'cleared', notes: 'ə'.repeat(index % 40) },
      geometry: { type: 'Polygon', coordinates: [[[46 + index * 1e-3, 39], [46.0005 + index * 1e-3, 39], [46 + index * 1e-3, 39.0005], [46 + index * 1e-3, 39]]] },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const file = new File([text], 'zones.geojson');
    const streamedChunks: number[] = [];
    const source = fileSource(file);
    const counting = { ...source, stream: (signal?: AbortSignal) => countChunks(source.stream!(signal), streamedChunks) };
    const streamed = await loadZones(counting);
    expect(streamedChunks.length).toBeGreaterThan(0);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(await loadZones(text, { fileName: 'zones.geojson' })));
  });

  test('stops streaming with the reason of an aborted signal', async () => {
    const controller = new AbortController();
    const chunks = fileSource(new File([new Uint8Array(3_000_000)], 'big.geojson')).stream!(controller.signal);
    const iterator = chunks[Symbol.asyncIterator]();
    await iterator.next();
    controller.abort(new Error('newer file chosen'));
    await expect(iterator.next()).rejects.toThrow('newer file chosen');
  });

  test('throws, naming the argument, for a path', () => {
    expect(() => fileSource('zones.geojson' as unknown as File)).toThrow(
      'fileSource: file must be a File or Blob (e.g. input.files[0]); got string',
    );
  });

  test('loads a GeoPackage and a FlatGeobuf File, recognised by their bytes', async () => {
    for (const [name, format] of [['zones.gpkg', 'geopackage'], ['zones.fgb', 'flatgeobuf']] as const) {
      const bytes = readFileSync(new URL(`../../test/fixtures/gdal/${name}`, import.meta.url));
      // Named .bin: the format comes from the content, not the extension.
      const result = await loadZones(fileSource(new File([new Uint8Array(bytes)], 'upload.bin')));
      expect(result.format).toBe(format);
      expect(result.accepted).toBe(36);
    }
  });
});
