import type { Position } from 'geojson';

/**
 * Whether a ring is flat: every position lies on one line (or on one point), up to rounding, so
 * that it encloses no area whatever its shape; a ring narrower than
 * {@link POINT_RING_MAX_SPAN_DEGREES} in every direction counts as one point. Tested by distance from the line through the first
 * position and the one farthest from it, not by the signed area, which is also 0 for a symmetric
 * bowtie that does enclose land.
 *
 * @example
 * isFlatRing([[0, 0], [1, 1], [2, 2], [0, 0]]); // true
 * isFlatRing([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]); // false
 */
export function isFlatRing(ring: Position[]): boolean {
  const x0 = ring[0][0];
  const y0 = ring[0][1];
  let farX = 0;
  let farY = 0;
  let farSquared = 0;
  for (const position of ring) {
    const dx = position[0] - x0;
    const dy = position[1] - y0;
    if (dx * dx + dy * dy > farSquared) {
      farSquared = dx * dx + dy * dy;
      farX = dx;
      farY = dy;
    }
  }
  if (farSquared <= POINT_RING_MAX_SPAN_DEGREES * POINT_RING_MAX_SPAN_DEGREES) return true;
  // |cross| / length is the distance from the line; compare it with FLAT_RING_RELATIVE_WIDTH·length.
  const limit = FLAT_RING_RELATIVE_WIDTH * farSquared;
  for (const position of ring) {
    const cross = farX * (position[1] - y0) - farY * (position[0] - x0);
    if (Math.abs(cross) > limit) return false;
  }
  return true;
}

/**
 * A ring whose positions all lie this close to its first one (degrees; about 0.1 µm on the ground)
 * is a point, whatever its shape: no survey is that fine, and products of such small differences
 * lose their low bits or underflow, so that crossing and winding tests on it disagree with
 * themselves (a ring 10⁻³⁷° wide was accepted, then rejected when validated again).
 */
export const POINT_RING_MAX_SPAN_DEGREES = 1e-12;

/**
 * Widest a ring may be, relative to its length, and still count as flat: rounding noise on a line
 * (about 10⁻¹⁶ relative), never a real zone (a 1 km ring would be under 0.1 µm wide).
 */
export const FLAT_RING_RELATIVE_WIDTH = 1e-10;
