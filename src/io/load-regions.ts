import type { ValidationIssue } from '../validate/issue-codes.js';
import type { RepairReading } from '../validate/repair-geometry.js';
import { validateRegions, type RegionFeature } from '../validate/validate-regions.js';
import type { InputFormat } from './load-result.js';
import { parseInput } from './parse-input.js';
import { parseIssue } from './parse-issue.js';
import { readTopoJson } from './read-topojson.js';
import { reprojectFeatures } from './reproject-features.js';
import { isWgs84Crs, resolveCrs } from './resolve-crs.js';
import { loadProj4 } from './load-proj4.js';
import { bytesSource } from './bytes-source.js';
import { stringSource } from './string-source.js';
import { unknownCrsIssue } from './validate-parsed-input.js';
import { regionFileError } from './region-file-error.js';
import type { ZoneSource } from './zone-source.js';

export type { RegionFeature } from '../validate/validate-regions.js';

/** Options of {@link loadRegions} and {@link loadRegionFile}. */
export interface LoadRegionsOptions {
  /** CRS of the coordinates when the file does not declare it. */
  crs: string | null;
  /** Name used in messages when the input is a string or bytes. */
  fileName: string;
  /** Property holding each region's id, used in messages; null: the feature id, then shapeID, id, ID, code, CODE. */
  regionIdField: string | null;
  /** Which reading of a broken outline is counted where the two differ, as for zones (`--repair`). */
  repair: RepairReading;
}

/** Defaults of {@link LoadRegionsOptions}. */
export const defaultLoadRegionsOptions: LoadRegionsOptions = { crs: null, fileName: 'regions', regionIdField: null, repair: 'nonzero' };

/** What {@link loadRegionFile} returns: the usable regions and every problem found. */
export interface RegionLoadResult {
  /** Name of the file or URL, used in messages. */
  fileName: string;
  /** The format the file was read as; null when it could not be read at all. */
  format: InputFormat | 'topojson' | null;
  /** Valid region polygons (repaired where needed), in file order; a region with an `error` issue is not among them. */
  regions: RegionFeature[];
  /** Whole-file issues (`feature: null`), then each region's, as for zones. */
  issues: ValidationIssue[];
}

/**
 * Reads region polygons (districts) from GeoJSON, TopoJSON (every object of the topology), KML or
 * a zipped shapefile, as carefully as zones: a file that cannot be read (empty, not JSON, a broken
 * TopoJSON, an unknown CRS, no regions at all) gives one whole-file issue, and every region goes
 * through the zones' geometry checks and repairs (`validateRegions`), its issues naming the file,
 * the feature index and the region's id or name. Never throws for bad data; rejects only when the
 * source itself cannot be read (a missing file, an HTTP error).
 *
 * @example
 * const { regions, issues } = await loadRegionFile(pathSource('districts.topojson'));
 */
export async function loadRegionFile(
  input: ZoneSource | string | Uint8Array,
  options: Partial<LoadRegionsOptions> = {},
): Promise<RegionLoadResult> {
  const { crs: crsOption, fileName: fallbackName, regionIdField, repair } = { ...defaultLoadRegionsOptions, ...options };
  const source =
    typeof input === 'string' ? stringSource(input, fallbackName)
    : input instanceof Uint8Array ? bytesSource(input, fallbackName)
    : input;
  const bytes = await source.read();
  const fileName = source.name;
  const nothing = (format: RegionLoadResult['format'], issues: ValidationIssue[]): RegionLoadResult => ({ fileName, format, regions: [], issues });

  const topology = readTopology(bytes);
  let format: RegionLoadResult['format'];
  let features: Array<unknown | null>;
  let declaredCrs: string | null = null;
  let alreadyWgs84 = false;
  const issues: ValidationIssue[] = [];
  if (topology !== null) {
    const read = readTopoJson(topology, fileName);
    if (read.issues.length > 0) return nothing(null, read.issues);
    format = 'topojson';
    features = read.features;
  } else {
    const parsed = await parseInput(bytes, fileName);
    if (parsed.issues.some((issue) => issue.severity === 'error' && issue.feature === null)) return nothing(parsed.format, parsed.issues);
    for (const issue of parsed.issues) issues.push(issue);
    format = parsed.format;
    features = parsed.features;
    declaredCrs = parsed.declaredCrs;
    alreadyWgs84 = parsed.reprojected;
  }
  if (features.length === 0) {
    return nothing(format, [...issues, parseIssue('empty', null, `${fileName} holds no regions; give a file of district polygons (GeoJSON, TopoJSON, KML or a zipped shapefile).`)]);
  }
  const crs = alreadyWgs84 ? null : (crsOption ?? declaredCrs);
  if (crs !== null && !isWgs84Crs(crs)) {
    try {
      await loadProj4();
      features = reprojectFeatures(features, resolveCrs(crs));
    } catch (error) {
      return nothing(format, [...issues, unknownCrsIssue(fileName, error as Error)]);
    }
  }
  const validated = validateRegions(features, { fileName, crs, idField: regionIdField, repair });
  for (const issue of validated.issues) issues.push(issue);
  if (validated.regions.length === 0 && !issues.some((issue) => issue.severity === 'error')) {
    issues.push(parseIssue('empty', null, `${fileName} holds no usable regions; give a file of district polygons.`));
  }
  return { fileName, format, regions: validated.regions, issues };
}

/**
 * Reads region polygons like {@link loadRegionFile}, for callers that want the regions or nothing:
 * resolves to the valid (repaired) regions, and rejects with one sentence — the first error's
 * message, and how many more there are — when the file cannot be read or any region is
 * rejected, since a missing district would move its land to "outside every region". Repair
 * warnings are not returned: use {@link loadRegionFile} (and pass its result to `summarize`) to
 * see them.
 *
 * @example
 * const regions = await loadRegions(pathSource('districts.topojson'));
 */
export async function loadRegions(
  input: ZoneSource | string | Uint8Array,
  options: Partial<LoadRegionsOptions> = {},
): Promise<RegionFeature[]> {
  const result = await loadRegionFile(input, options);
  const error = regionFileError(result);
  if (error !== null) throw new Error(error);
  return result.regions;
}

function readTopology(bytes: Uint8Array): unknown | null {
  // Only a small prefix is decoded to recognise TopoJSON before committing to a full parse.
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  if (!/"type"\s*:\s*"Topology"/.test(head)) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    return (value as { type?: unknown } | null)?.type === 'Topology' ? value : null;
  } catch {
    return null;
  }
}
