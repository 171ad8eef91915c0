import { formatBytes, InputLimitError } from './input-limits.js';

/**
 * The chunks as they come, counting their bytes: once more than `maxBytes` have passed, it
 * throws instead of yielding more, so a reader behind it (a decompressor's output, a file of any
 * size) never holds or handles more than the limit. Closes the source when it stops.
 *
 * @param maxBytes The limit in force (`limits.maxBytes`, or `limits.maxWholeBytes` for input read whole).
 * @param limit Which limit `maxBytes` is, for the error.
 * @throws {InputLimitError} as soon as the count passes `maxBytes`.
 * @example
 * for await (const chunk of limitChunks(gunzipChunks(file), limits.maxBytes, 'maxBytes')) handle(chunk);
 */
export async function* limitChunks(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  limit: 'maxBytes' | 'maxWholeBytes',
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk?.length ?? 0;
    if (total > maxBytes) throw new InputLimitError(limit, maxBytes, `more than ${formatBytes(maxBytes)}${limit === 'maxBytes' ? ' after decompression' : ' to read whole'}`);
    yield chunk;
  }
}
