import type { ZoneSource } from '../io/zone-source.js';
import { concatBytes } from '../io/concat-bytes.js';

/** How messages name standard input, which has no file name. */
export const STDIN_NAME = 'standard input';

/**
 * A source that reads standard input (the `-` argument) to its end, once: a pipe cannot be read
 * again, so the bytes are kept and every later `read()` returns them. It has no `stream()`,
 * since streaming re-reads from the start. The format is recognised from the bytes themselves.
 *
 * @param input The process's standard input (or any chunks, in tests).
 * @example
 * const result = await loadZones(stdinSource(process.stdin));
 */
export function stdinSource(input: AsyncIterable<Uint8Array | string>): ZoneSource {
  let bytes: Promise<Uint8Array> | null = null;
  return {
    name: STDIN_NAME,
    read(signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      bytes ??= readAll(input);
      return bytes;
    },
  };
}

async function readAll(input: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  return concatBytes(chunks);
}
