import type { ZoneStatus } from '../zones/zone.js';
import type { FieldMap } from '../zones/field-map.js';
import type { DateOrder } from '../zones/normalise-date.js';
import type { RepairReading } from '../validate/repair-geometry.js';
import type { LoadResult } from './load-result.js';
import type { InputLimits } from './input-limits.js';
import { bytesSource } from './bytes-source.js';
import { stringSource } from './string-source.js';
import type { ZoneSource } from './zone-source.js';
import type { ZoneSink } from '../zones/packed-zones.js';

/** Options of {@link loadZones}. */
export interface LoadOptions {
  /** CRS of the coordinates when the file does not say (or says wrongly): an EPSG code or proj4 definition. */
  crs: string | null;
  /** Maps cleared-land's property names to the file's column names, e.g. `{ status: 'Hazard_Typ' }`. */
  fieldMap: FieldMap;
  /** Extra status spellings, e.g. `{ 'Closed - Cleared': 'cleared' }`; they win over the built-in synonyms. */
  statusValues: Record<string, ZoneStatus>;
  /** Name used in messages when the input is a string or bytes. */
  fileName: string;
  /** Aborts reading (e.g. when a newer file is opened). */
  signal: AbortSignal | null;
  /**
   * Where to keep accepted zones instead of `result.zones` (then empty), e.g. a `PackedZones`,
   * which holds a national file in a fraction of the memory; null: in `result.zones`.
   */
  zoneSink: ZoneSink | null;
  /**
   * How the file writes dates whose year is last: `dmy` (25/05/2024), `mdy` (05/25/2024), or `ymd`
   * (year first; year-last dates are refused). Null: the file settles it — one date that reads only
   * one way (25/05/2024) decides for all — and otherwise ambiguous dates are missing, with one
   * `ambiguous-date` warning.
   */
  dateOrder: DateOrder | null;
  /**
   * Which reading of a broken outline to count where the two honest ones differ by more than 1 % of
   * its area (an `ambiguous-repair` warning gives both): `nonzero` (the default), the land the
   * outline winds round; `linework`, GEOS MakeValid's reading, as QGIS "Fix geometries" gives it.
   */
  repair: RepairReading;
  /**
   * Limits on what is read (bytes, features, vertices, nesting…), merged over
   * `defaultInputLimits`; an input past one is not read, with one `too-large` issue.
   */
  limits: Partial<InputLimits>;
  /** The GeoPackage layer (table) to read; null: the first layer of polygons. Other formats ignore it. */
  layer: string | null;
}

/** Defaults of {@link LoadOptions}. */
export const defaultLoadOptions: LoadOptions = {
  crs: null,
  fieldMap: {},
  statusValues: {},
  fileName: 'input',
  signal: null,
  zoneSink: null,
  dateOrder: null,
  repair: 'nonzero',
  limits: {},
  layer: null,
};

/**
 * Reads a file of surveyed zones — GeoJSON (collection, feature, geometry, text sequence), KML, GPX,
 * a zipped shapefile, a GeoPackage layer, FlatGeobuf or a CSV/TSV table with WKT — reprojects it to
 * WGS84 when a CRS is declared or given, and validates every feature, within `limits` (an input
 * past one is one `too-large` issue; see InputLimits). Never throws for bad data: every problem is an issue, and
 * `accepted + rejected` always equals the number of features in the input.
 *
 * A source that can stream (`pathSource` from `cleared-land/node`) is read with
 * {@link loadZonesStream}: a FeatureCollection is then validated feature by feature as it is read,
 * so files far larger than a whole read allows (a million features, 1 GB) load at Node's default heap.
 * Strings, bytes and URLs are read the same way from memory, so their limits are the same.
 *
 * The reading and validating pipeline is imported on the first call, while the input is read: an
 * application's first bundle does not carry it (19.5 kB gzipped) until zones are loaded.
 *
 * @example
 * const result = await loadZones('{"type":"FeatureCollection","features":[]}', { fileName: 'zones.geojson' });
 * result.issues[0].code; // 'empty'
 */
export async function loadZones(
  input: ZoneSource | string | Uint8Array | ArrayBuffer,
  options: Partial<LoadOptions> = {},
): Promise<LoadResult> {
  const { crs: crsOption, fieldMap, statusValues, fileName: fallbackName, signal, zoneSink, dateOrder, repair, limits, layer } = {
    ...defaultLoadOptions,
    ...options,
  };
  const source = toSource(input, fallbackName);
  const fileName = source.name;
  if (typeof source.stream === 'function') {
    // Sources that can stream (Node paths) go through the streaming reader: the same result, in
    // memory proportional to the accepted zones instead of the file.
    const stream = source.stream.bind(source);
    const { loadZonesStream } = await import('./load-zones-stream.js');
    return loadZonesStream(() => stream(signal ?? undefined), { crs: crsOption, fieldMap, statusValues, fileName, signal, zoneSink, dateOrder, repair, limits, layer });
  }
  // The pipeline's chunk downloads while the input is read (see above).
  const [bytes, { loadZonesStream }] = await Promise.all([source.read(signal ?? undefined), import('./load-zones-stream.js')]);
  signal?.throwIfAborted();
  // Bytes already in memory are read like a stream of them too: a large FeatureCollection is then
  // validated feature by feature, and every limit applies as it does to a file.
  return loadZonesStream(() => slices(bytes), { crs: crsOption, fieldMap, statusValues, fileName, signal, zoneSink, dateOrder, repair, limits, layer });
}

// Views, not copies: loadZonesStream copies what it keeps.
async function* slices(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) yield bytes.subarray(start, start + SLICE_BYTES);
}

const SLICE_BYTES = 1024 * 1024;

function toSource(input: ZoneSource | string | Uint8Array | ArrayBuffer, fileName: string): ZoneSource {
  if (typeof input === 'string') return stringSource(input, fileName);
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return bytesSource(input, fileName);
  if (input && typeof (input as ZoneSource).read === 'function') return input as ZoneSource;
  throw new Error(
    `loadZones: input must be a string, bytes, or a source such as urlSource(url) or fileSource(file); got ${describe(input)}`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
