import { expect, test } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from './area.js';
import { dissolve } from './dissolve.js';

// Rectangles from the equator to the pole are lunes: their area is exactly width/720 of the
// ellipsoid, so unions can be checked by hand: a lune of width w measures w × LUNE.
const LUNE = areaSquareMeters(rectangle(0, 0, 1, 90));
const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1);

test('counts overlapping polygons once', () => {
  const dissolved = dissolve([rectangle(0, 0, 1, 90), rectangle(0.5, 0, 1.5, 90), rectangle(1.25, 0, 2, 90)]);
  expect(relativeError(areaSquareMeters(dissolved), 2 * LUNE)).toBeLessThan(1e-12);
  expect(dissolved.coordinates).toHaveLength(1);
});

test('keeps separate polygons apart and passes lone polygons through, rewound counter-clockwise', () => {
  const lone = rectangle(10, 0, 11, 90, { clockwise: true });
  const dissolved = dissolve([lone, rectangle(0, 0, 1, 90)]);
  expect(dissolved.coordinates).toHaveLength(2);
  expect(relativeError(areaSquareMeters(dissolved), 2 * LUNE)).toBeLessThan(1e-12);
  expect(dissolved.coordinates[0][0]).toEqual([...lone.coordinates[0]].reverse());
});

test('dissolves the parts of MultiPolygons with everything else, holes included', () => {
  const withHole = { type: 'Polygon' as const, coordinates: [rectangle(0, 0, 3, 90).coordinates[0], rectangle(1, 0, 2, 90).coordinates[0]] };
  const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [rectangle(1.5, 0, 2.5, 90).coordinates, rectangle(5, 0, 6, 90).coordinates] };
  // [0,3] minus the hole [1,2], plus [1.5,2.5] fills half the hole: 2.5 lunes, and 1 more apart.
  expect(relativeError(areaSquareMeters(dissolve([withHole, multi])), 3.5 * LUNE)).toBeLessThan(1e-12);
});

test('gives an empty MultiPolygon for no input and skips parts without a usable ring', () => {
  expect(dissolve([])).toEqual({ type: 'MultiPolygon', coordinates: [] });
  expect(dissolve([{ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }])).toEqual({ type: 'MultiPolygon', coordinates: [] });
});
