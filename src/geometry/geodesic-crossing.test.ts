import { expect, test } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import type { Polygon } from 'geojson';
import { areaSquareMeters } from './area.js';
import { geodesicCrossing } from './geodesic-crossing.js';

const geodesic = geographiclib.Geodesic.WGS84;

test('finds where an east–west geodesic crosses a meridian: at its middle, by symmetry', () => {
  const crossing = geodesicCrossing([46.4, 40], [46.6, 40], [46.5, 39.9], [46.5, 40.1], [46.5, 40])!;
  // The geodesic's middle, from its length and start azimuth alone.
  const inverse = geodesic.Inverse(40, 46.4, 40, 46.6);
  const middle = geodesic.Direct(40, 46.4, inverse.azi1!, inverse.s12! / 2);
  expect(crossing[0]).toBeCloseTo(46.5, 12);
  expect(crossing[1]).toBeCloseTo(middle.lat2!, 12);
  // 17 km long, it bulges 4.8 m north of the parallel there.
  expect((crossing[1] - 40) * 111_035).toBeCloseTo(4.79, 2);
});

test('cuts a polygon edge where the pieces still measure the whole, which the chord crossing does not', () => {
  // A 2 km triangle at 40°N whose south edge runs east–west; a slanted line crosses that edge.
  const [a, b, c] = [[46.5, 40], [46.53, 40], [46.51, 40.02]];
  const whole: Polygon = { type: 'Polygon', coordinates: [[a, b, c, a]] };
  const chordCrossing = [46.52, 40];
  const crossing = geodesicCrossing(a, b, [46.519, 39.99], [46.521, 40.01], chordCrossing)!;
  const split = (point: number[]): Polygon => ({ type: 'Polygon', coordinates: [[a, point, b, c, a]] });
  expect(Math.abs(areaSquareMeters(split(crossing)) - areaSquareMeters(whole))).toBeLessThan(1e-6);
  // The chord crossing lies south of the geodesic, which bulges north: 123 m² more.
  expect(areaSquareMeters(split(chordCrossing)) - areaSquareMeters(whole)).toBeGreaterThan(100);
});

test('gives null when the line runs along the geodesic', () => {
  expect(geodesicCrossing([46.4, 40], [46.6, 40], [46.3, 40], [46.7, 40], [46.5, 40])).toBeNull();
});
