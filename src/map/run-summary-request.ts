import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bytesSource, loadRegions, loadZones, stringSource, summarize, urlSource } from '../index.js';
import type { LoadOptions, LoadResult, Summary } from '../index.js';

/** Where the zones come from: a URL, bytes or text of a file, or an earlier load (to re-summarise). */
export type ZoneInput =
  | { url: string }
  | { bytes: Uint8Array; fileName: string }
  | { text: string; fileName: string }
  | { loaded: LoadResult };

/** Where the region (district) polygons come from, like {@link ZoneInput}; or features already read. */
export type RegionInput =
  | { url: string }
  | { bytes: Uint8Array; fileName: string }
  | { text: string; fileName: string }
  | { features: Feature<Polygon | MultiPolygon>[] };

/** One job for the summary worker (or its main-thread fallback): load, then summarise. */
export interface SummaryRequest {
  zones: ZoneInput;
  /** Regions to report by; null groups by the zones' `region` property. */
  regions: RegionInput | null;
  /** Loading options (CRS, field map, status spellings); `signal` is the client's own business. */
  load?: Partial<Omit<LoadOptions, 'signal'>>;
  /** Period and region options of `summarize()`. */
  summarize?: { from?: string | null; to?: string | null; regionField?: string | null; regionIdField?: string | null; reportedAreaTolerance?: number };
}

/** What a {@link SummaryRequest} gives back. */
export interface SummaryResult {
  /** The loaded zones and their issues (the same object when the request passed `loaded`). */
  load: LoadResult;
  /** The region polygons used, so the next request can pass them as `features`; null without regions. */
  regions: Feature<Polygon | MultiPolygon>[] | null;
  /** What `summarize()` returned: the same JSON as `cleared-land report --format json`. */
  summary: Summary;
}

/**
 * Runs a summary request: reads the zones and regions, then `summarize()`. The worker and the
 * main-thread fallback both call this, so they cannot disagree. Rejects (with the loader's message)
 * only when a file cannot be fetched or regions are unusable; bad zones become issues.
 *
 * @example
 * const { summary } = await runSummaryRequest({ zones: { url: 'zones.geojson' }, regions: null });
 */
export async function runSummaryRequest(request: SummaryRequest, signal?: AbortSignal): Promise<SummaryResult> {
  const [load, regions] = await Promise.all([readZones(request, signal), readRegions(request.regions)]);
  signal?.throwIfAborted();
  const options = request.summarize ?? {};
  const summary = summarize(load, {
    regions,
    from: options.from ?? null,
    to: options.to ?? null,
    regionField: options.regionField ?? null,
    regionIdField: options.regionIdField ?? null,
    ...(options.reportedAreaTolerance !== undefined ? { reportedAreaTolerance: options.reportedAreaTolerance } : {}),
  });
  return { load, regions, summary };
}

async function readZones(request: SummaryRequest, signal?: AbortSignal): Promise<LoadResult> {
  const input = request.zones;
  if ('loaded' in input) return input.loaded;
  const options = { ...request.load, signal: signal ?? null };
  if ('url' in input) return loadZones(urlSource(input.url), options);
  if ('bytes' in input) return loadZones(bytesSource(input.bytes, input.fileName), options);
  if ('text' in input) return loadZones(stringSource(input.text, input.fileName), options);
  throw new Error('runSummaryRequest: zones must be { url }, { bytes, fileName }, { text, fileName } or { loaded }');
}

async function readRegions(input: RegionInput | null): Promise<Feature<Polygon | MultiPolygon>[] | null> {
  if (input === null) return null;
  if ('features' in input) return input.features;
  if ('url' in input) return loadRegions(urlSource(input.url));
  if ('bytes' in input) return loadRegions(bytesSource(input.bytes, input.fileName));
  if ('text' in input) return loadRegions(stringSource(input.text, input.fileName));
  throw new Error('runSummaryRequest: regions must be { url }, { bytes, fileName }, { text, fileName }, { features } or null');
}
