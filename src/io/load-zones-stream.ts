import type { ZoneFeature } from '../zones/zone.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { createFileDateOrder, settleFileDateOrder } from '../zones/file-date-order.js';
import type { FileDateOrder } from '../zones/file-date-order.js';
import { createFeatureStreamReader } from './create-feature-stream-reader.js';
import type { FeatureStreamEvent, JsonSyntaxError } from './create-feature-stream-reader.js';
import type { LoadOptions } from './load-zones.js';
import { moveIntoSink } from './move-into-sink.js';
import { gunzipChunks, gzipFailureMessage, GzipDataError } from './gunzip-chunks.js';
import type { LoadResult } from './load-result.js';
import { parseInput, recogniseUnreadableStart, type ParseInputOptions } from './parse-input.js';
import { parseIssue } from './parse-issue.js';
import { readGeoJson } from './read-geojson.js';
import { readLegacyCrs } from './read-legacy-crs.js';
import { validateBatch } from './validate-batch.js';
import { isWgs84Crs, resolveCrs } from './resolve-crs.js';
import { loadProj4 } from './load-proj4.js';
import { toFeatureEntry } from './to-feature-entry.js';
import { unknownCrsIssue, validateParsedInput } from './validate-parsed-input.js';
import { checkCompressionRatio, formatBytes, inputLimitMessage, InputLimitError, resolveInputLimits, type InputLimits } from './input-limits.js';
import { limitChunks } from './limit-chunks.js';
import { checkFeatureLimits } from './check-feature-limits.js';
import { concatBytes } from './concat-bytes.js';

/** The chunks of a file, or a function that opens them from the start (so the file can be read twice). */
export type ChunkInput = AsyncIterable<Uint8Array> | (() => AsyncIterable<Uint8Array>);

/** Options of {@link loadZonesStream}: those of {@link loadZones}, and one more. */
export interface LoadStreamOptions extends LoadOptions {
  /**
   * A FeatureCollection that stops being JSON after its features began (cut short, a stray
   * character) is read again whole, to word the problem exactly as {@link loadZones} would, when
   * the input can be reopened and is at most this many bytes; larger files get the streaming
   * reader's own `invalid-json` message.
   */
  rereadMaxBytes: number;
}

/** Defaults of {@link LoadStreamOptions}. */
export const defaultLoadStreamOptions: LoadStreamOptions = {
  // The rest as in defaultLoadOptions, spelt out because load-zones.ts imports this file.
  // The file's own crs member, else longitude/latitude.
  crs: null,
  // Default column aliases only.
  fieldMap: {},
  // Built-in status synonyms only.
  statusValues: {},
  // Name used in messages.
  fileName: 'input',
  // Never aborted.
  signal: null,
  // Zones are kept in the result.
  zoneSink: null,
  // The file settles its own date order.
  dateOrder: null,
  // The non-zero reading of a broken outline.
  repair: 'nonzero',
  // defaultInputLimits.
  limits: {},
  // The first layer of polygons.
  layer: null,
  // 64 MiB: reading that much whole stays far below Node's default heap.
  rereadMaxBytes: 64 * 1024 * 1024,
};

/**
 * Loads zones like {@link loadZones}, from chunks of bytes, in memory proportional to the accepted
 * zones rather than to the file: a GeoJSON FeatureCollection (UTF-8, with or without a byte order
 * mark) is read one feature at a time, each batch reprojected and validated as it arrives, and
 * only accepted zones are kept. A national file of a million features (about 1 GB) loads at
 * Node's default heap this way.
 *
 * Every other input — KML, GPX, zipped shapefiles, GeoJSON text sequences, UTF-16, a single
 * Feature or geometry, text that is not JSON — is gathered whole and read exactly as
 * {@link loadZones} reads it. The result is the same as {@link loadZones} on the same bytes, with
 * two exceptions, both only for inputs that cannot be reopened (pass a function returning the
 * chunks to allow it) or, for the first, are larger than `rereadMaxBytes`:
 *
 * - a FeatureCollection that stops being valid JSON after its features began gets an
 *   `invalid-json` issue worded by the streaming reader (the reason and line/column are the same
 *   as JSON.parse's for a problem inside a feature);
 * - a legacy `crs` member written after `features` (GDAL and QGIS write it before): with a
 *   reopenable input the file is simply read a second time with that CRS; otherwise every feature
 *   is rejected with an `unsupported-crs` error saying to move the member or pass the CRS, rather
 *   than reading projected coordinates as degrees.
 *
 * Rejects with the source's own error when reading fails, and with the signal's reason on abort.
 *
 * @param input The file's bytes in chunks of any size, or a function that opens them.
 * @example
 * import { createReadStream } from 'node:fs';
 * const result = await loadZonesStream(() => createReadStream('national.geojson'), { fileName: 'national.geojson' });
 * result.accepted + result.rejected; // features in the file
 */
