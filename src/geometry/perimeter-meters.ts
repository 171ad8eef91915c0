import geographiclib from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const geodesic = geographiclib.Geodesic.WGS84;

/**
 * Perimeter of a Polygon or MultiPolygon on the WGS84 ellipsoid, in metres: the length of each
 * polygon's outer ring, edges taken as geodesics (GeographicLib's inverse problem, Karney 2013).
 * Holes are not counted, as in pyproj's `Geod.geometry_length`. A ring need not repeat its first
 * position; it is closed either way.
 *
 * @example
 * // A 0.001° square at the equator: about 443 m.
 * perimeterMeters({ type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]] });
 */
export function perimeterMeters(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const rings of polygons) if (rings[0]) total += ringLength(rings[0]);
  return total;
}

function ringLength(ring: readonly Position[]): number {
  let length = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const from = ring[index];
    const to = ring[(index + 1) % ring.length];
    // The closing edge of a ring that repeats its first position has length 0.
    length += geodesic.Inverse(from[1], from[0], to[1], to[0], geographiclib.Geodesic.DISTANCE).s12 ?? 0;
  }
  return length;
}
