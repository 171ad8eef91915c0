import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readDefaultRegionName, readRegionId } from '../zones/read-region-identity.js';
import type { ValidationIssue } from './issue-codes.js';
import { repairGeometry, type RepairReading } from './repair-geometry.js';
import { reportIssue, type FeatureContext } from './report-issue.js';

/** A region (district) polygon to report by. */
export type RegionFeature = Feature<Polygon | MultiPolygon>;

/** Options of {@link validateRegions}. */
export interface ValidateRegionsOptions {
  /** Name of the region file or URL; every message starts with it. */
  fileName: string;
  /** The CRS the features were converted from, or null when read as longitude/latitude. */
  crs: string | null;
  /** Property holding each region's id, named in messages; null: the feature id, then shapeID, id, ID, code, CODE. */
  idField: string | null;
  /** Which reading of a broken outline is counted where the two differ (`repairGeometry`'s `repair`). */
  repair: RepairReading;
}

/** Defaults of {@link ValidateRegionsOptions}. */
export const defaultValidateRegionsOptions: ValidateRegionsOptions = {
  // Shown in messages when the caller does not name the file.
  fileName: 'regions',
  // Coordinates are longitude/latitude.
  crs: null,
  // The feature id, then the default id properties.
  idField: null,
  // As for zones: the reading cleared-land has always counted.
  repair: 'nonzero',
};

/** What {@link validateRegions} returns. */
export interface RegionValidation {
  /** Usable regions, repaired where needed, in input order; a region with an `error` is not among them. */
  regions: RegionFeature[];
  /** Every issue, in input order; messages name the file, the feature index and the region's id or name. */
  issues: ValidationIssue[];
}

/**
 * Checks region (district) features exactly as zones' geometries are checked (`repairGeometry`):
 * the same codes, the same safe repairs (a self-intersecting district is repaired by the same
 * polygon union, an unclosed ring closed, winding set — silently, as boundary files wind rings either
 * way), and the same rejections (a point or line,
 * no geometry, coordinates out of range). A message names the file, the region's name (from name, shapeName, NAME or region), the
 * feature index and the id: `districts.geojson, region "Fuzuli District", feature 3 (id AZE-…): ring 0 crosses itself…`.
 * Properties are kept as they are; an entry that is not a Feature is rejected (`not-geojson`); null
 * entries, which the parser already reported, are skipped.
 * Never throws for bad data; bad options do.
 *
 * @example
 * const { regions, issues } = validateRegions(collection.features, { fileName: 'districts.geojson' });
 */
export function validateRegions(features: readonly unknown[], options: Partial<ValidateRegionsOptions> = {}): RegionValidation {
  const { fileName, crs, idField, repair } = { ...defaultValidateRegionsOptions, ...options };
  if (!Array.isArray(features)) {
    throw new Error(`validateRegions: features must be an array of GeoJSON Features (e.g. collection.features); got ${typeof features}.`);
  }
  const regions: RegionFeature[] = [];
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < features.length; index++) {
    const entry = features[index] as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (entry === null) continue;
    const context: FeatureContext = { fileName, featureIndex: index, id: null, issues, subject: 'region' };
    const properties = entry?.properties;
    if (typeof entry !== 'object' || entry === null || entry.type !== 'Feature' || (properties != null && (typeof properties !== 'object' || Array.isArray(properties)))) {
      reportIssue(context, 'not-geojson', 'error', 'this entry is not a GeoJSON Feature with an object of properties; each region must be a Feature with a Polygon or MultiPolygon. The region was rejected.');
      continue;
    }
    const region = { id: entry.id, properties: (properties ?? {}) as Record<string, unknown> };
    context.id = readRegionId(region, idField);
    // The name comes first in the message, so a region without an id is still found by eye.
    const name = readDefaultRegionName(region);
    if (name !== null) context.fileName = `${fileName}, region ${JSON.stringify(name)}`;
    const before = issues.length;
    const geometry = repairGeometry(entry.geometry, context, { crs, repair });
    // Boundary files wind their rings either way (TopoJSON from d3 clockwise, by convention), and a
    // region's winding changes nothing the user does: rewinding it is not worth a line per district.
    for (let at = issues.length - 1; at >= before; at--) if (issues[at].code === 'ring-orientation') issues.splice(at, 1);
    if (geometry === null) continue;
    const feature: RegionFeature = { type: 'Feature', properties: region.properties, geometry };
    if (typeof entry.id === 'string' || typeof entry.id === 'number') feature.id = entry.id;
    regions.push(feature);
  }
  return { regions, issues };
}

