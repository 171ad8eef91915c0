import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A region to report by: its name and its land (features of the same name merged). */
export interface ResolvedRegion {
  /** The name shown in the report's row. */
  name: string;
  /** The region's land: every polygon of every feature that carries this name. */
  geometry: MultiPolygon;
}

/** Properties tried, in order, for a region's name when no field is named. */
export const DEFAULT_REGION_FIELDS = ['name', 'shapeName', 'NAME', 'region'] as const;

/**
 * Checks region features and names them. A name comes from `regionField` when given (it must be
 * present on every region), otherwise from the first of name, shapeName, NAME, region that is
 * set, then the feature id, then "region N". Features sharing a name become one region (district
 * files often split a district into several features), kept at the first one's place.
 *
 * @throws Error when `regions` is not an array or FeatureCollection, when a region is not a
 * Polygon or MultiPolygon feature, or when a named `regionField` is missing.
 * @example
 * resolveRegions(districts, 'shapeName'); // [{ name: 'Fuzuli District', geometry: {…} }, …]
 */
export function resolveRegions(
  regions: readonly Feature[] | FeatureCollection,
  regionField: string | null,
): ResolvedRegion[] {
  const features = Array.isArray(regions) ? regions : (regions as FeatureCollection | null)?.features;
  if (!Array.isArray(features)) {
    throw new Error(`regions must be an array of Polygon or MultiPolygon features or a FeatureCollection; got ${describe(regions)}`);
  }
  const byName = new Map<string, ResolvedRegion>();
  features.forEach((feature, index) => {
    const type = (feature as Feature | null)?.geometry?.type ?? 'feature without geometry';
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`regions must be Polygon or MultiPolygon features; region ${index} is a ${type}. Remove it or pass district polygons only.`);
    }
    const geometry = feature.geometry as Polygon | MultiPolygon;
    const name = regionName(feature, index, regionField);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const existing = byName.get(name);
    if (existing) existing.geometry.coordinates.push(...polygons);
    else byName.set(name, { name, geometry: { type: 'MultiPolygon', coordinates: [...polygons] } });
  });
  return [...byName.values()];
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

function isName(value: unknown): value is string | number {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? `an object of type ${type}` : 'an object';
}
