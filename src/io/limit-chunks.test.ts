import { describe, expect, test } from 'vitest';
import { limitChunks } from './limit-chunks.js';

describe('limitChunks', () => {
  test('passes chunks up to the limit and stops at the first byte past it, closing the source', async () => {
    let closed = false;
    let pulled = 0;
    async function* source() {
      try {
        for (;;) {
          pulled++;
          yield new Uint8Array(10);
        }
      } finally {
        closed = true;
      }
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const chunk of limitChunks(source(), 25, 'maxBytes')) seen.push(chunk.length);
      })(),
    ).rejects.toThrow('more than 25 bytes after decompression: over the limit of 25 bytes after decompression (--max-bytes SIZE)');
    expect(seen).toEqual([10, 10]);
    expect(pulled).toBe(3);
    expect(closed).toBe(true);
  });

  test('exactly at the limit is allowed', async () => {
    async function* source() {
      yield new Uint8Array(10);
      yield new Uint8Array(15);
    }
    const seen: number[] = [];
    for await (const chunk of limitChunks(source(), 25, 'maxWholeBytes')) seen.push(chunk.length);
    expect(seen).toEqual([10, 15]);
  });
});
