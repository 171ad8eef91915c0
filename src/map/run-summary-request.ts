import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bytesSource, fileSource, loadRegionFile, loadZones, regionFileError, stringSource, summarize, urlSource } from '../index.js';
import type { LoadOptions, LoadResult, RegionLoadResult, Summary, ZoneSource } from '../index.js';
import { drawnZones } from './drawn-zones.js';

/**
 * Where the zones come from: a URL (`fileName` names it in messages instead of the URL), a File or
 * Blob (a dropped file: posting it to the worker passes a handle, not a copy of its bytes), bytes
 * or text of a file, or an earlier load (to re-summarise).
 */
export type ZoneInput =
  | { url: string; fileName?: string }
  | { blob: Blob; fileName: string }
  | { bytes: Uint8Array; fileName: string }
  | { text: string; fileName: string }
  | { loaded: LoadResult };

/**
 * Where the region (district) polygons come from, like {@link ZoneInput}; or a region file read
 * before (`SummaryResult.regionLoad`, whose repair warnings stay in every summary made with it);
 * or features (checked and repaired by `summarize`, named as "regions" in its messages).
 */
export type RegionInput =
  | { url: string; fileName?: string }
  | { blob: Blob; fileName: string }
  | { bytes: Uint8Array; fileName: string }
  | { text: string; fileName: string }
  | { loaded: RegionLoadResult }
  | { features: Feature<Polygon | MultiPolygon>[] };

/**
 * The regions of an earlier result as the next request takes them: the file as read, with its
 * issues, or the features when they were given as features; null without regions.
 *
 * @example
 * const next = await client.run({ zones: { loaded: first.load }, regions: regionsOf(first), summarize: period });
 */
export function regionsOf(result: Pick<SummaryResult, 'regions' | 'regionLoad'>): RegionInput | null {
  if (result.regionLoad) return { loaded: result.regionLoad };
  return result.regions ? { features: result.regions } : null;
}

/** How far a {@link SummaryRequest} has got, for a progress line. */
export interface SummaryProgress {
  /** `loading`: reading and checking the files; `measuring`: dissolving and measuring the zones. */
  stage: 'loading' | 'measuring';
  /** Zones measured so far (0 while loading). */
  measuredZones: number;
  /** Zones to measure (0 while loading: not known yet). */
  totalZones: number;
}

/** Options of {@link runSummaryRequest}. */
export interface RunSummaryOptions {
  /** Stops the downloads of a request no longer wanted; null: runs to the end. */
  signal: AbortSignal | null;
  /** Told when loading starts and after each batch of zones measured; null: nobody is told. */
  onProgress: ((progress: SummaryProgress) => void) | null;
  /** Told once the zones are loaded, before they are measured (the worker sends them on early); null: not told. */
  onLoaded: ((load: LoadResult) => void) | null;
}

/** Defaults of {@link RunSummaryOptions}. */
export const defaultRunSummaryOptions: RunSummaryOptions = {
  // Not cancellable.
  signal: null,
  // No progress reports.
  onProgress: null,
  // Nobody waits for the zones before the figures.
  onLoaded: null,
};

/** One job for the summary worker (or its main-thread fallback): load, then summarise. */
export interface SummaryRequest {
  zones: ZoneInput;
  /** Regions to report by; null groups by the zones' `region` property. */
  regions: RegionInput | null;
  /** Loading options (CRS, field map, status spellings); `signal` is the client's own business. */
  load?: Partial<Omit<LoadOptions, 'signal'>>;
  /** Period and region options of `summarize()`. */
  summarize?: { from?: string | null; to?: string | null; regionField?: string | null; regionIdField?: string | null; reportedAreaTolerance?: number };
  /** Also return the zones as the map draws them (`SummaryResult.drawnZones`); false by default. */
  drawn?: boolean;
}