export async function loadZonesStream(input: ChunkInput, options: Partial<LoadStreamOptions> = {}): Promise<LoadResult> {
  const settings: LoadStreamOptions = { ...defaultLoadStreamOptions, ...options };
  const limits = resolveInputLimits(settings.limits);
  const open = typeof input === 'function' ? input : null;
  if (open === null && !isAsyncIterable(input as unknown)) {
    throw new Error(
      `loadZonesStream: input must be an async iterable of Uint8Array chunks (e.g. fs.createReadStream(path)) or a function returning one; got ${input === null ? 'null' : typeof input}`,
    );
  }
  const sink = settings.zoneSink;
  const sinkStart = sink?.length ?? 0;
  // Every result leaves the sink holding exactly this file's accepted zones after what it held
  // before: a streamed pass put them there itself; anything else (a second pass, a whole read, a
  // file given up on) replaces whatever a pass streamed into it.
  const settle = (result: LoadResult): LoadResult => {
    if (sink === null || (result.zones.length === 0 && sink.length - sinkStart === result.accepted)) return result;
    sink.truncate(sinkStart);
    return moveIntoSink(result, sink);
  };
  try {
    return await readSettled(input, open, settings, limits, sinkStart, settle);
  } catch (error) {
    // A source that fails part-way (a lost connection, a service page that errs) rejects the whole
    // load: the zones of the part already read leave the sink, so nothing is half-counted.
    sink?.truncate(sinkStart);
    throw error;
  }
}

/** The body of {@link loadZonesStream}: every pass, each result settled into the sink. */
async function readSettled(
  input: ChunkInput,
  open: (() => AsyncIterable<Uint8Array>) | null,
  settings: LoadStreamOptions,
  limits: InputLimits,
  sinkStart: number,
  settle: (result: LoadResult) => LoadResult,
): Promise<LoadResult> {
  const nothing = (issue: ValidationIssue): LoadResult => settle({ fileName: settings.fileName, format: null, zones: [], issues: [issue], accepted: 0, rejected: 0 });
  try {
    return await readPasses(input, open, settings, limits, sinkStart, settle);
  } catch (error) {
    if (error instanceof GzipDataError) return nothing(parseIssue('unreadable-file', null, gzipFailureMessage(settings.fileName, error)));
    if (error instanceof InputLimitError) return nothing(parseIssue('too-large', null, inputLimitMessage(error, settings.fileName)));
    throw error;
  }
}

// The first pass, and a second when the first asks for one.
async function readPasses(
  input: ChunkInput,
  open: (() => AsyncIterable<Uint8Array>) | null,
  settings: LoadStreamOptions,
  limits: InputLimits,
  sinkStart: number,
  settle: (result: LoadResult) => LoadResult,
): Promise<LoadResult> {
  // FlatGeobuf is a stream of features by design: recognised by its first bytes, it is read as
  // one, whatever the source, within the limit on bytes; everything else starts as a possible
  // FeatureCollection.
  const start = await peek(open === null ? (input as AsyncIterable<Uint8Array>) : openChunks(open), FLATGEOBUF_MAGIC.length);
  if (FLATGEOBUF_MAGIC.every((byte, index) => start.head[index] === byte)) {
    // Loaded when a FlatGeobuf arrives, as parseInput loads its readers.
    const { loadFlatGeobufStream } = await import('./load-flat-geobuf-stream.js');
    return settle(await loadFlatGeobufStream(limitChunks(start.chunks, limits.maxBytes, 'maxBytes'), settings, limits));
  }
  const first = await readOnce(start.chunks, settings, limits, null, sinkStart);
  if (first.kind === 'done') return settle(first.result);
  if (first.kind === 'crs-after-features') {
    if (open !== null) {
      const second = await readOnce(openChunks(open), settings, limits, { crs: first.crs }, sinkStart);
      if (second.kind === 'done') return settle(second.result);
      if (second.kind === 'broken') return settle(brokenResult(second.error, settings.fileName));
    }
    return settle(crsAfterFeaturesResult(first, settings));
  }
  if (open !== null) {
    const bytes = await gather(gunzipChunks(openChunks(open)), settings, Math.min(settings.rereadMaxBytes, limits.maxWholeBytes));
    if (bytes !== null) return settle(await validateParsedInput(await parseInput(bytes, settings.fileName, wholeReadOptions(bytes, settings, limits)), settings));
  }
  return settle(brokenResult(first.error, settings.fileName));
}

