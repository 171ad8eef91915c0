import { expect, test, vi } from 'vitest';
import type { Feature } from 'geojson';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from '../geometry/area.js';
import { summarize } from './summarize.js';

// An overlay engine that fails on any input holding longitude 1.7: the stand-in for geometry
// the real one cannot handle.
vi.mock('../geometry/overlay-engine.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../geometry/overlay-engine.js')>();
  return {
    ...real,
    overlay: (...operands: Parameters<typeof real.overlay>) => {
      if (JSON.stringify(operands).includes('[1.7,')) throw new Error('Unable to complete output ring (test)');
      return real.overlay(...operands);
    },
  };
});

const LUNE_HA = areaSquareMeters(rectangle(0, 0, 1, 90)) / 10_000;
const lune = (west: number, east: number) => rectangle(west, 0, east, 90);

test('never throws on geometry the overlay engine cannot handle: falls back and says where and how', () => {
  const zones = [
    buildZone('suspected', lune(0, 4), { featureIndex: 0, id: 'H' }),
    buildZone('cleared', lune(1.7, 2.5), { featureIndex: 1, id: 'T-1', endDate: '2024-04-22' }),
    buildZone('cleared', lune(2, 3), { featureIndex: 2, id: 'T-2', endDate: '2024-04-23' }),
  ];
  const regions: Feature[] = [{ type: 'Feature', properties: { name: 'West' }, geometry: lune(-1, 2.2) }];
  const summary = summarize(zones, { regions });

  // T-1 could not be merged: measured apart, so its overlap with T-2 counts twice (0.8 + 1 lunes).
  expect(summary.totals.clearedHa).toBeCloseTo(1.8 * LUNE_HA, 6);
  // Nothing could be subtracted from the hazard piece next to T-1: remaining hazard stays whole.
  expect(summary.totals.remainingHazardHa).toBeCloseTo(4 * LUNE_HA, 6);
  const fallbacks = summary.issues.filter((issue) => issue.code === 'clipping-fallback');
  expect(fallbacks.length).toBeGreaterThan(0);
  expect(fallbacks.every((issue) => issue.severity === 'warning')).toBe(true);
  expect(fallbacks[0]).toMatchObject({ feature: 1, id: 'T-1' });
  expect(fallbacks[0].message).toBe(
    'zones: dissolving cleared land near longitude 2.35000, latitude 45.00000 (feature 1 (id T-1)), the polygon union failed ("Unable to complete output ring (test)"); 1 polygon(s) could not be merged with the overlapping ones and are measured separately, so their overlap is counted twice (the area may be too high). Look for slivers or nearly repeated vertices there and fix them.',
  );
  expect(fallbacks.map((issue) => issue.message)).toContainEqual(expect.stringContaining('nothing was subtracted from this polygon'));
  expect(fallbacks.map((issue) => issue.message)).toContainEqual(expect.stringContaining('counted whole in the region holding its first vertex'));
});
