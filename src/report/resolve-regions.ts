import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionLoadResult } from '../io/load-regions.js';
import { regionFileError } from '../io/region-file-error.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { reportIssue } from '../validate/report-issue.js';
import { validateRegions } from '../validate/validate-regions.js';
import { DEFAULT_REGION_FIELDS, readRegionId } from '../zones/read-region-identity.js';

export { DEFAULT_REGION_FIELDS } from '../zones/read-region-identity.js';

/** A region to report by: its name, id and land. */
export interface ResolvedRegion {
  /** The region's name, as the file gives it. */
  name: string;
  /** The region's stable id (the id field, the feature id, or shapeID, id, ID, code, CODE), or null when it has none. */
  id: string | null;
  /** The name shown in the report's row: the name, or "name (id)" when another region has the same name. */
  label: string;
  /** The region's land: every polygon of every feature with this region's id (or, without ids, its name). */
  geometry: MultiPolygon;
}

/** Options of {@link resolveRegions}. */
export interface ResolveRegionsOptions {
  /** Property holding each region's name (it must be present on every region); null: name, shapeName, NAME, region, then the id. */
  regionField: string | null;
  /** Property holding each region's id (it must be present on every region); null: the feature id, then shapeID, id, ID, code, CODE. */
  regionIdField: string | null;
}

/** Defaults of {@link ResolveRegionsOptions}. */
export const defaultResolveRegionsOptions: ResolveRegionsOptions = {
  // The first default name property that is set.
  regionField: null,
  // The feature id, then the default id properties.
  regionIdField: null,
};

/** The regions in row order, and what was found while naming them. */
export interface RegionResolution {
  regions: ResolvedRegion[];
  /** The region file's own issues (repairs), then `duplicate-region-name` findings. */
  issues: ValidationIssue[];
}

/**
 * Checks region features, names them and gives each its id. Regions are rows by id: features that
 * share an id become one region (a district split into several features), and features without any
 * id merge by name, as before ids were read. Regions of the same name but different ids stay
 * separate rows, labelled "Novi Grad (BA-1)" and "Novi Grad (BA-2)", with a `duplicate-region-name`
 * warning on the later one (an `info` when same-named features without ids were merged).
 *
 * A `RegionLoadResult` (from `loadRegionFile`) brings its file name and issues along; features given
 * directly are first checked and repaired like zones (`validateRegions`).
 *
 * @throws Error when `regions` is not an array, FeatureCollection or RegionLoadResult, when a
 * region is rejected by validation (a point or line, no geometry, coordinates out of range), or
 * when a named `regionField` or `regionIdField` is missing on a region.
 * @example
 * resolveRegions(districts, { regionField: 'shapeName' }).regions[0]; // { name: 'Fuzuli District', id: 'AZE-ADM2-…', label: 'Fuzuli District', geometry: {…} }
 */
export function resolveRegions(
  regions: readonly Feature[] | FeatureCollection | RegionLoadResult,
  options: Partial<ResolveRegionsOptions> = {},
): RegionResolution {
  const { regionField, regionIdField } = { ...defaultResolveRegionsOptions, ...options };
  const { fileName, features, issues } = checkedRegions(regions, regionIdField);

  const byKey = new Map<string, ResolvedRegion & { featureIndex: number }>();
  features.forEach((feature, index) => {
    const name = regionName(feature, index, regionField);
    const id = regionIdField === null ? readRegionId(feature, null) : requiredId(feature, index, regionIdField);
    const key = id === null ? `name ${name}` : `id ${id}`;
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const existing = byKey.get(key);
    if (existing) {
      // One by one: push(...polygons) overflows the call stack for a region of 200,000 parts.
      for (const polygon of polygons) existing.geometry.coordinates.push(polygon);
      if (id === null) {
        reportIssue(
          { fileName, featureIndex: index, id: null, issues },
          'duplicate-region-name',
          'info',
          `its name "${name}" is also the name of feature ${existing.featureIndex}, and neither has an id, so they were reported as one region. ` +
            'If they are different districts, give each an id property and name it with --region-id-field (option regionIdField).',
        );
      }
    } else {
      byKey.set(key, { name, id, label: name, geometry: { type: 'MultiPolygon', coordinates: polygons.slice() }, featureIndex: index });
    }
  });

  const rows = [...byKey.values()];
  const byName = new Map<string, typeof rows>();
  for (const row of rows) {
    const same = byName.get(row.name);
    if (same) same.push(row);
    else byName.set(row.name, [row]);
  }
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const row of same) row.label = `${row.name} (${row.id ?? `feature ${row.featureIndex}`})`;
    const [first, ...later] = same;
    for (const row of later) {
      reportIssue(
        { fileName, featureIndex: row.featureIndex, id: row.id, issues },
        'duplicate-region-name',
        'warning',
        `its name "${row.name}" is also the name of feature ${first.featureIndex}${first.id === null ? '' : ` (id ${first.id})`}; ` +
          `both are reported, as separate rows "${first.label}" and "${row.label}". If they are one district, give them the same id.`,
      );
    }
  }
  return { regions: rows.map(({ name, id, label, geometry }) => ({ name, id, label, geometry })), issues };
}

/** The features to resolve, checked and repaired, with the file name and issues so far. */
function checkedRegions(
  regions: readonly Feature[] | FeatureCollection | RegionLoadResult,
  regionIdField: string | null,
): { fileName: string; features: Array<Feature<Polygon | MultiPolygon>>; issues: ValidationIssue[] } {
  if (isRegionLoadResult(regions)) {
    const error = regionFileError(regions);
    if (error !== null) throw new Error(error);
    return { fileName: regions.fileName, features: regions.regions, issues: [...regions.issues] };
  }
  const features = Array.isArray(regions) ? regions : (regions as FeatureCollection | null)?.features;
  if (!Array.isArray(features)) {
    throw new Error(`regions must be an array of Polygon or MultiPolygon features, a FeatureCollection, or loadRegionFile's result; got ${describe(regions)}`);
  }
  const fileName = 'regions';
  const validated = validateRegions(features, { fileName, idField: regionIdField });
  const error = regionFileError({ fileName, format: null, regions: validated.regions, issues: validated.issues });
  if (error !== null) throw new Error(error);
  return { fileName, features: validated.regions, issues: validated.issues };
}

function isRegionLoadResult(value: unknown): value is RegionLoadResult {
  const candidate = value as Partial<RegionLoadResult> | null;
  return typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate) && Array.isArray(candidate.regions) && Array.isArray(candidate.issues);
}

function regionName(feature: Feature, index: number, regionField: string | null): string {
  const properties = feature.properties ?? {};
  if (regionField !== null) {
    const value = properties[regionField];
    if (isName(value)) return String(value).trim();
    const available = Object.keys(properties).join(', ') || 'none';
    throw new Error(`regionField '${regionField}' is missing on region ${index}; its properties are: ${available}. Pass one of those as regionField.`);
  }
  for (const field of DEFAULT_REGION_FIELDS) {
    if (isName(properties[field])) return String(properties[field]).trim();
  }
  if (isName(feature.id)) return String(feature.id);
  return `region ${index}`;
}

function requiredId(feature: Feature, index: number, regionIdField: string): string {
  const id = readRegionId(feature, regionIdField);
  if (id !== null) return id;
  const available = Object.keys(feature.properties ?? {}).join(', ') || 'none';
  throw new Error(`regionIdField '${regionIdField}' is missing on region ${index}; its properties are: ${available}. Pass one of those as regionIdField.`);
}

function isName(value: unknown): value is string | number {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? `an object of type ${type}` : 'an object';
}
