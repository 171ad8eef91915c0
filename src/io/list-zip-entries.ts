import { InputLimitError } from './input-limits.js';

/** One file in a zip archive, as its central directory describes it. */
export interface ZipEntry {
  /** Path inside the archive, decoded as UTF-8 (as shpjs's unzipper decodes it). */
  name: string;
  /** Compression method: 0 stored, 8 deflate; others (deflate64, bzip2…) cannot be read. */
  method: number;
  /** Whether the entry is encrypted (a password-protected zip). */
  encrypted: boolean;
  /** Byte offset of the name in the central directory, where unzippers read it from. */
  nameOffset: number;
  /** Size of the compressed data, as the central directory says (checked against the bytes by readZipEntry). */
  compressedBytes: number;
  /** Size once decompressed, as the central directory says (checked against the data by readZipEntry). */
  uncompressedBytes: number;
  /** Byte offset of the entry's local header. */
  localHeaderOffset: number;
}

/**
 * Lists the files in a zip archive from its central directory, without decompressing anything,
 * so that a zip without a shapefile can be reported by what it does hold, and layers can be kept
 * in archive order.
 *
 * @param bytes The whole archive.
 * @param maxEntries `limits.maxZipEntries`: more entries throw an {@link InputLimitError}.
 * @returns The entries in archive order; `'damaged'` when no central directory is found (a
 *   truncated download), `'zip64'` for ZIP64 archives, which the unzipper cannot read.
 * @example
 * const entries = listZipEntries(bytes);
 * if (Array.isArray(entries)) entries.map((entry) => entry.name); // ['zones.shp', 'zones.shx', 'zones.dbf', 'zones.prj']
 */
export function listZipEntries(bytes: Uint8Array, maxEntries = Infinity): ZipEntry[] | 'damaged' | 'zip64' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view);
  if (end < 0) return 'damaged';
  // Field offsets below are those of APPNOTE.TXT's end record and central directory header.
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === ZIP64_MARKER_16 || directoryOffset === ZIP64_MARKER_32) return 'zip64';
  if (count > maxEntries) throw new InputLimitError('maxZipEntries', maxEntries, `a zip archive of ${count.toLocaleString('en')} entries`);

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_HEADER_BYTES > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) return 'damaged';
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_HEADER_BYTES;
    if (nameStart + nameLength > bytes.length) return 'damaged';
    entries.push({
      name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method,
      encrypted: (flags & ENCRYPTED_FLAG) !== 0,
      nameOffset: nameStart,
      compressedBytes: view.getUint32(at + 20, true),
      uncompressedBytes: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

// Layout constants from PKWARE's APPNOTE.TXT, sections 4.3.12 and 4.3.16.
const END_SIGNATURE = 0x06054b50;
const END_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_BYTES = 46;
const ENCRYPTED_FLAG = 0x0001;
const ZIP64_MARKER_16 = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;

// The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - END_BYTES - MAX_COMMENT_BYTES);
  for (let at = bytes.length - END_BYTES; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  return -1;
}

/** Stored and deflate, the two compression methods every unzipper (and every GIS) uses. */
export const READABLE_ZIP_METHODS: readonly number[] = [0, 8];

// How many names a message lists before "and N more".
const LISTED_NAMES = 6;

/**
 * Names of files in an archive for a message: the first six, then how many more.
 *
 * @example
 * listNames(['a.shp', 'a.dbf']); // 'a.shp, a.dbf'
 */
export function listNames(names: readonly string[]): string {
  const more = names.length > LISTED_NAMES ? `, and ${names.length - LISTED_NAMES} more` : '';
  return names.slice(0, LISTED_NAMES).join(', ') + more;
}

/**
 * The entries that are files of their own: not folders, not macOS resource forks (`__MACOSX/`),
 * which zips made on a Mac carry beside every file.
 *
 * @example
 * filesOf(entries).map((entry) => entry.name); // ['zones.shp', 'zones.dbf']
 */
export function filesOf(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.filter((entry) => !entry.name.includes('__MACOSX') && !entry.name.endsWith('/'));
}
