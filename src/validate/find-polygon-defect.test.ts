import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findPolygonDefect } from './find-polygon-defect.js';

const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
const holeAt = (x: number, y: number, size = 1) => [
  [x, y],
  [x, y + size],
  [x + size, y + size],
  [x + size, y],
  [x, y],
];

describe('findPolygonDefect', () => {
  test('finds no defect in a polygon with holes inside it', () => {
    expect(findPolygonDefect([[square, holeAt(1, 1), holeAt(5, 5, 3)]])).toBeNull();
  });

  test('finds a hole outside its exterior ring', () => {
    expect(findPolygonDefect([[square, holeAt(1, 1), holeAt(12, 12)]])).toEqual({
      kind: 'hole-outside',
      polygonA: 0,
      ringA: 2,
      polygonB: 0,
      ringB: 0,
      x: 12,
      y: 12,
    });
  });

  test('finds a hole inside another hole', () => {
    expect(findPolygonDefect([[square, holeAt(2, 2, 6), holeAt(0.5, 0.5), holeAt(4, 4)]])).toEqual({
      kind: 'nested-holes',
      polygonA: 0,
      ringA: 3,
      polygonB: 0,
      ringB: 1,
      x: 4,
      y: 4,
    });
  });

  test('finds a polygon inside another polygon', () => {
    const inner = [[2, 2], [3, 2], [3, 3], [2, 3], [2, 2]];
    const apart = [[20, 20], [21, 20], [21, 21], [20, 21], [20, 20]];
    expect(findPolygonDefect([[apart], [square], [inner]])).toEqual({
      kind: 'nested-polygons',
      polygonA: 2,
      ringA: 0,
      polygonB: 1,
      ringB: 0,
      x: 2,
      y: 2,
    });
  });

  test('accepts an island standing in another polygon’s hole', () => {
    const island = [[4, 4], [5, 4], [5, 5], [4, 5], [4, 4]];
    expect(findPolygonDefect([[square, holeAt(3, 3, 4)], [island]])).toBeNull();
  });

  test('reports edge contacts before misplaced rings', () => {
    expect(findPolygonDefect([[square, holeAt(9, 5, 2)]])).toMatchObject({ kind: 'crossing' });
  });
});

interface ValidityCase {
  kind: string;
  polygons: number[][][][];
  isValid: boolean;
  reason: string;
}

// 200 seeded random polygons judged by GEOS; see test/fixtures/make-polygon-validity.py.
const cases = JSON.parse(
  readFileSync(new URL('../../test/fixtures/polygon-validity.json', import.meta.url), 'utf8'),
) as ValidityCase[];

describe.each([
  ['all pairs', 1e9],
  ['flatbush index', 0],
  ['default', undefined],
])('agrees with GEOS is_valid on random polygons (%s)', (_, bruteForceMaxSegments) => {
  test.each(cases.map((testCase, index) => [index, testCase.kind, testCase.reason, testCase] as const))(
    'case %i (%s): %s',
    (_index, _kind, _reason, testCase) => {
      const options = bruteForceMaxSegments === undefined ? {} : { bruteForceMaxSegments };
      expect(findPolygonDefect(testCase.polygons, options) === null).toBe(testCase.isValid);
    },
  );
});
