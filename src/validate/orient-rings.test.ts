import { expect, test } from 'vitest';
import { orientRings } from './orient-rings.js';

const ccwSquare = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const cwSquare = [[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]];
const cwHole = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
const ccwHole = [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]];

test('leaves RFC 7946 winding as it is', () => {
  const polygons = [[ccwSquare, cwHole]];
  expect(orientRings(polygons)).toEqual({ exteriorCount: 0, holeCount: 0 });
  expect(polygons[0][0]).toBe(ccwSquare);
  expect(polygons[0][1]).toBe(cwHole);
});

test('reverses clockwise exteriors and counterclockwise holes into copies', () => {
  const polygons = [[cwSquare, ccwHole], [cwSquare]];
  expect(orientRings(polygons)).toEqual({ exteriorCount: 2, holeCount: 1 });
  expect(polygons).toEqual([
    [
      [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
      [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]],
    ],
    [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]],
  ]);
  expect(cwSquare).toEqual([[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]]);
});
