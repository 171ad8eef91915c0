import { loadedProj4 } from './load-proj4.js';
import { resolveCrs, WGS84_DEFINITION } from './resolve-crs.js';

/**
 * Converts features from a projected or other geographic CRS to WGS 84 longitude/latitude with
 * proj4, for Polygon, MultiPolygon, Point, MultiPoint, LineString, MultiLineString and
 * GeometryCollection geometries.
 *
 * Returns new Feature and geometry objects (properties are shared, not copied) and never changes
 * its input. Whatever is not a position of finite numbers — null entries, missing geometries,
 * unknown types, positions whose x or y is not a finite number — is left exactly as it was, and so is
 * a position proj4 cannot convert (outside the projection's domain), so that validation reports
 * the values the file really holds. A third coordinate (height) and anything after it are kept
 * unchanged: heights do not enter areas, and a datum shift's effect on them is not wanted.
 *
 * @param features Raw features, as {@link parseInput} returns them.
 * @param crs The CRS of the coordinates: a code or definition {@link resolveCrs} accepts.
 * proj4 must be loaded first: `await loadProj4()` (the loaders do this themselves).
 *
 * @throws Error from {@link resolveCrs} when `crs` is unknown, or when proj4 is not loaded.
 * @example
 * await loadProj4();
 * const [feature] = reprojectFeatures(
 *   [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [664544.307, 4428770.473] } }],
 *   'EPSG:32638',
 * );
 * // feature.geometry.coordinates ≈ [46.9274, 39.9931]
 */
export function reprojectFeatures(features: Array<unknown | null>, crs: string): Array<unknown | null> {
  if (!Array.isArray(features)) {
    throw new Error(`reprojectFeatures: features must be an array (parseInput(...).features); got ${features === null ? 'null' : typeof features}`);
  }
  const converter = loadedProj4('reprojectFeatures')(resolveCrs(crs), WGS84_DEFINITION);
  const convert = (position: number[]): number[] => {
    try {
      const [x, y] = converter.forward([position[0], position[1]]);
      return Number.isFinite(x) && Number.isFinite(y) ? [x, y, ...position.slice(2)] : position;
    } catch {
      // proj4 throws for some positions outside a projection's domain; validation names them.
      return position;
    }
  };
  return features.map((feature) => reprojectFeature(feature, convert));
}

type Convert = (position: number[]) => number[];

// How deeply positions are nested in each geometry type's coordinates.
const POSITION_DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function reprojectFeature(feature: unknown, convert: Convert): unknown {
  if (feature === null || typeof feature !== 'object' || !('geometry' in feature)) return feature;
  return { ...feature, geometry: reprojectGeometry(feature.geometry, convert) };
}

// Collections are copied level by level with a stack of their own, not by recursion: JSON.parse
// reads collections nested far deeper than the call stack allows.
function reprojectGeometry(geometry: unknown, convert: Convert): unknown {
  if (!isCollectionWithMembers(geometry)) return reprojectSimpleGeometry(geometry, convert);
  const root: { geometries: unknown[] } = { ...geometry };
  const pending = [root];
  while (pending.length > 0) {
    const collection = pending.pop()!;
    collection.geometries = collection.geometries.map((member) => {
      if (!isCollectionWithMembers(member)) return reprojectSimpleGeometry(member, convert);
      const copy = { ...member };
      pending.push(copy);
      return copy;
    });
  }
  return root;
}

function isCollectionWithMembers(geometry: unknown): geometry is { type: 'GeometryCollection'; geometries: unknown[] } {
  return (
    geometry !== null &&
    typeof geometry === 'object' &&
    (geometry as { type?: unknown }).type === 'GeometryCollection' &&
    Array.isArray((geometry as { geometries?: unknown }).geometries)
  );
}

function reprojectSimpleGeometry(geometry: unknown, convert: Convert): unknown {
  if (geometry === null || typeof geometry !== 'object') return geometry;
  const { type } = geometry as { type?: unknown };
  const depth = typeof type === 'string' ? POSITION_DEPTH[type] : undefined;
  if (depth === undefined || !('coordinates' in geometry)) return geometry;
  return { ...geometry, coordinates: reprojectCoordinates(geometry.coordinates, depth, convert) };
}

function reprojectCoordinates(value: unknown, depth: number, convert: Convert): unknown {
  if (!Array.isArray(value)) return value;
  if (depth === 0) return isPosition(value) ? convert(value) : value;
  return value.map((child) => reprojectCoordinates(child, depth - 1, convert));
}

// Only x and y take part in the conversion; whatever follows them is carried over as it is.
function isPosition(value: unknown[]): value is number[] {
  return typeof value[0] === 'number' && typeof value[1] === 'number' && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}
