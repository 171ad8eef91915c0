import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { buildZone, rectangle } from '../../test/fixtures/build-zone.js';
import { areaSquareMeters } from '../geometry/area.js';
import type { LoadResult } from '../io/load-result.js';
import { NO_REGION_NAME } from './tally-by-region-property.js';
import { AREA_METHOD, summarize } from './summarize.js';

// Lunes (equator to pole) have hand-computable areas: width/720 of the ellipsoid.
const LUNE_HA = areaSquareMeters(rectangle(0, 0, 1, 90)) / 10_000;
const lune = (west: number, east: number) => rectangle(west, 0, east, 90);
const region = (name: string, west: number, east: number): Feature => ({ type: 'Feature', properties: { name }, geometry: lune(west, east) });

describe('summarize', () => {
  test('takes accepted, rejected and the loading issues from a LoadResult, findings after them', () => {
    const loaded: LoadResult = {
      fileName: 'week17.geojson',
      format: 'geojson',
      zones: [buildZone('cleared', lune(0, 1), { featureIndex: 1, id: 'T-1', reportedAreaM2: 1 })],
      issues: [{ code: 'null-geometry', severity: 'error', feature: 0, id: 'T-0', message: 'week17.geojson: feature 0 (id T-0) has no geometry' }],
      accepted: 1,
      rejected: 1,
    };
    const summary = summarize(loaded);
    expect(summary.features).toEqual({ accepted: 1, rejected: 1, undated: 0 });
    expect(summary.issues.map((issue) => issue.code)).toEqual(['null-geometry', 'reported-area-mismatch']);
    expect(summary.issues[1].message).toMatch(/^week17\.geojson: feature 1 \(id T-1\) reports 1 m² \(0\.0001 ha\) but its polygon measures [\d,]+ m²/);
  });

  test('counts a plain array as all accepted', () => {
    const summary = summarize([buildZone('cleared', lune(0, 1)), buildZone('suspected', lune(0, 2))]);
    expect(summary.features).toEqual({ accepted: 2, rejected: 0, undated: 0 });
    expect(summary.areaMethod).toBe(AREA_METHOD);
    expect(summary.period).toEqual({ from: null, to: null });
  });

  test('without region polygons, groups rows by the region property, by name, "(no region)" last', () => {
    const summary = summarize([
      buildZone('cleared', lune(0, 1), { region: 'Tartar' }),
      buildZone('cleared', lune(2, 3)),
      buildZone('cleared', lune(4, 5), { region: 'Agdam', apMines: 2 }),
      buildZone('cleared', lune(4.5, 6), { region: 'Agdam' }),
    ]);
    expect(summary.regions.map((row) => row.name)).toEqual(['Agdam', 'Tartar', NO_REGION_NAME]);
    expect(summary.regions[0].clearedHa).toBeCloseTo(2 * LUNE_HA, 6);
    expect(summary.regions[0].itemsPerClearedHa).toBeCloseTo(2 / (2 * LUNE_HA), 12);
    expect(summary.outsideRegions).toBeNull();
  });

  test('gives a zone’s items to the region holding most of it, and its area to each region it covers', () => {
    const summary = summarize([buildZone('cleared', lune(0.5, 2.25), { uxo: 4 })], {
      regions: [region('West', 0, 1), region('East', 1, 3)],
    });
    expect(summary.regions.map((row) => [row.name, row.items.uxo])).toEqual([['West', 0], ['East', 4]]);
    expect(summary.regions[0].clearedHa).toBeCloseTo(0.5 * LUNE_HA, 6);
    expect(summary.regions[1].clearedHa).toBeCloseTo(1.25 * LUNE_HA, 6);
    expect(summary.outsideRegions).toBeNull();
  });

  test('reports land and items outside every region', () => {
    const summary = summarize([buildZone('reduced', lune(2.5, 4), { otherItems: 1 })], { regions: [region('West', 0, 3)] });
    expect(summary.outsideRegions!.reducedHa).toBeCloseTo(LUNE_HA, 6);
    expect(summary.outsideRegions!.items.otherItems).toBe(1);
    expect(summary.outsideRegions!.itemsPerClearedHa).toBeNull();
  });

  test('counts undated releases left out of a period, and no items of hazards dated outside it', () => {
    const summary = summarize(
      [
        buildZone('cleared', lune(0, 1), { endDate: '2024-04-22', apMines: 1 }),
        buildZone('cancelled', lune(1, 2)),
        buildZone('confirmed', lune(0, 3), { endDate: '2024-01-10', atMines: 5 }),
        buildZone('suspected', lune(3, 4), { endDate: '2024-04-23', atMines: 7 }),
      ],
      { from: '2024-04-21', to: '2024-04-27' },
    );
    expect(summary.features.undated).toBe(1);
    expect(summary.totals.items).toEqual({ apMines: 1, atMines: 7, uxo: 0, otherItems: 0 });
    expect(summary.totals.remainingHazardHa).toBeCloseTo(3 * LUNE_HA, 6);
    expect(summary.weeks).toEqual([
      { weekStart: '2024-04-22', weekEnd: '2024-04-28', clearedHa: summary.totals.clearedHa, reducedHa: 0, cancelledHa: 0, releasedHa: summary.totals.clearedHa, items: { apMines: 1, atMines: 0, uxo: 0, otherItems: 0 } },
    ]);
  });

  test('gives null items per cleared hectare when nothing was cleared', () => {
    expect(summarize([buildZone('suspected', lune(0, 1), { uxo: 3 })]).totals.itemsPerClearedHa).toBeNull();
  });

  test('leaves defaults in place for options given as undefined (absent CLI flags)', () => {
    const zones = [buildZone('cleared', lune(0, 1), { reportedAreaM2: areaSquareMeters(lune(0, 1)) * 1.15 })];
    expect(summarize(zones, { reportedAreaTolerance: undefined, regionField: undefined, regions: undefined, from: undefined }).issues).toHaveLength(1);
    expect(summarize(zones, { reportedAreaTolerance: 0.2 }).issues).toHaveLength(0);
  });

  test.each([
    [{ from: '2024-13-01' }, 'from must be a calendar date written YYYY-MM-DD, e.g. 2024-04-21; got "2024-13-01"'],
    [{ to: 'last week' }, 'to must be a calendar date written YYYY-MM-DD, e.g. 2024-04-21; got "last week"'],
    [{ reportedAreaTolerance: -1 }, 'reportedAreaTolerance must be a share ≥ 0 (0.1 = 10 %); got -1'],
  ])('throws for misuse: %j', (options, message) => {
    expect(() => summarize([], options)).toThrow(message);
  });

  test('throws for a region that is not a polygon, naming it', () => {
    const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(() => summarize([], { regions: [region('a', 0, 1), region('b', 1, 2), region('c', 2, 3), line] })).toThrow(
      /^regions, feature 3 \(no id\): its geometry is a LineString; regions must be .*The region was rejected\.$/,
    );
  });
});

test('onProgress is told after each batch how many zones have been measured, of how many', () => {
  const zones = [0, 1, 2].map((index) => buildZone('cleared', rectangle(10 + index, 0, 10.5 + index, 1), { featureIndex: index }));
  const calls: Array<[number, number]> = [];
  summarize(zones, { batchZones: 1, onProgress: (measured, total) => calls.push([measured, total]) });
  expect(calls).toEqual([[1, 3], [2, 3], [3, 3]]);
});
