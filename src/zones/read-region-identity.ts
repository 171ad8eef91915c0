/** Properties tried, in order, for a region's name when no field is named. */
export const DEFAULT_REGION_FIELDS = ['name', 'shapeName', 'NAME', 'region'] as const;

/**
 * Properties tried, in order, for a region's id when no field is named and the feature has no
 * top-level `id`: geoBoundaries' `shapeID`, then the usual spellings of an id or code column.
 */
export const DEFAULT_REGION_ID_FIELDS = ['shapeID', 'id', 'ID', 'code', 'CODE'] as const;

/** A region feature as far as its identity goes. */
interface RegionLike {
  id?: unknown;
  properties?: Record<string, unknown> | null;
}

/**
 * A region's stable id as text: from `idField` when given, else the feature's top-level `id`,
 * else the first of {@link DEFAULT_REGION_ID_FIELDS} that is set; null when none is. Only
 * non-empty strings (trimmed) and finite numbers count.
 *
 * @example
 * readRegionId({ properties: { shapeID: 'AZE-ADM2-1590546715-B11' } }, null); // 'AZE-ADM2-1590546715-B11'
 * readRegionId({ id: 7, properties: { ADM2_PCODE: 'AZ0701' } }, 'ADM2_PCODE'); // 'AZ0701'
 */
export function readRegionId(feature: RegionLike, idField: string | null): string | null {
  const properties = feature.properties ?? {};
  if (idField !== null) return text(properties[idField]);
  const own = text(feature.id);
  if (own !== null) return own;
  for (const field of DEFAULT_REGION_ID_FIELDS) {
    const value = text(properties[field]);
    if (value !== null) return value;
  }
  return null;
}

/**
 * A region's name from its default name properties ({@link DEFAULT_REGION_FIELDS}), or null
 * when none is set.
 *
 * @example
 * readDefaultRegionName({ properties: { shapeName: 'Fuzuli District' } }); // 'Fuzuli District'
 */
export function readDefaultRegionName(feature: RegionLike): string | null {
  const properties = feature.properties ?? {};
  for (const field of DEFAULT_REGION_FIELDS) {
    const value = text(properties[field]);
    if (value !== null) return value;
  }
  return null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
