import type { ValidationIssue } from '../validate/issue-codes.js';
import { authorityCrs } from './authority-crs.js';
import type { ParsedInput } from './parse-input.js';
import { nothingRead, parseIssue } from './parse-issue.js';
import { defaultInputLimits, InputLimitError, type InputLimits } from './input-limits.js';
import { checkFeatureLimits } from './check-feature-limits.js';
import { loadProj4 } from './load-proj4.js';
import { concatBytes } from './concat-bytes.js';

/** What {@link readFlatGeobufEntries} yields: the header once, then one entry per feature. */
export type FlatGeobufEntry =
  | { type: 'header'; declaredCrs: string | null }
  | { type: 'feature'; feature: unknown | null; issue: ValidationIssue | null }
  | { type: 'end'; issues: ValidationIssue[] };

/**
 * Reads a FlatGeobuf file (`.fgb`) with the `flatgeobuf` package's header and feature decoders,
 * one feature at a time as its bytes arrive, so memory holds one feature, not the file. The
 * header's CRS (its authority code, else its WKT) becomes `declaredCrs`; columns become
 * properties, dates as the ISO strings FlatGeobuf stores.
 *
 * Nothing the header claims is trusted: the header length is bounded, the spatial index it
 * announces is skipped only as far as bytes are present, each feature's size prefix is met by
 * real bytes before it is decoded, and a file that ends early or holds a different number of
 * features than its header says ends with a whole-file issue instead of a silent short read.
 *
 * Yields `header` first (unless the file is broken before it), then `feature` entries (a feature
 * that cannot be decoded is null with an `unreadable-geometry` error for its index), then `end`
 * with whole-file issues.
 *
 * @param chunks The file's bytes in chunks of any size; they start with `fgb\x03`.
 * @param fileName Name of the file, for messages.
 * @param limits `maxFeatures` (the header's count and the features read) and the per-feature
 *   limits (see checkFeatureLimits).
 * @throws {InputLimitError} when the file passes one of `limits`.
 * @example
 * for await (const entry of readFlatGeobufEntries(createReadStream('zones.fgb'), 'zones.fgb')) {
 *   if (entry.type === 'feature') console.log(entry.feature);
 * }
 */
export async function* readFlatGeobufEntries(
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
  limits: InputLimits = defaultInputLimits,
): AsyncGenerator<FlatGeobufEntry> {
  const modules = await loadFlatGeobuf();
  if (modules === null) {
    // flatgeobuf is an optional peer dependency (it brings OpenLayers along): say how to get it.
    const message = `${fileName} is a FlatGeobuf file; reading it needs flatgeobuf, an optional dependency of cleared-land: install it with \`npm install flatgeobuf\`.`;
    yield { type: 'end', issues: [parseIssue('unreadable-file', null, message)] };
    return;
  }
  const [{ ByteBuffer }, { fromByteBuffer }, { Feature }, { fromFeature }, { calcTreeSize }] = modules;
  const queue = new ByteQueue(chunks[Symbol.asyncIterator]());
  const broken = (where: string): FlatGeobufEntry => ({
    type: 'end',
    issues: [parseIssue('unreadable-file', null, `${fileName} is a FlatGeobuf file that ends ${where}: it was cut short or damaged; export it again.`)],
  });

  const magic = await queue.take(MAGIC_BYTES);
  if (magic === null || !FGB_MAGIC.every((byte, index) => magic[index] === byte)) {
    yield broken('before its header');
    return;
  }
  const lengthBytes = await queue.take(SIZE_PREFIX_BYTES);
  if (lengthBytes === null) {
    yield broken('before its header');
    return;
  }
  const headerLength = readUint32(lengthBytes);
  if (headerLength > MAX_HEADER_BYTES) {
    yield broken(`in a header that claims ${headerLength} bytes (at most ${MAX_HEADER_BYTES} are allowed)`);
    return;
  }
  const headerBytes = await queue.take(headerLength);
  if (headerBytes === null) {
    yield broken(`inside its header, which claims ${headerLength} bytes`);
    return;
  }
  let header: ReturnType<typeof fromByteBuffer>;
  try {
    header = fromByteBuffer(new ByteBuffer(concatBytes([lengthBytes, headerBytes])));
  } catch (error) {
    yield {
      type: 'end',
      issues: [parseIssue('unreadable-file', null, `${fileName} is a FlatGeobuf file whose header cannot be read (${(error as Error).message}); export it again.`)],
    };
    return;
  }
  // A header that announces too many features is refused before any is read.
  if (header.featuresCount > limits.maxFeatures) {
    throw new InputLimitError('maxFeatures', limits.maxFeatures, `${header.featuresCount.toLocaleString('en')} features (as its header says)`);
  }
  const crs = header.crs;
  // authorityCrs reads a WKT definition with proj4, which is loaded on demand.
  if (crs !== null && crs.wkt) await loadProj4();
  yield { type: 'header', declaredCrs: crs === null ? null : authorityCrs(crs.org ?? 'EPSG', crs.code, crs.wkt) };

  if (header.indexNodeSize > 0 && header.featuresCount > 0) {
    const treeBytes = calcTreeSize(header.featuresCount, header.indexNodeSize);
    if ((await queue.skip(treeBytes)) < treeBytes) {
      yield broken(`inside its spatial index (its header claims ${header.featuresCount} features)`);
      return;
    }
  }

  let index = 0;
  for (;;) {
    const prefix = await queue.take(SIZE_PREFIX_BYTES);
    if (prefix === null) break;
    if (index >= limits.maxFeatures) throw new InputLimitError('maxFeatures', limits.maxFeatures, `more than ${limits.maxFeatures.toLocaleString('en')} features`);
    const featureLength = readUint32(prefix);
    const body = await queue.take(featureLength);
    if (body === null) {
      yield broken(`inside feature ${index}, which claims ${featureLength} bytes`);
      return;
    }
    let decoded: { type: 'Feature'; properties: unknown; geometry: unknown } | null = null;
    try {
      const feature = Feature.getSizePrefixedRootAsFeature(new ByteBuffer(concatBytes([prefix, body])));
      const geojson = fromFeature(index, feature, header);
      decoded = { type: 'Feature', properties: geojson.properties ?? {}, geometry: geojson.geometry };
    } catch (error) {
      yield {
        type: 'feature',
        feature: null,
        issue: parseIssue('unreadable-geometry', index, `${fileName}, feature ${index}: its FlatGeobuf record cannot be decoded (${(error as Error).message}); the feature was rejected. Export the file again.`),
      };
    }
    if (decoded !== null) {
      checkFeatureLimits(decoded, index, limits);
      yield { type: 'feature', feature: decoded, issue: null };
    }
    index++;
  }
  if (queue.leftover > 0) {
    yield broken(`with ${queue.leftover} stray bytes after feature ${index - 1}`);
    return;
  }
  const issues: ValidationIssue[] = [];
  // A count of 0 means "unknown" in FlatGeobuf (writers that stream do not know it).
  if (header.featuresCount > 0 && header.featuresCount !== index) {
    issues.push(
      parseIssue('unreadable-file', null, `${fileName}: the FlatGeobuf header says ${header.featuresCount} features but the file holds ${index}; it was cut short or damaged, so export it again.`, {
        severity: index < header.featuresCount ? 'error' : 'warning',
      }),
    );
  }
  if (index === 0) issues.push(parseIssue('empty', null, `${fileName} is a FlatGeobuf file with no features; there is nothing to measure.`));
  yield { type: 'end', issues };
}

