import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { labelPoints } from './label-points.js';

function feature(name: string, geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: { name }, geometry };
}

const square = (west: number, south: number, side: number): number[][] => [
  [west, south],
  [west + side, south],
  [west + side, south + side],
  [west, south + side],
  [west, south],
];

describe('labelPoints', () => {
  test('puts a square district’s name at its centre', () => {
    const [point] = labelPoints([feature('Tartar', { type: 'Polygon', coordinates: [square(46, 40, 0.2)] })], 'name').features;
    // The pole of inaccessibility of a square is its centre, to within 1/1000 of its side.
    expect(point.geometry.coordinates[0]).toBeCloseTo(46.1, 3);
    expect(point.geometry.coordinates[1]).toBeCloseTo(40.1, 3);
    expect(point.properties.name).toBe('Tartar');
  });

  test('keeps the label inside a U-shaped district whose centre of mass lies outside it', () => {
    // A U: 3 wide, 3 tall, with a 1-wide notch from the top down to y = 1. Its centre of mass
    // (1.5, 1.3) falls in the notch.
    const u: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    const [point] = labelPoints([feature('Aghdam', u)], 'name').features;
    expect(booleanPointInPolygon(point.geometry.coordinates, u)).toBe(true);
  });

  test('labels the largest part once when a name comes as several features and parts', () => {
    const exclave = feature('Nakhchivan', { type: 'MultiPolygon', coordinates: [[square(10, 10, 0.1)], [square(20, 20, 1)]] });
    const island = feature('Nakhchivan', { type: 'Polygon', coordinates: [square(30, 30, 0.5)] });
    const points = labelPoints([exclave, island], 'name').features;
    expect(points).toHaveLength(1);
    expect(points[0].geometry.coordinates[0]).toBeCloseTo(20.5, 2);
    expect(points[0].geometry.coordinates[1]).toBeCloseTo(20.5, 2);
  });

  test('skips features without a name', () => {
    expect(labelPoints([feature('', { type: 'Polygon', coordinates: [square(0, 0, 1)] })], 'name').features).toEqual([]);
  });
});
