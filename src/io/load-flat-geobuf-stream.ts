import type { ValidationIssue } from '../validate/issue-codes.js';
import { createFileDateOrder, settleFileDateOrder } from '../zones/file-date-order.js';
import type { ZoneFeature } from '../zones/zone.js';
import type { LoadResult } from './load-result.js';
import type { LoadStreamOptions } from './load-zones-stream.js';
import { readFlatGeobufEntries } from './read-flatgeobuf.js';
import { validateBatch } from './validate-batch.js';
import { isWgs84Crs, resolveCrs } from './resolve-crs.js';
import { unknownCrsIssue } from './validate-parsed-input.js';
import { loadProj4 } from './load-proj4.js';
import { defaultInputLimits, type InputLimits } from './input-limits.js';

/**
 * Loads a FlatGeobuf file from chunks as they arrive: each batch of features is reprojected (from
 * the `crs` option, else the header's CRS) and validated before the next is read, and accepted
 * zones go to the `zoneSink` when there is one, so memory holds one batch and the zones, never
 * the file. The result equals {@link validateParsedInput} over {@link readFlatGeobuf} of the same
 * bytes: whole-file issues first, then each feature's.
 *
 * @param chunks The file's bytes; they start with `fgb\x03fgb`.
 * @param settings The load options.
 * @param limits The limits in force: `maxFeatures` and the per-feature ones are checked here (an
 *   InputLimitError when passed); the caller bounds the bytes (see limitChunks).
 * @example
 * const result = await loadFlatGeobufStream(createReadStream('zones.fgb'), { ...defaultLoadStreamOptions, fileName: 'zones.fgb' });
 */
export async function loadFlatGeobufStream(chunks: AsyncIterable<Uint8Array>, settings: LoadStreamOptions, limits: InputLimits = defaultInputLimits): Promise<LoadResult> {
  const { fileName, fieldMap, statusValues, signal, dateOrder, repair } = settings;
  const sink = settings.zoneSink;
  // Zones already in the sink from earlier files: ambiguous dates are filled in by place.
  const sinkStart = sink?.length ?? 0;
  // Ambiguous dates (05/06/2024) wait until the whole file has shown its order, as in loadZonesStream.
  const fileDates = createFileDateOrder(dateOrder);
  const zones: ZoneFeature[] = [];
  const fileIssues: ValidationIssue[] = [];
  const entryIssues: ValidationIssue[] = [];
  const validationIssues: ValidationIssue[] = [];
  const seenIds = new Map<string, number>();
  let crs: string | null = null;
  let definition: string | null = null;
  let crsError: Error | null = null;
  let readHeader = false;
  let featureCount = 0;
  let accepted = 0;
  let batch: Array<unknown | null> = [];
  let batchStart = 0;

  const flush = (): void => {
    if (batch.length === 0) return;
    if (crsError === null) {
      const options = { fileName, crs, fieldMap, statusValues, firstIndex: batchStart, seenIds, fileDates, repair };
      accepted += validateBatch(batch, definition, options, { zones, sink, issues: validationIssues });
    }
    batchStart += batch.length;
    batch = [];
  };

  for await (const entry of readFlatGeobufEntries(checked(chunks, signal), fileName, limits)) {
    if (entry.type === 'header') {
      readHeader = true;
      crs = settings.crs ?? entry.declaredCrs;
      if (crs !== null && !isWgs84Crs(crs)) {
        try {
          await loadProj4();
          definition = resolveCrs(crs);
        } catch (error) {
          crsError = error as Error;
        }
      }
    } else if (entry.type === 'feature') {
      featureCount++;
      batch.push(entry.feature);
      if (entry.issue) entryIssues.push(entry.issue);
      if (batch.length >= BATCH_FEATURES) flush();
    } else {
      flush();
      fileIssues.push(...entry.issues);
    }
  }
  signal?.throwIfAborted();
  if (!readHeader) return { fileName, format: null, zones: [], issues: fileIssues, accepted: 0, rejected: 0 };
  if (crsError !== null) {
    return { fileName, format: 'flatgeobuf', zones: [], issues: [...fileIssues, ...entryIssues, unknownCrsIssue(fileName, crsError)], accepted: 0, rejected: featureCount };
  }
  const dateIssues = settleFileDateOrder(fileDates, fileName, (place, field, date) => {
    if (sink === null) zones[place].properties[field] = date;
    else sink.setDate(sinkStart + place, field, date);
  });
  return {
    fileName,
    format: 'flatgeobuf',
    zones,
    issues: [...fileIssues, ...entryIssues, ...validationIssues, ...dateIssues],
    accepted,
    rejected: featureCount - accepted,
  };
}

// As in loadZonesStream: large enough that per-call set-up vanishes, small enough to stay megabytes.
const BATCH_FEATURES = 1000;

async function* checked(chunks: AsyncIterable<Uint8Array>, signal: AbortSignal | null): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    if (!(chunk instanceof Uint8Array)) {
      throw new Error(`loadZonesStream: every chunk must be a Uint8Array (or Buffer); got ${chunk === null ? 'null' : typeof chunk}`);
    }
    yield chunk;
  }
}
