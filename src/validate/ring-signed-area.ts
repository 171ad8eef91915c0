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

/**
 * Whether a ring encloses no area: its planar area is at most {@link FLAT_RING_RELATIVE_AREA} of its
 * bounding box's. Rounding leaves a line-shaped ring a tiny non-zero shoelace sum, so an exact test
 * for 0 would miss diagonal ones; a real 1 km by 1 mm sliver still has 2·10⁻⁶ of its box.
 *
 * @example
 * hasZeroArea([[0, 0], [1, 1], [2, 2], [0, 0]], 0); // true
 */
export function hasZeroArea(ring: Position[], signedArea: number): boolean {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const position of ring) {
    if (position[0] < minX) minX = position[0];
    if (position[0] > maxX) maxX = position[0];
    if (position[1] < minY) minY = position[1];
    if (position[1] > maxY) maxY = position[1];
  }
  return Math.abs(signedArea) <= FLAT_RING_RELATIVE_AREA * (maxX - minX) * (maxY - minY);
}

/** Largest share of its bounding box a ring's area may be and still count as zero. */
export const FLAT_RING_RELATIVE_AREA = 1e-10;
