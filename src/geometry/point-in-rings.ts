import type { Position } from 'geojson';

/**
 * Whether a point lies inside a set of polygons given as rings (even–odd rule over every ring, so
 * holes and several parts are handled alike). A point exactly on an edge may go either way.
 *
 * @example
 * pointInRings([46.8, 39.5], district.geometry.coordinates);
 */
export function pointInRings(point: Position, polygons: readonly (readonly (readonly Position[])[])[]): boolean {
  const x = point[0];
  const y = point[1];
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
        const [xi, yi] = ring[index];
        const [xj, yj] = ring[previous];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
