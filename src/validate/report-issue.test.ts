import { expect, test } from 'vitest';
import { describeRing, formatComputedPosition, formatPosition, MAX_QUOTED_CHARACTERS, quoteValue, reportIssue } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';

test('starts every message with the file, the feature index and its id', () => {
  const context: FeatureContext = { fileName: 'zones.geojson', featureIndex: 12, id: 'T-0042', issues: [] };
  reportIssue(context, 'unclosed-ring', 'warning', 'ring 1 is not closed; it was closed by repeating its first position.');
  expect(context.issues).toEqual([
    {
      code: 'unclosed-ring',
      severity: 'warning',
      feature: 12,
      id: 'T-0042',
      message: 'zones.geojson, feature 12 (id T-0042): ring 1 is not closed; it was closed by repeating its first position.',
    },
  ]);
});

test('says "no id" for a feature without one', () => {
  const context: FeatureContext = { fileName: 'a.kml', featureIndex: 0, id: null, issues: [] };
  reportIssue(context, 'null-geometry', 'error', 'x');
  expect(context.issues[0].message).toBe('a.kml, feature 0 (no id): x');
  expect(context.issues[0].id).toBeNull();
});

test('names rings by polygon only in MultiPolygons', () => {
  expect(describeRing(0, 1, false)).toBe('ring 1');
  expect(describeRing(2, 0, true)).toBe('polygon 2, ring 0');
});

test('shows positions and values as the file has them, cut when long', () => {
  expect(formatPosition(652345.1, 4432123.9)).toBe('[652345.1, 4432123.9]');
  // A computed crossing drops the arithmetic's noise, and keeps what a survey could mean.
  expect(formatComputedPosition(46.504999999999995, 40.004999999999995)).toBe('[46.505, 40.005]');
  expect(formatComputedPosition(46.58428091891892, 40.39244256708494)).toBe('[46.5842809189, 40.3924425671]');
  expect(formatComputedPosition(652345.123456789, 4432123.98765432)).toBe('[652345.123457, 4432123.98765]');
  expect(quoteValue('Closed')).toBe('"Closed"');
  expect(quoteValue([1, null])).toBe('[1,null]');
  expect(quoteValue(Number.NaN)).toBe('NaN');
  expect(quoteValue(undefined)).toBe('undefined');
  expect(quoteValue('x'.repeat(200))).toBe(`"${'x'.repeat(MAX_QUOTED_CHARACTERS - 1)}…`);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  expect(quoteValue(cyclic)).toBe('[object Object]');
});
