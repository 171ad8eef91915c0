import { expect, test } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { rectangle } from '../../test/fixtures/build-zone.js';
import { alignCrossings } from './align-crossings.js';
import { areaSquareMeters } from './area.js';
import { measureByRegion } from './measure-by-region.js';
import { indexRegions } from './region-index.js';
import { tryBoolean } from './try-boolean.js';

// Two districts meeting along a slanted line from (46.455, 39.9) to (46.595, 40.1), and a 2.6 km
// task at 40°N whose south-east corner lies across it: the boundary crosses the task's long south
// edge at 46.518 and its east edge (a meridian) at 40.0.
const west: Polygon = { type: 'Polygon', coordinates: [[[46.4, 39.9], [46.455, 39.9], [46.595, 40.1], [46.4, 40.1], [46.4, 39.9]]] };
const east: Polygon = { type: 'Polygon', coordinates: [[[46.455, 39.9], [46.6, 39.9], [46.6, 40.1], [46.595, 40.1], [46.455, 39.9]]] };
const task = rectangle(46.495, 39.99, 46.525, 40.013);
const corners = new Set(task.coordinates[0].map(String));
const sumArea = (polygons: Position[][][]) => areaSquareMeters({ type: 'MultiPolygon', coordinates: polygons });

test('the shares of a task straddling a boundary add up to its area', () => {
  const { totalSquareMeters, regionSquareMeters, outsideSquareMeters } = measureByRegion(task, indexRegions([west, east]));
  expect(outsideSquareMeters).toBe(0);
  expect(Math.abs(regionSquareMeters[0] + regionSquareMeters[1] - totalSquareMeters) / totalSquareMeters).toBeLessThan(1e-12);
});

test('moves each crossing onto the geodesic edge, the same point in every piece', () => {
  const index = indexRegions([west, east]);
  const inWest = tryBoolean('intersection', [task.coordinates, [west.coordinates]]).coordinates!;
  const inEast = tryBoolean('intersection', [task.coordinates, [east.coordinates]]).coordinates!;
  // Cut where the chords cross, the pieces measure more than the task: the south edge's geodesic
  // bulges north, more than the two geodesics to the chord crossing do.
  const whole = areaSquareMeters(task);
  expect(sumArea(inWest) + sumArea(inEast) - whole).toBeGreaterThan(50);
  alignCrossings([inWest, inEast], task.coordinates, index);
  expect(Math.abs(sumArea(inWest) + sumArea(inEast) - whole)).toBeLessThan(1e-4);
  const crossings = (pieces: Position[][][]) => new Set(pieces[0][0].map(String).filter((position) => !corners.has(position)));
  expect(crossings(inWest).size).toBe(2);
  expect(crossings(inWest)).toEqual(crossings(inEast));
});

test('leaves vertices that are not crossings with a region boundary where they are', () => {
  // Cut by a box instead: its corners and its crossings with the task are on no region boundary.
  const index = indexRegions([west, east]);
  const inside = tryBoolean('intersection', [task.coordinates, [rectangle(46.49, 39.98, 46.5, 40.005).coordinates]]).coordinates!;
  expect(inside[0][0].length).toBe(5);
  const before = JSON.stringify(inside);
  alignCrossings([inside], task.coordinates, index);
  expect(JSON.stringify(inside)).toBe(before);
});
