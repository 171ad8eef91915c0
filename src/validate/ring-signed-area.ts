import type { Position } from 'geojson';

/**
 * Planar signed area of a closed ring in squared coordinate units (square degrees here), by the
 * shoelace formula: positive when the ring runs counterclockwise (x east, y north), negative when
 * clockwise. Used for winding and for telling flat rings from real ones, never as a measured area
 * (see src/geometry/area.ts for m²). Coordinates are taken relative to the first position, so that
 * the products stay small and a ring along one line sums to exactly or nearly 0.
 *
 * @example
 * ringSignedArea([[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]); // 2
 */
export function ringSignedArea(ring: Position[]): number {
  const x0 = ring[0][0];
  const y0 = ring[0][1];
  let twiceArea = 0;
  for (let i = 1; i < ring.length - 1; i++) {
    twiceArea += (ring[i][0] - x0) * (ring[i + 1][1] - y0) - (ring[i + 1][0] - x0) * (ring[i][1] - y0);
  }
  return twiceArea / 2;
}
