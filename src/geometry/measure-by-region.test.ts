import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from './area.js';
import { measureByRegion } from './measure-by-region.js';
import { indexRegions, regionsContaining } from './region-index.js';

const LUNE = areaSquareMeters(rectangle(0, 0, 1, 90));
const expectLunes = (squareMeters: number, count: number) =>
  count === 0 ? expect(squareMeters).toBe(0) : expect(Math.abs(squareMeters / (count * LUNE) - 1)).toBeLessThan(1e-9);

// West = [0,2], East = [2,4] with a hole [3,3.5], Islands = [10,11] and [12,13].
const west = rectangle(0, 0, 2, 90);
const east: Polygon = { type: 'Polygon', coordinates: [rectangle(2, 0, 4, 90).coordinates[0], rectangle(3, 0, 3.5, 90).coordinates[0]] };
const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [rectangle(10, 0, 11, 90).coordinates, rectangle(12, 0, 13, 90).coordinates] };
const index = indexRegions([west, east, islands]);

describe('measureByRegion', () => {
  test('splits a polygon that crosses a boundary between the regions on either side', () => {
    const areas = measureByRegion(rectangle(1.5, 0, 2.75, 90), index);
    expectLunes(areas.regionSquareMeters[0], 0.5);
    expectLunes(areas.regionSquareMeters[1], 0.75);
    expectLunes(areas.regionSquareMeters[2], 0);
    expectLunes(areas.outsideSquareMeters, 0);
    expectLunes(areas.totalSquareMeters, 1.25);
  });

  test('counts land in a hole of a region, or beyond every region, as outside', () => {
    const areas = measureByRegion(rectangle(3.25, 0, 4.5, 90), index);
    expectLunes(areas.regionSquareMeters[1], 0.5);
    expectLunes(areas.outsideSquareMeters, 0.75);
  });

  test('places polygons that cross no boundary whole, by one point', () => {
    const inIsland = rectangle(12.2, 10, 12.4, 20);
    const inHole = rectangle(3.1, 10, 3.4, 20);
    const areas = measureByRegion({ type: 'MultiPolygon', coordinates: [inIsland.coordinates, inHole.coordinates] }, index);
    expect(areas.regionSquareMeters[2]).toBe(areaSquareMeters(inIsland));
    expect(areas.outsideSquareMeters).toBe(areaSquareMeters(inHole));
    expect(areas.regionSquareMeters[0] + areas.regionSquareMeters[1]).toBe(0);
  });

  test('counts land for every region when regions overlap', () => {
    const overlapping = indexRegions([rectangle(0, 0, 2, 90), rectangle(1, 0, 3, 90)]);
    const areas = measureByRegion(rectangle(0.5, 0, 2.5, 90), overlapping);
    expectLunes(areas.regionSquareMeters[0], 1.5);
    expectLunes(areas.regionSquareMeters[1], 1.5);
    expectLunes(areas.outsideSquareMeters, 0);
  });
});

describe('regionsContaining', () => {
  test('finds the region holding a point, honouring holes and parts', () => {
    expect(regionsContaining([1, 45], index)).toEqual([0]);
    expect(regionsContaining([2.5, 45], index)).toEqual([1]);
    expect(regionsContaining([3.2, 45], index)).toEqual([]);
    expect(regionsContaining([12.5, 45], index)).toEqual([2]);
    expect(regionsContaining([-1, 45], index)).toEqual([]);
  });
});
