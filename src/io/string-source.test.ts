import { describe, expect, test } from 'vitest';
import { stringSource } from './string-source.js';

describe('stringSource', () => {
  test('reads the text as UTF-8 bytes, under the name given', async () => {
    const source = stringSource('{"region": "Ağdam"}', 'zones.geojson');
    expect(source.name).toBe('zones.geojson');
    expect(Array.from(await source.read())).toEqual([
      ...'{"region": "A'].map((character) => character.charCodeAt(0)).concat([0xc4, 0x9f], [...'dam"}'].map((character) => character.charCodeAt(0))),
    );
  });

  test("is called 'input' without a name", () => {
    expect(stringSource('{}').name).toBe('input');
  });

  test('rejects with the reason of an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('newer file chosen'));
    await expect(stringSource('{}').read(controller.signal)).rejects.toThrow('newer file chosen');
  });

  test('throws, naming the argument, for bytes', () => {
    expect(() => stringSource(new Uint8Array(2) as unknown as string)).toThrow(
      'stringSource: text must be a string; got object. For bytes use bytesSource(bytes)',
    );
  });
});
