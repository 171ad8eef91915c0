import { open } from 'node:fs/promises';
import { formatBytes, limitFlag } from './io/input-limits.js';
import { concatBytes } from './io/concat-bytes.js';
import type { ZoneSource } from './io/zone-source.js';

/**
 * A source that reads a file from disk (Node only; import it from `cleared-land/node`). Messages
 * name the file by the path as given. It can also stream the file in 1 MiB chunks, which
 * `loadZones` uses to read GeoJSON FeatureCollections of any size feature by feature.
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
export function pathSource(path: string, options: Partial<PathSourceOptions> = {}): ZoneSource {
  if (typeof path !== 'string' || path === '') {
    throw new Error(`pathSource: path must be a non-empty string; got ${JSON.stringify(path)}`);
  }
  const { maxReadBytes } = { ...defaultPathSourceOptions, ...options };
  return {
    name: path,
    async read(signal?: AbortSignal): Promise<Uint8Array> {
      // Read in chunks, not with readFile: a 6 GB file (or an endless pipe) stops at the bound
      // instead of being allocated whole.
      const parts: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of readChunks(path, signal)) {
        total += chunk.length;
        if (total > maxReadBytes) {
          throw new Error(
            `cannot read ${path}: it holds more than ${formatBytes(maxReadBytes)}, the most read whole (${limitFlag('maxWholeBytes')} raises it)`,
          );
        }
        parts.push(chunk);
      }
      return concatBytes(parts);
    },
    stream(signal?: AbortSignal): AsyncIterable<Uint8Array> {
      return readChunks(path, signal);
    },
  };
}

/** Options of {@link pathSource}. */
export interface PathSourceOptions {
  /**
   * Most bytes `read()` gathers before it rejects (streaming is not bounded here: the loaders
   * count what they stream). The CLI passes `limits.maxWholeBytes` for region files.
   */
  maxReadBytes: number;
}

/** Defaults of {@link PathSourceOptions}. */
export const defaultPathSourceOptions: PathSourceOptions = {
  // No bound of its own: loaders bound what they read.
  maxReadBytes: Infinity,
};

// 1 MiB: few enough reads for a 1 GB file (a thousand), small next to the zones kept in memory.
const CHUNK_BYTES = 1024 * 1024;

/** The file in chunks of fresh buffers (loadZonesStream may keep them), with read() errors' wording. */
async function* readChunks(path: string, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  signal?.throwIfAborted();
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const buffer = new Uint8Array(CHUNK_BYTES);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (error) {
        throw fileError(path, error);
      }
      if (bytesRead === 0) return;
      yield bytesRead === CHUNK_BYTES ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

function fileError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  return new Error(`cannot read ${path}: ${FILE_ERRORS[code ?? ''] ?? (error as Error).message}`, { cause: error });
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
