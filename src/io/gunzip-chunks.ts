/** Thrown by {@link gunzipChunks} when the compressed data itself is bad (cut short, corrupt). */
export class GzipDataError extends Error {
  override name = 'GzipDataError';
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The chunks as they come, or, when they start with gzip's magic bytes, decompressed as they
 * arrive (`DecompressionStream`), so a gzip-compressed national file streams like a plain one.
 * Errors of the source itself (a read failing, an abort) pass through unchanged; bad compressed
 * data becomes a {@link GzipDataError}.
 *
 * @example
 * for await (const chunk of gunzipChunks(createReadStream('zones.geojson.gz'))) handle(chunk);
 */
export async function* gunzipChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    // The magic is two bytes, and a chunk may hold one.
    const head: Uint8Array[] = [];
    let headBytes = 0;
    while (headBytes < GZIP_MAGIC.length) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      // Anything else is the caller's to reject, in order.
      if (!(next.value instanceof Uint8Array)) break;
      headBytes += next.value.length;
    }
    if (startsWithMagic(head)) {
      yield* decompress(head, iterator);
      return;
    }
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  } finally {
    // A consumer that stops early (bad JSON) must still close the file underneath.
    await iterator.return?.();
  }
}

type ReadResult = ReadableStreamReadResult<Uint8Array>;

// Fed one input chunk at a time, rather than piped: Node's DecompressionStream honours no
// backpressure in a pipe (it reads the whole input ahead, holding all it decompressed), so input
// is only taken once the previous chunk has been written and its output read as it came.
async function* decompress(head: Uint8Array[], iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const handled = <T>(promise: Promise<T>): Promise<T> => {
    // Awaited later (or never, when the input fails first): not an unhandled rejection meanwhile.
    promise.catch(() => {});
    return promise;
  };
  let pendingRead = handled(reader.read());
  // The next output, or null once `until` settles first (the input chunk is taken in).
  const nextOutput = async (until: Promise<unknown> | null): Promise<ReadResult | null> => {
    try {
      return await (until ? Promise.race([pendingRead, until.then(() => null)]) : pendingRead);
    } catch (error) {
      throw new GzipDataError((error as Error).message ?? String(error), { cause: error });
    }
  };
  try {
    let queued = head;
    for (;;) {
      const input = queued.length > 0 ? queued.shift()! : await nextInput(iterator);
      if (input === null) break;
      // A bomb packs about a thousand bytes into one: a large input chunk is fed in slices, so
      // the output of one write (held until read) stays a few megabytes and a byte limit downstream
      // stops it in time.
      const chunk = input.length > INPUT_SLICE_BYTES ? input.subarray(0, INPUT_SLICE_BYTES) : input;
      if (input.length > INPUT_SLICE_BYTES) queued.unshift(input.subarray(INPUT_SLICE_BYTES));
      const written = handled(writer.write(chunk as Uint8Array<ArrayBuffer>));
      for (let output = await nextOutput(written); output !== null; output = await nextOutput(written)) {
        if (output.done) return;
        yield output.value;
        pendingRead = handled(reader.read());
      }
    }
    handled(writer.close());
    // The rest of the output, up to the end; a file cut short fails here.
    for (let output = await nextOutput(null); output !== null && !output.done; output = await nextOutput(null)) {
      yield output.value;
      pendingRead = handled(reader.read());
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

const INPUT_SLICE_BYTES = 16 * 1024;

async function nextInput(iterator: AsyncIterator<Uint8Array>): Promise<Uint8Array | null> {
  const next = await iterator.next();
  return next.done ? null : next.value;
}

/**
 * The `unreadable-file` sentence for a gzip file that cannot be decompressed.
 *
 * @example
 * gzipFailureMessage('zones.geojson.gz', error);
 */
export function gzipFailureMessage(fileName: string, error: unknown): string {
  const reason = (error as Error)?.message ?? String(error);
  return `${fileName} is gzip-compressed but could not be decompressed (${reason}); it may have been cut short. Download or export it again.`;
}

function startsWithMagic(head: readonly Uint8Array[]): boolean {
  const bytes: number[] = [];
  for (const chunk of head) {
    if (!(chunk instanceof Uint8Array)) return false;
    for (const byte of chunk.subarray(0, GZIP_MAGIC.length - bytes.length)) bytes.push(byte);
    if (bytes.length === GZIP_MAGIC.length) break;
  }
  return bytes.length === GZIP_MAGIC.length && bytes.every((byte, index) => byte === GZIP_MAGIC[index]);
}
