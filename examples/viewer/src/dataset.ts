import { loadRegions, loadZones, type LoadResult, type ZoneSource } from 'cleared-land';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** What the viewer shows: the zones as loaded, the districts to report by, and where they came from. */
export interface Dataset {
  /** The loaded zones with their issues and counts. */
  zones: LoadResult;
  /** District polygons, or null to group by the zones' own `region` field. */
  regions: Feature<Polygon | MultiPolygon>[] | null;
  /** Name of the districts file, for the data card; null without one. */
  regionsName: string | null;
  /** Whether this is the bundled synthetic sample (the header then says so). */
  isSample: boolean;
}

/** Where a dataset comes from: a source for the zones, and optionally one for the districts. */
export interface DatasetSources {
  zones: ZoneSource;
  /** Districts; `undefined` keeps the districts already on screen, null drops them. */
  regions: ZoneSource | null | undefined;
  isSample: boolean;
}

/**
 * Loads zones and districts together, so that the screen never shows one file's zones against
 * another's districts half-way through. Bad zone data comes back as issues in `zones`; an
 * unreadable file (HTTP error, unreadable districts) rejects with an Error naming the file.
 *
 * @example
 * const dataset = await loadDataset({ zones: urlSource(url), regions: null, isSample: false }, null, signal);
 */
export async function loadDataset(
  sources: DatasetSources,
  previous: Dataset | null,
  signal: AbortSignal,
): Promise<Dataset> {
  const [zones, regions] = await Promise.all([
    loadZones(sources.zones, { signal }),
    sources.regions === undefined
      ? Promise.resolve(previous?.regions ?? null)
      : sources.regions === null
        ? Promise.resolve(null)
        : loadRegions(sources.regions),
  ]);
  signal.throwIfAborted();
  return {
    zones,
    regions,
    regionsName:
      sources.regions === undefined ? (previous?.regionsName ?? null) : (sources.regions?.name ?? null),
    isSample: sources.isSample,
  };
}

/**
 * Replaces only the districts of a dataset (a districts file was opened on its own).
 *
 * @example
 * dataset = await withRegions(dataset, fileSource(file));
 */
export async function withRegions(dataset: Dataset, regions: ZoneSource): Promise<Dataset> {
  return { ...dataset, regions: await loadRegions(regions), regionsName: regions.name };
}
