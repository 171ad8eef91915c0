import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import fixture from '../../test/fixtures/measure-areas.json' with { type: 'json' };
import { rectangle } from '../../test/fixtures/build-zone.js';
import { areaHectares, areaSquareMeters, polygonAreaSquareMeters, SQUARE_METERS_PER_HECTARE, withRingAreaCache } from './area.js';

// WGS84, and the surface of its ellipsoid in closed form: S = 2πa² + π(b²/e)·ln((1+e)/(1−e)).
const A = 6_378_137;
const F = 1 / 298.257223563;
const B = A * (1 - F);
const E = Math.sqrt(F * (2 - F));
const ELLIPSOID_SQUARE_METERS = 2 * Math.PI * A * A + Math.PI * ((B * B) / E) * Math.log((1 + E) / (1 - E));

describe('areaSquareMeters', () => {
  test('a lune from the equator to the pole, 1° wide, is 1/720 of the ellipsoid', () => {
    // The equator and the meridians are geodesics, so this area is exact in closed form.
    const lune = rectangle(10, 0, 11, 90);
    expect(Math.abs(areaSquareMeters(lune) / (ELLIPSOID_SQUARE_METERS / 720) - 1)).toBeLessThan(1e-12);
  });

  test('an octant (equator, two meridians 90° apart, pole) is 1/8 of the ellipsoid', () => {
    const octant: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [90, 0], [0, 90], [0, 0]]] };
    expect(Math.abs(areaSquareMeters(octant) / (ELLIPSOID_SQUARE_METERS / 8) - 1)).toBeLessThan(1e-12);
  });

  test('a southern lune equals its northern mirror image', () => {
    expect(areaSquareMeters(rectangle(10, -90, 11, 0))).toBeCloseTo(areaSquareMeters(rectangle(10, 0, 11, 90)), 3);
  });

  test('accepts either winding: a clockwise ring measures the same', () => {
    const counterClockwise = rectangle(46, 40, 46.01, 40.01);
    const clockwise = rectangle(46, 40, 46.01, 40.01, { clockwise: true });
    expect(areaSquareMeters(clockwise)).toBe(areaSquareMeters(counterClockwise));
  });

  test('subtracts holes whatever their winding', () => {
    const outer = rectangle(10, 0, 12, 90).coordinates[0];
    const hole = rectangle(10.5, 0, 11, 90).coordinates[0];
    const expected = (ELLIPSOID_SQUARE_METERS / 720) * 1.5;
    for (const ring of [hole, [...hole].reverse()]) {
      const polygon: Polygon = { type: 'Polygon', coordinates: [outer, ring] };
      expect(Math.abs(areaSquareMeters(polygon) / expected - 1)).toBeLessThan(1e-12);
    }
  });

  test('sums the polygons of a MultiPolygon', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [rectangle(0, 0, 1, 90).coordinates, rectangle(20, 0, 22, 90).coordinates],
    };
    expect(Math.abs(areaSquareMeters(multi) / ((ELLIPSOID_SQUARE_METERS / 720) * 3) - 1)).toBeLessThan(1e-12);
  });

  test.each(fixture.cases.map((testCase) => [testCase.name, testCase] as const))(
    'agrees with pyproj (GeographicLib C) within 1e-9: %s',
    (_name, testCase) => {
      const measured = areaSquareMeters(testCase.geometry as Polygon | MultiPolygon);
      expect(Math.abs(measured / testCase.areaSquareMeters - 1)).toBeLessThan(1e-9);
    },
  );

  test('gives 0 for rings with fewer than three distinct positions', () => {
    expect(polygonAreaSquareMeters([[[0, 0], [1, 1], [0, 0]]])).toBe(0);
    expect(polygonAreaSquareMeters([])).toBe(0);
  });
});

describe('areaHectares', () => {
  test('is square metres divided by 10,000', () => {
    const square = rectangle(46, 40, 46.001, 40.001);
    expect(areaHectares(square)).toBe(areaSquareMeters(square) / SQUARE_METERS_PER_HECTARE);
  });
});

describe('withRingAreaCache', () => {
  test('gives the same areas as measuring afresh, and returns what the callback returns', () => {
    const square = rectangle(46.8, 39.5, 46.81, 39.51);
    const fresh = areaSquareMeters(square);
    const [first, again] = withRingAreaCache(() => [areaSquareMeters(square), areaSquareMeters(square)]);
    expect(first).toBe(fresh);
    expect(again).toBe(fresh);
  });

  test('forgets every ring when it returns, so a ring changed afterwards is measured anew', () => {
    const square = rectangle(46.8, 39.5, 46.81, 39.51);
    const before = withRingAreaCache(() => areaSquareMeters(square));
    square.coordinates[0][2] = [46.82, 39.52];
    square.coordinates[0][1] = [46.82, 39.5];
    square.coordinates[0][3] = [46.8, 39.52];
    expect(areaSquareMeters(square)).toBeGreaterThan(before * 3.9);
  });

  test('forgets every ring when the callback throws', () => {
    const square = rectangle(46.8, 39.5, 46.81, 39.51);
    expect(() =>
      withRingAreaCache(() => {
        areaSquareMeters(square);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    square.coordinates[0][2] = [46.82, 39.52];
    square.coordinates[0][1] = [46.82, 39.5];
    square.coordinates[0][3] = [46.8, 39.52];
    expect(areaSquareMeters(square)).toBeGreaterThan(areaSquareMeters(rectangle(46.8, 39.5, 46.81, 39.51)) * 3.9);
  });
});
