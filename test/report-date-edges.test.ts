import { describe, expect, test } from 'vitest';
import { summarize } from '../src/report/summarize.js';
import { validateFeatures } from '../src/validate/validate-features.js';

// Bugs in src/report found by test/fuzz/summarize-properties.ts, for the engineer finishing
// summarize (src/report is not the fuzzing work's to change). Both dates are ones loading accepts
// (normaliseDate reads years 0000–9999). Marked `test.fails` so the suite stays green while they
// stand: when a fix lands, vitest reports these as unexpectedly passing — then drop `.fails`, and
// drop hasKnownBadDate() from test/fuzz/summarize-properties.ts.

// A 0.001° square at the equator: 12,309.07 m² on the WGS84 ellipsoid (the measure fixtures' method).
function clearedOn(endDate: string) {
  const { zones } = validateFeatures(
    [{ type: 'Feature', properties: { status: 'cleared', endDate }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]] } }],
    { fileName: 'dates.geojson' },
  );
  expect(zones).toHaveLength(1);
  return zones;
}

describe('summarize at the ends of the calendar (known bugs)', () => {
  test.fails('a release completed on 9999-12-31 is summarised (its ISO week ends in year 10000) instead of throwing', () => {
    // Today: Error "to must be a calendar date written YYYY-MM-DD …; got "+010000-01"" from
    // summarizeWeeks → dissolveOutcomes → resolvePeriod, so `cleared-land report` stops on one bad cell.
    const summary = summarize(clearedOn('9999-12-31'));
    expect(summary.weeks).toHaveLength(1);
  });

  test.fails('a release completed in a year before 0100 is counted in its week, as in the totals', () => {
    // Today: totals.clearedHa counts it but weeks is [] (Date.UTC reads years 0–99 as 1900–1999).
    const summary = summarize(clearedOn('0099-06-01'));
    expect(summary.weeks.map((week) => week.weekStart)).toEqual(['0099-06-01']);
    expect(summary.weeks[0].clearedHa).toBe(summary.totals.clearedHa);
  });
});
