import { expect, test } from 'vitest';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from '../geometry/area.js';
import type { FindingContext } from './finding-context.js';
import { findReportedAreaMismatches } from './find-reported-area-mismatches.js';

const context: FindingContext = { fileName: 'tasks.geojson', areaOf: (zone) => areaSquareMeters(zone.geometry), onFallback: () => {} };
const square = rectangle(46, 40, 46.001, 40.001);
const measured = areaSquareMeters(square);

test('reports a reported area more than the tolerance away from the measured one, naming both in m² and ha', () => {
  const zone = buildZone('cleared', square, { featureIndex: 2, id: 'T-2', reportedAreaM2: 12_000 });
  const issues = findReportedAreaMismatches([zone], 0.1, context);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ code: 'reported-area-mismatch', severity: 'warning', feature: 2, id: 'T-2' });
  expect(issues[0].message).toBe(
    `tasks.geojson: feature 2 (id T-2) reports 12,000 m² (1.2000 ha) but its polygon measures ${Math.round(measured).toLocaleString('en-US')} m² (${(measured / 10_000).toFixed(4)} ha) on the WGS84 ellipsoid, ${(((12_000 - measured) / measured) * 100).toFixed(1)}% more than measured (tolerance 10%). Check the polygon and the reported figure; totals use the measured area.`,
  );
});

test('accepts differences within the tolerance and zones without a reported area', () => {
  const within = buildZone('cleared', square, { reportedAreaM2: measured * 1.099 });
  expect(findReportedAreaMismatches([within, buildZone('cleared', square)], 0.1, context)).toEqual([]);
  expect(findReportedAreaMismatches([within], 0.05, context)).toHaveLength(1);
});
