import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { fillByLinework } from './fill-by-linework.js';

/** Planar area of polygons (exterior less holes), whatever their winding. */
function planarArea(polygons: Position[][][] | null): number {
  if (polygons === null) throw new Error('fillByLinework gave up');
  const ring = (points: Position[]) => {
    let twice = 0;
    for (let at = 0; at + 1 < points.length; at++) twice += points[at][0] * points[at + 1][1] - points[at + 1][0] * points[at][1];
    return Math.abs(twice / 2);
  };
  return polygons.reduce((sum, rings) => sum + ring(rings[0]) - rings.slice(1).reduce((holes, hole) => holes + ring(hole), 0), 0);
}

// Areas by hand; each case is one GEOS MakeValid gives the same for (see repair-readings.json for
// GEOS-computed cases on the ellipsoid).
describe('fillByLinework', () => {
  test('an outline traced out and back along its own vertices encloses its square', () => {
    const result = fillByLinework([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]])!;
    expect(planarArea(result)).toBe(4);
  });

  test('an outline walked round twice on the same vertices counts once', () => {
    expect(planarArea(fillByLinework([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])!)).toBe(4);
  });

  test('a bowtie is its two triangles', () => {
    const result = fillByLinework([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]])!;
    expect(result).toHaveLength(2);
    expect(planarArea(result)).toBe(2);
  });

  test('a hole inside its exterior is cut out; a hole across it is taken in symmetric difference', () => {
    const exterior = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    expect(planarArea(fillByLinework([exterior, [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]])!)).toBe(15);
    // 16 + 4 − 2 × 1: the part of the hole outside becomes land, the part inside stays a hole.
    expect(planarArea(fillByLinework([exterior, [[3, 3], [5, 3], [5, 5], [3, 5], [3, 3]]])!)).toBe(18);
  });

  test('an edge partly overlapping another is cut where they part, and counted once', () => {
    // The square's bottom edge, then a detour back along part of it: 0–1 is drawn twice.
    expect(planarArea(fillByLinework([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0], [1, 0], [0, 0]]])!)).toBe(4);
  });

  test('a line with no area encloses nothing', () => {
    expect(fillByLinework([[[0, 0], [1, 0], [2, 0], [1, 0], [0, 0]]])).toEqual([]);
  });
});

test('gives up, returning null, on an outline that crosses itself more than MAX_LINEWORK_CROSSINGS times', () => {
  // A zigzag of 800 long edges between two lines, closed: every edge crosses hundreds of others.
  const ring: Position[] = [];
  for (let at = 0; at < 800; at++) ring.push(at % 2 === 0 ? [at, 0] : [799 - at, 10]);
  ring.push(ring[0]);
  expect(fillByLinework([ring])).toBeNull();
});
