import { checkCompressionRatio, defaultInputLimits, formatBytes, InputLimitError, type InputLimits } from './input-limits.js';
import type { ZipEntry } from './list-zip-entries.js';
import { concatBytes } from './concat-bytes.js';

/**
 * Unpacks one zip entry without trusting any header: the local header must agree with the
 * central directory, the compressed data must lie inside the archive, and the data must inflate
 * to exactly the size the central directory declares — never past `maxBytes`, however much it
 * claims or holds, so a zip bomb stops at the limit. Works in browsers and Node
 * (`DecompressionStream('deflate-raw')`).
 *
 * @param bytes The whole archive.
 * @param entry The entry, from listZipEntries.
 * @param maxBytes The most bytes the entry may unpack to (`limits.maxWholeBytes`).
 * @param limits For `maxCompressionRatio`, checked on the declared sizes (the data must then match them).
 * @returns The entry's bytes, or a sentence saying which header lies (for an `unreadable-file` issue).
 * @throws {InputLimitError} (`maxWholeBytes`) when the entry declares or holds more than `maxBytes`.
 * @example
 * const kml = await readZipEntry(bytes, entries[0], limits.maxWholeBytes);
 * if (typeof kml === 'string') return nothingRead('unreadable-file', `${fileName}: ${kml}`);
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, limits: InputLimits = defaultInputLimits): Promise<Uint8Array | string> {
  checkCompressionRatio(entry.uncompressedBytes, entry.compressedBytes, limits);
  if (entry.uncompressedBytes > maxBytes) {
    throw new InputLimitError('maxWholeBytes', maxBytes, `an entry ${entry.name} that unpacks to ${formatBytes(entry.uncompressedBytes)}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_BYTES > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) {
    return `${entry.name} is listed in the archive's table of contents but its data is not where the table says`;
  }
  const flags = view.getUint16(at + 6, true);
  const method = view.getUint16(at + 8, true);
  // With a data descriptor (flag bit 3) the local sizes are zero and only the directory's count.
  if ((flags & DATA_DESCRIPTOR_FLAG) === 0) {
    const localCompressed = view.getUint32(at + 18, true);
    const localUncompressed = view.getUint32(at + 22, true);
    if (localCompressed !== entry.compressedBytes || localUncompressed !== entry.uncompressedBytes) {
      return `${entry.name}'s sizes disagree between the archive's table of contents (${entry.compressedBytes} bytes packed, ${entry.uncompressedBytes} unpacked) and its own header (${localCompressed}, ${localUncompressed})`;
    }
  }
  if (method !== entry.method) return `${entry.name}'s compression method disagrees between the archive's table of contents and its own header`;
  const dataStart = at + LOCAL_HEADER_BYTES + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedBytes;
  if (dataEnd > bytes.length) {
    return `${entry.name} claims ${entry.compressedBytes.toLocaleString('en')} bytes of packed data but the archive ends ${(dataEnd - bytes.length).toLocaleString('en')} bytes before that`;
  }
  const packed = bytes.subarray(dataStart, dataEnd);
  const unpacked = method === STORED ? packed.slice() : await inflate(packed, entry, maxBytes);
  if (typeof unpacked === 'string') return unpacked;
  if (unpacked.length !== entry.uncompressedBytes) {
    return `${entry.name} unpacks to ${unpacked.length.toLocaleString('en')} bytes, not the ${entry.uncompressedBytes.toLocaleString('en')} its header declares`;
  }
  return unpacked;
}

// Input is fed in small slices and output read as it comes, so one slice of a bomb (deflate packs
// at most 1,032 bytes into one) adds at most about 16 MiB before the count is checked.
const INPUT_SLICE_BYTES = 16 * 1024;

async function inflate(packed: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array | string> {
  // Never more than the declared size (checked ≤ maxBytes above) plus one output chunk.
  const allowed = Math.min(maxBytes, entry.uncompressedBytes);
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.length;
      if (total > allowed) throw new OverflowError();
      parts.push(value);
    }
  })();
  reading.catch(() => {});
  try {
    for (let start = 0; start < packed.length; start += INPUT_SLICE_BYTES) {
      await Promise.race([writer.write(packed.subarray(start, start + INPUT_SLICE_BYTES) as Uint8Array<ArrayBuffer>), reading]);
    }
    await Promise.race([writer.close(), reading]);
    await reading;
  } catch (error) {
    reader.cancel().catch(() => {});
    writer.abort().catch(() => {});
    if (error instanceof OverflowError) {
      if (entry.uncompressedBytes < maxBytes) {
        return `${entry.name} unpacks to more than the ${entry.uncompressedBytes.toLocaleString('en')} bytes its header declares`;
      }
      throw new InputLimitError('maxWholeBytes', maxBytes, `an entry ${entry.name} that unpacks to more than ${formatBytes(maxBytes)}`);
    }
    return `${entry.name} could not be unpacked (${(error as Error)?.message ?? String(error)}); the archive may be damaged`;
  }
  return concatBytes(parts);
}

class OverflowError extends Error {}

// From PKWARE's APPNOTE.TXT, section 4.3.7.
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const STORED = 0;
