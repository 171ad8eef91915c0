import { describe, expect, test } from 'vitest';
import { bytesSource } from './bytes-source.js';

describe('bytesSource', () => {
  test('reads a Uint8Array as it is', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const source = bytesSource(bytes, 'hazards.zip');
    expect(source.name).toBe('hazards.zip');
    expect(await source.read()).toBe(bytes);
  });

  test('reads an ArrayBuffer as a Uint8Array over it', async () => {
    const buffer = new Uint8Array([1, 2, 3]).buffer;
    const read = await bytesSource(buffer).read();
    expect(read).toBeInstanceOf(Uint8Array);
    expect(Array.from(read)).toEqual([1, 2, 3]);
    expect(read.buffer).toBe(buffer);
  });

  test("is called 'input' without a name", () => {
    expect(bytesSource(new Uint8Array(0)).name).toBe('input');
  });

  test('rejects with the reason of an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(bytesSource(new Uint8Array(1)).read(controller.signal)).rejects.toThrow('cancelled');
  });

  test('throws, naming the argument, for text or arrays of numbers', () => {
    expect(() => bytesSource('{}' as unknown as Uint8Array)).toThrow(
      'bytesSource: bytes must be a Uint8Array or an ArrayBuffer; got string. For text use stringSource(text)',
    );
    expect(() => bytesSource([1, 2] as unknown as Uint8Array)).toThrow('got Array');
  });
});