/** How one pass over the chunks ended. */
type PassOutcome =
  | { kind: 'done'; result: LoadResult }
  | { kind: 'broken'; error: JsonSyntaxError }
  | { kind: 'crs-after-features'; crs: string | null; featureCount: number; entryIssues: ValidationIssue[]; crsIssues: ValidationIssue[] };

// Features are validated in batches of this many: large enough that per-call set-up vanishes,
// small enough that the raw objects waiting for validation stay a few megabytes.
const BATCH_FEATURES = 1000;

/**
 * One pass: streams the features of a FeatureCollection, or gathers the whole input when it turns
 * out not to be one before its features began. `forced` is the CRS a second pass must use;
 * `sinkStart` is how many zones the sink held before this file.
 */
async function readOnce(
  chunks: AsyncIterable<Uint8Array>,
  settings: LoadStreamOptions,
  limits: InputLimits,
  forced: { crs: string | null } | null,
  sinkStart: number,
): Promise<PassOutcome> {
  const { fileName, fieldMap, statusValues, signal, dateOrder, repair } = settings;
  const reader = createFeatureStreamReader({ maxValueChars: limits.maxWholeBytes, maxDepth: limits.maxNestingDepth });
  const decoder = new TextDecoder('utf-8');
  // Bytes are kept until the features array opens: until then the input may be anything, and
  // parseInput must see it whole — but never more than it may read whole.
  let retained: Uint8Array[] | null = [];
  let retainedBytes = 0;
  let overflowed = false;
  let onlyWhiteSpace = true;
  let atStart = true;

  const header: Record<string, unknown> = {};
  let streamed = false;
  let crsInUse: string | null = null;
  let definition: string | null = null;
  let crsError: Error | null = null;
  let featureCount = 0;
  let entryIssues: ValidationIssue[] = [];
  let validationIssues: ValidationIssue[] = [];
  let zones: ZoneFeature[] = [];
  let accepted = 0;
  const sink = settings.zoneSink;
  let seenIds = new Map<string, number>();
  // Ambiguous dates (05/06/2024) are filled in once the whole file has shown its order, in the
  // zones kept here or in the sink: see FileDateOrder for why this beats reading the file twice.
  let fileDates: FileDateOrder = createFileDateOrder(dateOrder);
  let batch: Array<unknown | null> = [];
  let batchStart = 0;
  let ended = false;
  let syntaxError: JsonSyntaxError | null = null;

  const flush = (): void => {
    if (batch.length === 0) return;
    if (crsError === null) {
      const options = { fileName, crs: crsInUse, fieldMap, statusValues, firstIndex: batchStart, seenIds, fileDates, repair };
      accepted += validateBatch(batch, definition, options, { zones, sink, issues: validationIssues });
    }
    batchStart += batch.length;
    batch = [];
  };

  const startFeatures = async (): Promise<void> => {
    // A second "features" member replaces the first, as in JSON.parse: start over.
    streamed = true;
    retained = null;
    featureCount = 0;
    entryIssues = [];
    validationIssues = [];
    zones = [];
    accepted = 0;
    // The sink may hold other files' zones: starting over forgets only this file's.
    sink?.truncate(sinkStart);
    seenIds = new Map();
    fileDates = createFileDateOrder(dateOrder);
    batch = [];
    batchStart = 0;
    crsInUse = forced !== null ? forced.crs : (settings.crs ?? readLegacyCrs(header.crs, fileName, []));
    definition = null;
    crsError = null;
    if (crsInUse !== null && !isWgs84Crs(crsInUse)) {
      try {
        await loadProj4();
        definition = resolveCrs(crsInUse);
      } catch (error) {
        crsError = error as Error;
      }
    }
  };

  // Async only for the one event that may need proj4 loaded (features-start with a projected CRS).
  const handle = async (events: FeatureStreamEvent[]): Promise<void> => {
    for (const event of events) {
      switch (event.type) {
        case 'member':
          defineMember(header, event.key, event.value);
          break;
        case 'features-start':
          await startFeatures();
          defineMember(header, 'features', []);
          break;
        case 'feature': {
          const { feature, issue } = toFeatureEntry(event.value, featureCount, fileName, '');
          if (issue) entryIssues.push(issue);
          checkFeatureLimits(feature, featureCount, limits);
          featureCount++;
          if (featureCount > limits.maxFeatures) {
            throw new InputLimitError('maxFeatures', limits.maxFeatures, `more than ${limits.maxFeatures.toLocaleString('en')} features`);
          }
          batch.push(feature);
          if (batch.length >= BATCH_FEATURES) flush();
          break;
        }
        case 'features-end':
          flush();
          break;
        case 'end':
          ended = true;
          break;
        case 'error':
          syntaxError = event.error;
          break;
      }
    }
  };

  const read = { bytes: 0, unpacked: 0 };
  for await (const chunk of limitChunks(gunzipChunks(countChunks(chunks, read)), limits.maxBytes, 'maxBytes')) {
    signal?.throwIfAborted();
    read.unpacked += chunk?.length ?? 0;
    checkCompressionRatio(read.unpacked, read.bytes, limits);
    if (!(chunk instanceof Uint8Array)) {
      throw new Error(`loadZonesStream: every chunk must be a Uint8Array (or Buffer); got ${chunk === null ? 'null' : typeof chunk}`);
    }
    if (atStart && chunk.length > 0) {
      // Zero bytes or a binary format show in the first bytes: no need to read on.
      const unreadable = recogniseUnreadableStart(chunk, fileName);
      if (unreadable) return { kind: 'done', result: await validateParsedInput(unreadable, settings) };
    }
    if (retained !== null) {
      retainedBytes += chunk.length;
      if (retainedBytes > limits.maxWholeBytes) {
        retained = null;
        overflowed = true;
      } else {
        // The producer may reuse its buffer, so kept bytes are copies.
        retained.push(chunk.slice());
      }
    }
    if (overflowed && (syntaxError !== null || onlyWhiteSpace)) throw tooMuchToReadWhole(limits, onlyWhiteSpace);
    if (syntaxError !== null) {
      if (retained === null) break;
      continue;
    }
    let text = decoder.decode(chunk, { stream: true });
    if (onlyWhiteSpace && !streamed && !/^[ \t\r\n]*$/.test(text)) onlyWhiteSpace = false;
    if (atStart && text.length > 0) {
      atStart = false;
      // TextDecoder drops one byte order mark; parseInput drops a second one too.
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
    }
    await handle(reader.write(text));
  }
  signal?.throwIfAborted();
  if (syntaxError === null) {
    await handle(reader.write(decoder.decode()));
    await handle(reader.end());
  }

  if (syntaxError !== null || !ended) {
    if (overflowed && !streamed) throw tooMuchToReadWhole(limits, onlyWhiteSpace);
    // Not one JSON object: if nothing was streamed yet, the whole input is here for parseInput.
    if (retained !== null) {
      const bytes = concatBytes(retained);
      const parsed = await parseInput(bytes, fileName, wholeReadOptions(bytes, settings, limits));
      return { kind: 'done', result: await validateParsedInput(parsed, settings) };
    }
    return { kind: 'broken', error: syntaxError ?? endOfInputError() };
  }
  if (!streamed || header.type !== 'FeatureCollection') {
    // A Feature, a geometry, something else, or a FeatureCollection whose "features" is not an
    // array: readGeoJson decides, exactly as after JSON.parse (a streamed array is not needed by
    // any of its other answers, so an empty one stands in for it).
    return { kind: 'done', result: await validateParsedInput(readGeoJson(header, fileName), settings) };
  }
  const crsIssues: ValidationIssue[] = [];
  const declaredCrs = readLegacyCrs(header.crs, fileName, crsIssues);
  const crs = forced !== null ? forced.crs : (settings.crs ?? declaredCrs);
  if (crs !== crsInUse) return { kind: 'crs-after-features', crs, featureCount, entryIssues, crsIssues };
  if (featureCount === 0) return { kind: 'done', result: await validateParsedInput(readGeoJson(header, fileName), settings) };
  const issues = [...crsIssues, ...entryIssues];
  if (crsError !== null) {
    issues.push(unknownCrsIssue(fileName, crsError));
    return { kind: 'done', result: { fileName, format: 'geojson', zones: [], issues, accepted: 0, rejected: featureCount } };
  }
  for (const issue of validationIssues) issues.push(issue);
  const dateIssues = settleFileDateOrder(fileDates, fileName, (place, field, date) => {
    if (sink === null) zones[place].properties[field] = date;
    else sink.setDate(sinkStart + place, field, date);
  });
  for (const issue of dateIssues) issues.push(issue);
  return {
    kind: 'done',
    result: { fileName, format: 'geojson', zones, issues, accepted, rejected: featureCount - accepted },
  };
}