/**
 * Reads a whole FlatGeobuf file in memory into {@link ParsedInput}, through
 * {@link readFlatGeobufEntries}.
 *
 * @param bytes The whole file; it starts with `fgb\x03`.
 * @param fileName Name of the file, for messages.
 * @param limits As for readFlatGeobufEntries.
 * @example
 * const parsed = await readFlatGeobuf(bytes, 'zones.fgb');
 * parsed.format; // 'flatgeobuf'
 */
export async function readFlatGeobuf(bytes: Uint8Array, fileName: string, limits: InputLimits = defaultInputLimits): Promise<ParsedInput> {
  const features: Array<unknown | null> = [];
  const issues: ValidationIssue[] = [];
  const entryIssues: ValidationIssue[] = [];
  let declaredCrs: string | null = null;
  let readHeader = false;
  for await (const entry of readFlatGeobufEntries(single(bytes), fileName, limits)) {
    if (entry.type === 'header') {
      readHeader = true;
      declaredCrs = entry.declaredCrs;
    } else if (entry.type === 'feature') {
      features.push(entry.feature);
      if (entry.issue) entryIssues.push(entry.issue);
    } else issues.push(...entry.issues);
  }
  if (!readHeader) return nothingRead('unreadable-file', issues[0]?.message ?? `${fileName} is not a FlatGeobuf file.`);
  return { format: 'flatgeobuf', features, declaredCrs, reprojected: false, issues: [...issues, ...entryIssues] };
}

// 'fgb', the major version 3, 'fgb', then a patch version byte that any value may take.
const FGB_MAGIC = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];
const MAGIC_BYTES = 8;
const SIZE_PREFIX_BYTES = 4;
// The reference implementation's bound: a header is columns and CRS text, never megabytes.
const MAX_HEADER_BYTES = 10 * 1024 * 1024;

async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function readUint32(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
}


/** Bytes from chunks, taken in exact amounts, holding only what has arrived and not been taken. */
class ByteQueue {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  // How far the first chunk has been consumed.
  private head = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Bytes that arrived but were never taken (after the last feature). */
  get leftover(): number {
    return this.buffered;
  }

  /** The next `count` bytes, or null when the input ends first. */
  async take(count: number): Promise<Uint8Array | null> {
    while (this.buffered < count) {
      if (!(await this.pull())) return null;
    }
    const parts: Uint8Array[] = [];
    let needed = count;
    while (needed > 0) {
      const first = this.chunks[0];
      const available = first.length - this.head;
      const used = Math.min(available, needed);
      parts.push(first.subarray(this.head, this.head + used));
      needed -= used;
      this.consume(used);
    }
    return parts.length === 1 ? parts[0].slice() : concatBytes(parts);
  }

  /** Drops up to `count` bytes as they arrive, without keeping them; returns how many it dropped. */
  async skip(count: number): Promise<number> {
    let skipped = 0;
    while (skipped < count) {
      if (this.buffered === 0 && !(await this.pull())) break;
      const available = this.chunks[0].length - this.head;
      const used = Math.min(available, count - skipped);
      this.consume(used);
      skipped += used;
    }
    return skipped;
  }

  private consume(used: number): void {
    this.head += used;
    this.buffered -= used;
    if (this.head === this.chunks[0].length) {
      this.chunks.shift();
      this.head = 0;
    }
  }

  private async pull(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    if (next.value.length > 0) {
      this.chunks.push(next.value);
      this.buffered += next.value.length;
    }
    return true;
  }
}

async function loadFlatGeobuf() {
  try {
    return await Promise.all([
      import('flatbuffers'),
      import('flatgeobuf/lib/mjs/header-meta.js'),
      import('flatgeobuf/lib/mjs/flat-geobuf/feature.js'),
      import('flatgeobuf/lib/mjs/geojson/feature.js'),
      import('flatgeobuf/lib/mjs/packedrtree.js'),
    ]);
  } catch {
    return null;
  }
}
