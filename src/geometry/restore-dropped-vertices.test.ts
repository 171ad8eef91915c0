import { expect, test } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from './area.js';
import { dissolve } from './dissolve.js';
import { restoreDroppedVertices } from './restore-dropped-vertices.js';

test('puts the shared corners of two adjacent squares back on the long edges a union made', () => {
  const west = rectangle(0, 0, 1, 1);
  const east = rectangle(1, 0, 2, 1);
  const raw: Position[][][] = [[[[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]]];
  expect(restoreDroppedVertices(raw, [west.coordinates, east.coordinates])).toEqual([[[[0, 0], [1, 0], [2, 0], [2, 1], [1, 1], [0, 1], [0, 0]]]]);
});

test('adjacent lanes dissolve to exactly the sum of their areas, measured on geodesics', () => {
  // 0.005° (430 m) lanes at 40°N whose north ends differ: one geodesic along the merged south edge
  // bulges further north than the lanes' own edges, so without the corners the union measures less.
  const lanes = [rectangle(46.5, 40, 46.505, 40.012), rectangle(46.505, 40, 46.51, 40.011), rectangle(46.51, 40, 46.515, 40.013)];
  const sum = lanes.reduce((total, lane) => total + areaSquareMeters(lane), 0);
  expect(Math.abs(areaSquareMeters(dissolve(lanes)) / sum - 1)).toBeLessThan(1e-12);
});

test('overlapping lanes keep the corner of one that lies on the edge of the other, as GEOS does', () => {
  // The second lane starts inside the first; its south-west corner (46.5025, 40) lies on the first's
  // south edge, where Clipper merges the two collinear edges and keeps no vertex. GEOS nodes it:
  // the union's south edge runs 46.5 → 46.5025 → 46.505 → 46.5075. By hand with the same vertices:
  const first = rectangle(46.5, 40, 46.505, 40.012);
  const second = rectangle(46.5025, 40, 46.5075, 40.011);
  const outline: Polygon = {
    type: 'Polygon',
    coordinates: [[[46.5, 40], [46.5025, 40], [46.505, 40], [46.5075, 40], [46.5075, 40.011], [46.505, 40.011], [46.505, 40.012], [46.5, 40.012], [46.5, 40]]],
  };
  expect(Math.abs(areaSquareMeters(dissolve([first, second])) / areaSquareMeters(outline) - 1)).toBeLessThan(1e-13);
});

test('puts back only input vertices strictly inside an edge and on its line, in order and once', () => {
  const result: Position[][][] = [[[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]];
  const inputs: Position[][][] = [[[[3, 0], [1, 0], [2, 0], [4, 0], [2, 1e-9], [3, 0]]], [[[1, 0], [0, 0], [5, 0], [1, 0]]]];
  // (1,0), (2,0), (3,0) lie on the south edge; (2, 1e-9) is 0.1 mm off it; (0,0) is an end; (5,0) beyond.
  expect(restoreDroppedVertices(result, inputs)).toEqual([[[[0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]]);
});

test('returns the rings it did not change as they are', () => {
  const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
  const restored = restoreDroppedVertices([[ring]], [[[[5, 5], [6, 5], [6, 6], [5, 5]]]]);
  expect(restored[0][0]).toBe(ring);
});

test('does not bring back specks (edges of 1e-12°)', () => {
  // Off the edge by 1e-16°, a ten-thousandth of its length: on an edge that short, not on its line.
  const result: Position[][][] = [[[[0, 0], [2e-12, 0], [2e-12, 1e-12], [0, 0]]]];
  expect(restoreDroppedVertices(result, [[[[1e-12, 1e-16], [0, 0], [2e-12, 0], [1e-12, 1e-16]]]])).toEqual(result);
});

test('never puts back a vertex the result already has (fuzz: it made a spike of a sliver)', () => {
  // C lies on edge A→B (1e-20° off it), but it is a vertex of the ring already: put on A→B too, the
  // ring would run A, C, B and back to C, a spike.
  const [a, b, c] = [[0, 0], [1, 0], [0.5, 1e-20]];
  const result: Position[][][] = [[[a, b, c, a]]];
  expect(restoreDroppedVertices(result, [[[a, b, c, a]]])).toEqual(result);
});

test('puts back no vertex nearer than 10 cm to an end of the edge or to the one before (fuzz: specks and zigzags)', () => {
  // On an edge 1e-5° long: 2e-16° from its start, then 0.5e-5 and 0.5e-5 + 1e-13 from it.
  const result: Position[][][] = [[[[0, 0], [1e-5, 0], [1e-5, 1e-5], [0, 0]]]];
  const inputs: Position[][][] = [[[[2e-16, 0], [0.5e-5, 0], [0.5e-5 + 1e-13, 1e-30], [0, 1], [2e-16, 0]]]];
  expect(restoreDroppedVertices(result, inputs)).toEqual([[[[0, 0], [0.5e-5, 0], [1e-5, 0], [1e-5, 1e-5], [0, 0]]]]);
});

test('leaves edges shorter than 20 cm alone (fuzz: a speck 1e-15° long got a vertex 5e-324° off it, a spike)', () => {
  const result: Position[][][] = [[[[0, 0], [2.220446049250313e-16, 0], [2.220446049250314e-16, -2e-15], [2.220446049250314e-16, 0], [1e-5, 0], [1e-5, 1e-5], [0, 0]]]];
  expect(restoreDroppedVertices(result, [[[[2.220446049250314e-16, -5e-324], [1e-5, 1e-5], [0, 1e-5], [2.220446049250314e-16, -5e-324]]]])).toEqual(result);
});