/** What a {@link SummaryRequest} gives back. */
export interface SummaryResult {
  /** The loaded zones and their issues (the same object when the request passed `loaded`). */
  load: LoadResult;
  /** The region polygons used, as drawn on a map; null without regions. */
  regions: Feature<Polygon | MultiPolygon>[] | null;
  /**
   * The region file as read, with its issues (repaired districts, duplicate names), so the next
   * request can pass it back as `{ loaded: regionLoad }`; null without regions or when they were
   * given as features.
   */
  regionLoad: RegionLoadResult | null;
  /** What `summarize()` returned: the same JSON as `cleared-land report --format json`. */
  summary: Summary;
  /**
   * When the request asked for it (`drawn: true`): `drawnZones(load.zones)` as GeoJSON text in
   * UTF-8, made where the zones were loaded, for `addZoneLayers`' `drawnDataUrl` (a blob: URL of
   * it). Moved, not copied, out of the worker.
   */
  drawnZones?: Uint8Array<ArrayBuffer>;
}

/**
 * Runs a summary request: reads the zones and regions, then `summarize()`. The worker and the
 * main-thread fallback both call this, so they cannot disagree. Rejects (with the loader's message)
 * only when a file cannot be fetched or regions are unusable; bad zones become issues.
 *
 * @example
 * const { summary } = await runSummaryRequest({ zones: { url: 'zones.geojson' }, regions: null });
 */
export async function runSummaryRequest(request: SummaryRequest, options: Partial<RunSummaryOptions> = {}): Promise<SummaryResult> {
  const { signal, onProgress, onLoaded } = { ...defaultRunSummaryOptions, ...options };
  if (!('loaded' in request.zones)) onProgress?.({ stage: 'loading', measuredZones: 0, totalZones: 0 });
  const settings = request.summarize ?? {};
  const [load, regionInput] = await Promise.all([readZones(request, signal), readRegions(request.regions, settings.regionIdField ?? null)]);
  const regions = regionInput === null ? null : Array.isArray(regionInput) ? regionInput : regionInput.regions;
  const regionLoad = regionInput === null || Array.isArray(regionInput) ? null : regionInput;
  signal?.throwIfAborted();
  onLoaded?.(load);
  const drawn = request.drawn ? new TextEncoder().encode(JSON.stringify(drawnZones(load.zones))) : undefined;
  const summary = summarize(load, {
    regions: regionInput,
    from: settings.from ?? null,
    to: settings.to ?? null,
    regionField: settings.regionField ?? null,
    regionIdField: settings.regionIdField ?? null,
    ...(settings.reportedAreaTolerance !== undefined ? { reportedAreaTolerance: settings.reportedAreaTolerance } : {}),
    onProgress: onProgress ? (measuredZones, totalZones) => onProgress({ stage: 'measuring', measuredZones, totalZones }) : null,
  });
  return drawn ? { load, regions, regionLoad, summary, drawnZones: drawn } : { load, regions, regionLoad, summary };
}

async function readZones(request: SummaryRequest, signal: AbortSignal | null): Promise<LoadResult> {
  const input = request.zones;
  if ('loaded' in input) return input.loaded;
  const source = sourceOf(input);
  if (!source) throw new Error('runSummaryRequest: zones must be { url }, { blob, fileName }, { bytes, fileName }, { text, fileName } or { loaded }');
  return loadZones(source, { ...request.load, signal });
}

// A file is read with its issues, which summarize() then reports with the zones'; a file with an
// unusable region rejects, as loadRegions does, since its land would move to "outside every region".
async function readRegions(input: RegionInput | null, regionIdField: string | null): Promise<RegionLoadResult | Feature<Polygon | MultiPolygon>[] | null> {
  if (input === null) return null;
  if ('features' in input) return input.features;
  if ('loaded' in input) return input.loaded;
  const source = sourceOf(input);
  if (!source) throw new Error('runSummaryRequest: regions must be { url }, { blob, fileName }, { bytes, fileName }, { text, fileName }, { loaded }, { features } or null');
  const result = await loadRegionFile(source, { regionIdField });
  const error = regionFileError(result);
  if (error !== null) throw new Error(error);
  return result;
}

function sourceOf(input: ZoneInput | RegionInput): ZoneSource | null {
  if ('url' in input) {
    const source = urlSource(input.url);
    return input.fileName ? renamed(source, input.fileName) : source;
  }
  if ('blob' in input) return renamed(fileSource(input.blob), input.fileName);
  if ('bytes' in input) return bytesSource(input.bytes, input.fileName);
  if ('text' in input) return stringSource(input.text, input.fileName);
  return null;
}

function renamed(source: ZoneSource, name: string): ZoneSource {
  return { ...source, name };
}
