import { readFile } from 'node:fs/promises';
import type { ZoneSource } from './io/zone-source.js';

/**
 * A source that reads a file from disk (Node only; import it from `cleared-land/node`). Messages
 * name the file by the path as given.
 *
 * Reading rejects with an Error whose message is complete on its own, e.g.
 * `cannot read zones.geojson: no such file`, so callers can print it without a stack trace.
 *
 * @param path Path to the file, relative to the working directory or absolute.
 * @example
 * import { loadZones } from 'cleared-land';
 * import { pathSource } from 'cleared-land/node';
 * const result = await loadZones(pathSource('data/zones.geojson'));
 */
export function pathSource(path: string): ZoneSource {
  if (typeof path !== 'string' || path === '') {
    throw new Error(`pathSource: path must be a non-empty string; got ${JSON.stringify(path)}`);
  }
  return {
    name: path,
    async read(signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      try {
        const buffer = await readFile(path, { signal });
        // A plain Uint8Array view: callers should not depend on Node's Buffer.
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const code = (error as NodeJS.ErrnoException).code;
        throw new Error(`cannot read ${path}: ${FILE_ERRORS[code ?? ''] ?? (error as Error).message}`, { cause: error });
      }
    },
  };
}

// The errors people meet when pointing at a file, in their words rather than errno names.
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};
