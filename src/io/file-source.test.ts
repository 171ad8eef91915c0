import { describe, expect, test } from 'vitest';
import { fileSource } from './file-source.js';

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

  test('throws, naming the argument, for a path', () => {
    expect(() => fileSource('zones.geojson' as unknown as File)).toThrow(
      'fileSource: file must be a File or Blob (e.g. input.files[0]); got string',
    );
  });
});
