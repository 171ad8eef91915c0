import { describe, expect, it } from 'vitest';
import { buildFigures, buildRegion, buildSummary } from '../../test/fixtures/build-summary.js';
import { formatJson, formatJsonChunks } from './format-json.js';
import type { Summary } from './summary.js';

describe('formatJson', () => {
  it('writes the summary with a two-space indent, keys in contract order, and a trailing newline', () => {
    const summary = buildSummary({
      period: { from: null, to: '2024-04-27' },
      areaMethod: 'WGS84 ellipsoid (GeographicLib)',
      totals: buildFigures({ clearedHa: 0.1 + 0.2, releasedHa: 0.3, items: { apMines: 1 }, itemsPerClearedHa: 3.333 }),
      features: { accepted: 1, rejected: 0, undated: 0 },
    });
    expect(formatJson(summary)).toBe(`{
  "period": {
    "from": null,
    "to": "2024-04-27"
  },
  "areaMethod": "WGS84 ellipsoid (GeographicLib)",
  "totals": {
    "clearedHa": 0.30000000000000004,
    "reducedHa": 0,
    "cancelledHa": 0,
    "releasedHa": 0.3,
    "hazardHa": 0,
    "remainingHazardHa": 0,
    "items": {
      "apMines": 1,
      "atMines": 0,
      "uxo": 0,
      "otherItems": 0
    },
    "itemsPerClearedHa": 3.333
  },
  "regions": [],
  "outsideRegions": null,
  "weeks": [],
  "features": {
    "accepted": 1,
    "rejected": 0,
    "undated": 0
  },
  "issues": []
}
`);
  });

  it('gives the same text whatever order the summary object was built in', () => {
    const summary = buildSummary({
      regions: [buildRegion('Tartar', { clearedHa: 1.25, items: { uxo: 3 } })],
      weeks: [
        {
          weekStart: '2024-04-22',
          weekEnd: '2024-04-28',
          clearedHa: 1.25,
          reducedHa: 0,
          cancelledHa: 0,
          releasedHa: 1.25,
          items: { apMines: 0, atMines: 0, uxo: 3, otherItems: 0 },
        },
      ],
      issues: [{ code: 'duplicate-id', severity: 'warning', feature: 4, id: 'T-1', message: 'zones.geojson: feature 4 (id T-1) …' }],
    });
    const shuffled = reverseKeys(summary) as Summary;
    expect(Object.keys(shuffled)[0]).toBe('issues');
    expect(formatJson(shuffled)).toBe(formatJson(summary));
    expect(formatJson(summary).indexOf('"code"')).toBeLessThan(formatJson(summary).indexOf('"message"'));
  });

  it('reads back to an object equal to the summary', () => {
    const summary = buildSummary({
      regions: [buildRegion('Ağdam "köhnə"\n\u2028', { hazardHa: 12.345678901234567 })],
      outsideRegions: buildFigures({ cancelledHa: 2 }),
    });
    expect(JSON.parse(formatJson(summary))).toEqual(summary);
  });

  it('leaves out properties that are not part of the contract', () => {
    const withExtra = { ...buildSummary(), debugTimings: [1, 2] } as Summary;
    expect(formatJson(withExtra)).not.toContain('debugTimings');
  });

  it('throws naming the field when a figure is NaN or infinite, instead of writing null', () => {
    const broken = buildSummary({ totals: buildFigures({ remainingHazardHa: Number.NaN }) });
    expect(() => formatJson(broken)).toThrow('summary field "remainingHazardHa" is NaN; summary figures must be finite numbers.');
    const infinite = buildSummary({ totals: buildFigures({ itemsPerClearedHa: Number.POSITIVE_INFINITY }) });
    expect(() => formatJson(infinite)).toThrow('summary field "itemsPerClearedHa" is Infinity');
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
}

describe('formatJsonChunks', () => {
  const issue = (index: number) => ({
    code: 'overlapping-outcomes' as const,
    severity: 'warning' as const,
    feature: index,
    id: index % 2 === 0 ? `T-${index}` : null,
    message: `zones.geojson: feature ${index} "quoted", a new\nline, ə and 4,741 m²`,
  });

  it.each([0, 1, 3])('gives, joined, JSON.stringify\'s two-space text of the same summary (%i issues), one piece per issue', (count) => {
    const summary = buildSummary({ issues: Array.from({ length: count }, (_, index) => issue(index)) });
    const pieces = [...formatJsonChunks(summary)];
    const text = pieces.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).issues).toEqual(summary.issues);
    expect(pieces).toHaveLength(count === 0 ? 1 : count + 2);
  });
});
