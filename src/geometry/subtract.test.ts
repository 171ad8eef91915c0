import { expect, test } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from './area.js';
import { indexPolygons } from './polygon-index.js';
import { subtract } from './subtract.js';

const LUNE = areaSquareMeters(rectangle(0, 0, 1, 90));
const lunes = (...spans: Array<[number, number]>): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: spans.map(([west, east]) => rectangle(west, 0, east, 90).coordinates),
});

test('subtracts only where the subtrahend lies, passing far polygons through untouched', () => {
  const minuend = lunes([0, 2], [10, 11]);
  const remaining = subtract(minuend, lunes([0.5, 1], [1.5, 3]));
  // [0,2] − [0.5,1] − [1.5,3] = [0,0.5] ∪ [1,1.5]; [10,11] untouched.
  expect(Math.abs(areaSquareMeters(remaining) / (2 * LUNE) - 1)).toBeLessThan(1e-12);
  expect(remaining.coordinates).toContainEqual(minuend.coordinates[1]);
});

test('accepts a prebuilt index of the subtrahend', () => {
  const index = indexPolygons([lunes([0.5, 1])]);
  expect(Math.abs(areaSquareMeters(subtract(lunes([0, 2]), index)) / (1.5 * LUNE) - 1)).toBeLessThan(1e-12);
});

test('leaves nothing when the subtrahend covers the minuend', () => {
  expect(subtract(rectangle(46, 40, 46.01, 40.01), rectangle(45, 39, 47, 41)).coordinates).toEqual([]);
});

test('subtracts a large subtrahend cut down to the neighbourhood, holes and concave parts included', () => {
  // A comb: a wide lune with teeth cut out of it as holes; the minuend straddles two teeth.
  const comb = {
    type: 'Polygon' as const,
    coordinates: [rectangle(0, 0, 10, 90).coordinates[0], rectangle(2, 0, 3, 90).coordinates[0], rectangle(4, 0, 5, 90).coordinates[0]],
  };
  const remaining = subtract(rectangle(2.5, 0, 4.5, 90), comb);
  // What remains of [2.5,4.5] are the parts inside the holes: [2.5,3] and [4,4.5].
  expect(Math.abs(areaSquareMeters(remaining) / LUNE - 1)).toBeLessThan(1e-12);
});