const BYTE_ORDER_MARK = 0xfeff;

// The chunks as they come, counting their bytes (before decompression) into `read.bytes`.
async function* countChunks(chunks: AsyncIterable<Uint8Array>, read: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    read.bytes += chunk?.length ?? 0;
    yield chunk;
  }
}

// What parseInput needs from the load options, for inputs read whole. Decompressed bytes that
// start with gzip's magic were a gzip inside a gzip: one level is opened.
function wholeReadOptions(bytes: Uint8Array, settings: LoadStreamOptions, limits: InputLimits): ParseInputOptions {
  return {
    limits,
    insideArchive: bytes[0] === 0x1f && bytes[1] === 0x8b ? settings.fileName : null,
    layer: settings.layer,
    geometryColumn: settings.fieldMap.geometry ?? null,
  };
}

// Input that is not a streamed FeatureCollection is read whole, and this one is too long for that.
function tooMuchToReadWhole(limits: InputLimits, onlyWhiteSpace: boolean): InputLimitError {
  const found = onlyWhiteSpace
    ? `more than ${formatBytes(limits.maxWholeBytes)} of white space and nothing else`
    : `more than ${formatBytes(limits.maxWholeBytes)} that is not a GeoJSON FeatureCollection, so it would have to be read whole`;
  return new InputLimitError('maxWholeBytes', limits.maxWholeBytes, found);
}

