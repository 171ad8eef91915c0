import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathSource } from './node.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cleared-land-path-source-'));
  await writeFile(join(directory, 'zones.geojson'), '{"type":"FeatureCollection","features":[]}');
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('pathSource', () => {
  test('reads the file as a plain Uint8Array, named by the path as given', async () => {
    const path = join(directory, 'zones.geojson');
    const source = pathSource(path);
    expect(source.name).toBe(path);
    const bytes = await source.read();
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(new TextDecoder().decode(bytes)).toBe('{"type":"FeatureCollection","features":[]}');
  });

  test('a missing file: "cannot read <path>: no such file"', async () => {
    const path = join(directory, 'missing.geojson');
    await expect(pathSource(path).read()).rejects.toThrow(new Error(`cannot read ${path}: no such file`));
  });

  test('a directory: says it is not a file', async () => {
    await expect(pathSource(directory).read()).rejects.toThrow(new Error(`cannot read ${directory}: it is a directory, not a file`));
  });

  test('rejects with the reason of an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(pathSource(join(directory, 'zones.geojson')).read(controller.signal)).rejects.toThrow('stopped');
  });

  test('throws, naming the argument, for an empty path', () => {
    expect(() => pathSource('')).toThrow('pathSource: path must be a non-empty string; got ""');
  });
});
