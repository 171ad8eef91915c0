import type { Position } from 'geojson';
import { ringSignedArea } from './ring-signed-area.js';

/** How many rings {@link orientRings} rewound. */
export interface RewoundRings {
  /** Exterior rings that ran clockwise. */
  exteriorCount: number;
  /** Holes that ran counterclockwise. */
  holeCount: number;
}

/**
 * Winds rings as RFC 7946 §3.1.6 asks: exterior rings counterclockwise, holes clockwise. Replaces a
 * wrongly wound ring in its polygon's ring list by a reversed copy (the ring arrays themselves may be
 * the input's and are never changed), and says how many it rewound. Rings must not be flat.
 *
 * @example
 * const polygons = [[[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]];
 * orientRings(polygons); // { exteriorCount: 1, holeCount: 0 }
 * polygons[0][0]; // [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
 */
export function orientRings(polygons: Position[][][]): RewoundRings {
  let exteriorCount = 0;
  let holeCount = 0;
  for (const rings of polygons) {
    for (let r = 0; r < rings.length; r++) {
      const isCounterclockwise = ringSignedArea(rings[r]) > 0;
      if (r === 0 && !isCounterclockwise) exteriorCount++;
      else if (r > 0 && isCounterclockwise) holeCount++;
      else continue;
      rings[r] = rings[r].slice().reverse();
    }
  }
  return { exteriorCount, holeCount };
}