function crsAfterFeaturesResult(
  outcome: Extract<PassOutcome, { kind: 'crs-after-features' }>,
  settings: LoadStreamOptions,
): LoadResult {
  const { fileName } = settings;
  const issue = parseIssue(
    'unsupported-crs',
    null,
    `${fileName} declares its coordinate system (${outcome.crs ?? 'none, after an earlier one'}) in a "crs" member that comes after the features, ` +
      'and this input could not be read a second time to apply it, so no feature was accepted rather than reading the coordinates in the wrong system. ' +
      'Pass the CRS (--crs or the crs option), or move "crs" before "features" (ogr2ogr and QGIS write it there).',
  );
  return {
    fileName,
    format: 'geojson',
    zones: [],
    issues: [...outcome.crsIssues, ...outcome.entryIssues, issue],
    accepted: 0,
    rejected: outcome.featureCount,
  };
}

function brokenResult(error: JsonSyntaxError, fileName: string): LoadResult {
  const fix = error.endOfInput
    ? 'The file ends too early: was the export or download cut short? Export or download it again.'
    : 'Look for a missing comma, quote or bracket just before that point, or export the file again from your GIS.';
  const place = error.endOfInput ? '' : ` at line ${error.line}, column ${error.column}`;
  const issue = parseIssue('invalid-json', null, `${fileName} is not valid JSON: ${error.reason}${place}. ${fix}`);
  return { fileName, format: null, zones: [], issues: [issue], accepted: 0, rejected: 0 };
}

function endOfInputError(): JsonSyntaxError {
  return { reason: 'Unexpected end of JSON input', offset: 0, line: 1, column: 1, endOfInput: true };
}

/** Reads every chunk into one array, or returns null as soon as there are more than `maxBytes`. */
async function gather(chunks: AsyncIterable<Uint8Array>, settings: LoadStreamOptions, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    settings.signal?.throwIfAborted();
    total += chunk.length;
    if (total > maxBytes) return null;
    parts.push(chunk.slice());
  }
  return concatBytes(parts);
}


// 'fgb', major version 3, 'fgb' (the eighth byte, the patch version, may be anything).
const FLATGEOBUF_MAGIC = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];

/**
 * Reads chunks until at least `byteCount` bytes have arrived (or the input ends) and returns them
 * with an iterable that yields every chunk again from the start, then the rest: the input is read
 * once, whatever it turns out to be.
 */
async function peek(chunks: AsyncIterable<Uint8Array>, byteCount: number): Promise<{ head: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < byteCount) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    // Copies: the producer may reuse its buffer before the chunk is read again.
    const chunk = next.value instanceof Uint8Array ? next.value.slice() : next.value;
    seen.push(chunk);
    if (chunk instanceof Uint8Array) length += chunk.length;
    else break;
  }
  const head = concatBytes(seen.filter((chunk) => chunk instanceof Uint8Array));
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      yield* seen;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // A consumer that stops early (a limit reached, bad data) must still close the file
      // underneath, or Node closes it at garbage collection with a warning on stderr.
      if (!ended) await iterator.return?.();
    }
  }
  return { head, chunks: replay() };
}

function openChunks(open: () => AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const chunks = open();
  if (!isAsyncIterable(chunks)) {
    throw new Error(`loadZonesStream: the input function must return an async iterable of Uint8Array chunks; got ${chunks === null ? 'null' : typeof chunks}`);
  }
  return chunks;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return value !== null && typeof value === 'object' && typeof (value as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function';
}

// As JSON.parse does: an own data property even for "__proto__", the last duplicate's value in the
// first one's place.
function defineMember(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}
