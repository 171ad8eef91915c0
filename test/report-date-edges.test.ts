import { describe, expect, test } from 'vitest';
import { summarize } from '../src/report/summarize.js';
import { validateFeatures } from '../src/validate/validate-features.js';

// Found by test/fuzz/summarize-properties.ts: years far off the calendar (9999-12-31 placeholders,
// 0099) once reached summarize, where 9999-12-31's ISO week ends in year 10000 and threw, and years
// below 100 went missing from the weeks. Loading now reads such dates as invalid.

// A 0.001° square at the equator: 12,309.07 m² on the WGS84 ellipsoid (pyproj Geod).
const SQUARE_HECTARES = 1.2309072079;

function loadClearedOn(endDate: string) {
  return validateFeatures(
    [{ type: 'Feature', properties: { status: 'cleared', endDate }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]] } }],
    { fileName: 'dates.geojson' },
  );
}

describe('dates at the ends of the calendar', () => {
  for (const endDate of ['9999-12-31', '0099-06-01', '1899-12-31', '2101-01-01']) {
    test(`reads ${endDate} as an invalid date, keeps the zone undated, and summarises it`, () => {
      const { zones, issues } = loadClearedOn(endDate);
      expect(zones).toHaveLength(1);
      expect(zones[0].properties.endDate).toBeNull();
      expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([['invalid-date', 'warning']]);
      expect(issues[0].message).toContain('with a year from 1900 to 2100');
      const summary = summarize(zones);
      expect(summary.totals.clearedHa).toBeCloseTo(SQUARE_HECTARES, 9);
      expect(summary.weeks).toEqual([]);
    });
  }

  test('keeps the first and last days of the years it reads', () => {
    for (const endDate of ['1900-01-01', '2100-12-31']) {
      const { zones, issues } = loadClearedOn(endDate);
      expect(issues).toEqual([]);
      expect(zones[0].properties.endDate).toBe(endDate);
      expect(summarize(zones).weeks).toHaveLength(1);
    }
  });
});

describe('summarize on zones that did not come through loading', () => {
  test('counts a release dated outside 1900–2100 as undated instead of throwing or inventing a week', () => {
    const { zones } = loadClearedOn('2024-04-22');
    for (const endDate of ['9999-12-31', '0099-06-01', '0001-01-01']) {
      const zone = { ...zones[0], properties: { ...zones[0].properties, endDate } };
      const open = summarize([zone]);
      expect(open.totals.clearedHa).toBeCloseTo(SQUARE_HECTARES, 9);
      expect(open.weeks).toEqual([]);
      const inPeriod = summarize([zone], { from: '2024-01-01', to: '2024-12-31' });
      expect(inPeriod.totals.clearedHa).toBe(0);
      expect(inPeriod.features.undated).toBe(1);
    }
  });

  test('still takes any real date as the period, e.g. from 1899-12-31', () => {
    const { zones } = loadClearedOn('2024-04-22');
    expect(summarize(zones, { from: '1899-12-31', to: '2024-04-22' }).totals.clearedHa).toBeCloseTo(SQUARE_HECTARES, 9);
  });
});
