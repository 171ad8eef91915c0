import { expect, test } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from '../geometry/area.js';
import type { FindingContext } from './finding-context.js';
import { findReleasesOutsideHazard } from './find-releases-outside-hazard.js';

const context: FindingContext = { fileName: 'tasks.geojson', areaOf: (zone) => areaSquareMeters(zone.geometry), onFallback: () => {} };
const hazard: MultiPolygon = { type: 'MultiPolygon', coordinates: [rectangle(0, 0, 4, 90).coordinates] };

test('reports a release with more than 1 % of its area outside every hazard, with the share and the area', () => {
  // [3.5,4.5]: half of it (one half-lune) outside [0,4].
  const zone = buildZone('cleared', rectangle(3.5, 0, 4.5, 90), { featureIndex: 3, id: 'T-3' });
  const issues = findReleasesOutsideHazard([zone], hazard, true, context);
  const outside = areaSquareMeters(rectangle(4, 0, 4.5, 90));
  expect(issues).toEqual([
    expect.objectContaining({ code: 'release-outside-hazard', severity: 'warning', feature: 3, id: 'T-3' }),
  ]);
  expect(issues[0].message).toContain('tasks.geojson: feature 3 (id T-3, cleared) has 50% of its area, ');
  const hectares = new Intl.NumberFormat('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(outside / 10_000);
  expect(issues[0].message).toContain(`(${hectares} ha), outside every suspected or confirmed hazard`);
});

test('accepts up to 1 % outside', () => {
  // 0.009 of a 1° lune sticks out: 0.9 %.
  expect(findReleasesOutsideHazard([buildZone('reduced', rectangle(3.009, 0, 4.009, 90))], hazard, true, context)).toEqual([]);
  expect(findReleasesOutsideHazard([buildZone('reduced', rectangle(3.011, 0, 4.011, 90))], hazard, true, context)).toHaveLength(1);
});

const noHazard: MultiPolygon = { type: 'MultiPolygon', coordinates: [] };

test('checks nothing when the file has no hazards, and never checks hazards themselves', () => {
  expect(findReleasesOutsideHazard([buildZone('cleared', rectangle(10, 0, 11, 90))], noHazard, false, context)).toEqual([]);
  expect(findReleasesOutsideHazard([buildZone('suspected', rectangle(10, 0, 11, 90))], hazard, true, context)).toEqual([]);
});

test('reports a release far from every hazard of the file even when its own batch holds none', () => {
  const issues = findReleasesOutsideHazard([buildZone('cleared', rectangle(10, 0, 11, 90), { featureIndex: 7 })], noHazard, true, context);
  expect(issues).toEqual([expect.objectContaining({ code: 'release-outside-hazard', feature: 7 })]);
  expect(issues[0].message).toContain('has 100% of its area');
});
