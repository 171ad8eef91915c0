import { expect, test } from 'vitest';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from '../geometry/area.js';
import type { FindingContext } from './finding-context.js';
import { findOverlappingOutcomes } from './find-overlapping-outcomes.js';

const context: FindingContext = { fileName: 'tasks.geojson', areaOf: (zone) => areaSquareMeters(zone.geometry), onFallback: () => {} };
// 0.001° squares near 40°N: about 0.95 ha each; overlaps of known planar shape.
const square = (x: number, y: number) => rectangle(46 + x * 0.001, 40 + y * 0.001, 46.001 + x * 0.001, 40.001 + y * 0.001);

test('reports cleared overlapping reduced, on the later feature, naming both, the hazard and the area', () => {
  const issues = findOverlappingOutcomes(
    [
      buildZone('cleared', square(0, 0), { featureIndex: 4, id: 'T-4', hazardId: 'H-1' }),
      buildZone('reduced', square(0.5, 0), { featureIndex: 9, id: 'T-9', hazardId: 'H-1' }),
    ],
    context,
  );
  const overlap = areaSquareMeters(rectangle(46.0005, 40, 46.001, 40.001));
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ code: 'overlapping-outcomes', severity: 'warning', feature: 9, id: 'T-9' });
  expect(issues[0].message).toContain('tasks.geojson: feature 9 (id T-9, reduced) overlaps feature 4 (id T-4, cleared) by ');
  expect(issues[0].message).toContain(`${Math.round(overlap).toLocaleString('en-US')} m² (${(overlap / 10_000).toFixed(4)} ha), both in hazard H-1`);
});

test('reports two releases of the same hazard overlapping, but not same-outcome overlaps of different hazards', () => {
  const zones = [
    buildZone('cleared', square(0, 0), { featureIndex: 0, hazardId: 'H-1' }),
    buildZone('cleared', square(0.5, 0), { featureIndex: 1, hazardId: 'H-1' }),
    buildZone('cleared', square(0, 0.5), { featureIndex: 2, hazardId: 'H-2' }),
    buildZone('cleared', square(0.5, 0.5), { featureIndex: 3 }),
  ];
  expect(findOverlappingOutcomes(zones, context).map((issue) => issue.feature)).toEqual([1]);
});

test('ignores overlaps of 1 m² or less and polygons that only touch', () => {
  // 0.00001° × 0.001° ≈ 0.85 m × 111 m ≈ 95 m² — so use a 1e-7° sliver: ≈ 1 m² × 0.01.
  const sliver = rectangle(46.001 - 1e-7, 40, 46.002, 40.001);
  const touching = rectangle(46.001, 40, 46.002, 40.001);
  expect(findOverlappingOutcomes([buildZone('cleared', square(0, 0)), buildZone('reduced', sliver, { featureIndex: 1 })], context)).toEqual([]);
  expect(findOverlappingOutcomes([buildZone('cleared', square(0, 0)), buildZone('reduced', touching, { featureIndex: 1 })], context)).toEqual([]);
});

test('ignores hazards overlapping each other or releases', () => {
  expect(findOverlappingOutcomes([buildZone('suspected', square(0, 0)), buildZone('confirmed', square(0.5, 0)), buildZone('cleared', square(0.2, 0))], context)).toEqual([]);
});
