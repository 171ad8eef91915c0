import type { Position } from 'geojson';

/**
 * The polygon with the winding RFC 7946 asks for: outer ring counter-clockwise, holes clockwise
 * (planar, in longitude/latitude). Rings already wound that way are returned as they are.
 *
 * @example
 * orientPolygon([[[0, 0], [0, 1], [1, 1], [0, 0]]]); // [[[0, 0], [1, 1], [0, 1], [0, 0]]]
 */
export function orientPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const counterClockwise = signedPlanarArea(ring) > 0;
    return counterClockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

function signedPlanarArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index, index += 1) {
    twiceArea += (ring[previous][0] - ring[index][0]) * (ring[previous][1] + ring[index][1]);
  }
  return twiceArea / 2;
}
