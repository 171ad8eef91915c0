import type { LoadResult, RegionLoadResult, ZoneSource } from 'cleared-land';
import { regionsOf, type RegionInput } from 'cleared-land/map';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** What the viewer shows: the zones as loaded, the districts to report by, and where they came from. */
export interface Dataset {
  /** The loaded zones with their issues and counts. */
  zones: LoadResult;
  /** District polygons, or null to group by the zones' own `region` field. */
  regions: Feature<Polygon | MultiPolygon>[] | null;
  /** The districts file as read, with its issues (repaired districts), which every summary lists. */
  regionLoad: RegionLoadResult | null;
  /** Name of the districts file, for the data card; null without one. */
  regionsName: string | null;
  /** Whether this is the bundled synthetic sample (the header then says so). */
  isSample: boolean;
}

/**
 * A file as the summary worker reads it: a URL (fetched in the worker) or a File the user chose
 * or dropped (the worker gets a handle to it, not a copy), with the name the page shows.
 */
export type FileInput = { url: string; fileName?: string } | { blob: Blob; fileName: string };

/** Where a dataset comes from: the zones' file, and optionally the districts'. */
export interface DatasetSources {
  zones: FileInput;
  /** Districts; `undefined` keeps the districts already on screen, null drops them. */
  regions: FileInput | null | undefined;
  isSample: boolean;
}

/**
 * The districts a dataset is summarised with: those of `sources`, or, when `sources.regions` is
 * undefined, those of the dataset on screen (already read: passed with their issues).
 *
 * @example
 * regionInput({ zones: { blob: file, fileName: file.name }, regions: undefined, isSample: false }, dataset);
 */
export function regionInput(sources: DatasetSources, previous: Dataset | null): RegionInput | null {
  if (sources.regions !== undefined) return sources.regions;
  return previous ? regionsOf(previous) : null;
}

/**
 * The name of the districts file a dataset is summarised with, for the data card.
 *
 * @example
 * regionsName({ zones: { url: 'zones.geojson' }, regions: { url: 'districts.geojson' }, isSample: false }, null); // 'districts.geojson'
 */
export function regionsName(sources: DatasetSources, previous: Dataset | null): string | null {
  if (sources.regions === undefined) return previous?.regionsName ?? null;
  return sources.regions === null ? null : fileNameOf(sources.regions);
}

/**
 * The name a file is shown by: its own name, or the last part of its URL.
 *
 * @example
 * fileNameOf({ url: 'https://example.org/data/zones.geojson' }); // 'zones.geojson'
 */
export function fileNameOf(input: FileInput): string {
  if (input.fileName) return input.fileName;
  return 'url' in input ? input.url : 'input';
}

/**
 * Replaces only the districts of a dataset (a districts file was opened on its own).
 *
 * @example
 * dataset = await withRegions(dataset, fileSource(file));
 */
export async function withRegions(dataset: Dataset, regions: ZoneSource): Promise<Dataset> {
  // The loaders run in the summary worker; a districts file opened alone is read here, so they
  // load now rather than with the page.
  const { loadRegionFile, regionFileError } = await import('./on-request.js');
  const regionLoad = await loadRegionFile(regions);
  const error = regionFileError(regionLoad);
  if (error !== null) throw new Error(error);
  return { ...dataset, regions: regionLoad.regions, regionLoad, regionsName: regions.name };
}
