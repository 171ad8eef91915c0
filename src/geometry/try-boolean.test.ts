import { expect, test } from 'vitest';
import type { Position } from 'geojson';
import { tryBoolean } from './try-boolean.js';

const planarArea = (polygons: Position[][][]): number =>
  polygons.reduce(
    (total, rings) =>
      total +
      rings.reduce((sum, ring, index) => {
        let twice = 0;
        for (let at = 1; at < ring.length; at += 1) twice += ring[at - 1][0] * ring[at][1] - ring[at][0] * ring[at - 1][1];
        return sum + (index === 0 ? 1 : -1) * Math.abs(twice / 2);
      }, 0),
    0,
  );

// polygon-clipping issue #139: a difference that throws "Unable to complete output ring".
const squareWithHole: Position[][][] = [[
  [[0, 56], [4, 56], [4, 60], [0, 60], [0, 56]],
  [[0.5, 56.4], [0.5, 56.6], [1.5, 56.6], [1.5, 56.4], [0.5, 56.4]],
]];
const cut: Position[][] = [[[2.3000000000000003, 55.6], [0.7000000000000001, 55.6], [0.6999999999999998, 56.4], [2.3, 56.4], [2.3000000000000003, 55.6]]];

test('subtracts where polygon-clipping threw "Unable to complete output ring" (its issue #139)', () => {
  const outcome = tryBoolean('difference', [squareWithHole, cut]);
  expect(outcome.error).toBeNull();
  // 4 × 4 square, minus the 1 × 0.2 hole, minus the 1.6 × 0.4 bite the cut takes from it.
  expect(planarArea(outcome.coordinates!)).toBeCloseTo(16 - 0.2 - 0.64, 9);
});

test('unions near-duplicate vertices that made polygon-clipping throw (its issue #105)', () => {
  const first: Position[][] = [[[52.09201878268657, 21.066591560238315], [52.092021112723586, 21.066581140679013], [52.09203010289693, 21.066589357586885], [52.09202834374171, 21.066597224252533], [52.09201878268657, 21.066591560238315]]];
  const second: Position[][] = [[[52.0920211026463, 21.066581185743026], [52.09202185854843, 21.066577805467524], [52.092031419603565, 21.06658346948174], [52.09202979576923, 21.06659073101369], [52.0920211026463, 21.066581185743026]]];
  const outcome = tryBoolean('union', [first, second]);
  expect(outcome.coordinates).not.toBeNull();
  // The union is at least as large as the larger input and at most the sum of both.
  const area = planarArea(outcome.coordinates!);
  expect(area).toBeGreaterThanOrEqual(Math.max(planarArea([first]), planarArea([second])) * (1 - 1e-6));
  expect(area).toBeLessThanOrEqual((planarArea([first]) + planarArea([second])) * (1 + 1e-6));
});

test('passes results through when nothing fails', () => {
  const outcome = tryBoolean('intersection', [
    [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
    [[[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]],
  ]);
  expect(outcome).toEqual({ coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]], error: null });
});

test('takes Polygon and MultiPolygon operands mixed, as MultiPolygons', () => {
  const polygon: Position[][] = [[[46, 40], [46.02, 40], [46.02, 40.02], [46, 40.02], [46, 40]]];
  const multiPolygon: Position[][][] = [
    [[[46.01, 40.01], [46.03, 40.01], [46.03, 40.03], [46.01, 40.03], [46.01, 40.01]]],
    [[[45.99, 39.99], [46.005, 39.99], [46.005, 40.005], [45.99, 40.005], [45.99, 39.99]]],
  ];
  // By hand: the square 0.02° × 0.02° and the two 0.02° / 0.015° squares overlap it by 0.01² and 0.005²
  // (to 5e-13: the shoelace products at 46°E, 40°N lose ~1e-13 to rounding).
  const expected = {
    union: 0.0004 + 0.0004 + 0.000225 - 0.0001 - 0.000025,
    intersection: 0.0001 + 0.000025,
    difference: 0.0004 - 0.0001 - 0.000025,
  };
  for (const operation of ['union', 'intersection', 'difference'] as const) {
    expect(planarArea(tryBoolean(operation, [polygon, multiPolygon]).coordinates!)).toBeCloseTo(expected[operation], 12);
    expect(tryBoolean(operation, [polygon, multiPolygon])).toEqual(tryBoolean(operation, [[polygon], multiPolygon]));
  }
});
