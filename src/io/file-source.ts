import type { ZoneSource } from './zone-source.js';

/**
 * A source for a browser `File` (from an `<input type="file">` or a drop) or any `Blob`. Messages
 * name the file by `file.name`; a Blob without a name is called `'input'`. It can stream
 * (`Blob.stream()`), so `loadZones` reads a large FeatureCollection feature by feature, as from a
 * Node path, instead of holding the whole text.
 *
 * @param file The file the user chose.
 * @example
 * input.addEventListener('change', async () => {
 *   const result = await loadZones(fileSource(input.files![0]));
 * });
 */
export function fileSource(file: File | Blob): ZoneSource {
  if (typeof Blob === 'undefined' || !(file instanceof Blob)) {
    throw new Error(
      `fileSource: file must be a File or Blob (e.g. input.files[0]); got ${file === null ? 'null' : typeof file}`,
    );
  }
  const name = 'name' in file && typeof file.name === 'string' && file.name !== '' ? file.name : 'input';
  return {
    name,
    async read(signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      let buffer: ArrayBuffer;
      try {
        buffer = await abortable(file.arrayBuffer(), signal);
      } catch (error) {
        throw readFailure(name, error, signal);
      }
      return new Uint8Array(buffer);
    },
    stream(signal?: AbortSignal): AsyncIterable<Uint8Array> {
      return streamBlob(file, name, signal);
    },
  };
}

async function* streamBlob(file: Blob, name: string, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await abortable(reader.read(), signal);
      } catch (error) {
        throw readFailure(name, error, signal);
      }
      if (chunk.done) return;
      yield chunk.value;
    }
  } finally {
    // Stops the browser reading a file nobody wants any more (abort, or an early return).
    reader.cancel().catch(() => {});
  }
}

// The abort's own reason when the read was aborted; else the browser's failure, naming the file.
// Browsers fail when the file was moved, deleted or changed after it was chosen.
function readFailure(name: string, error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  return new Error(`cannot read ${name}: ${(error as Error).message ?? String(error)}`, { cause: error });
}

// Blob.arrayBuffer() takes no signal, so an abort settles the read early instead.
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
