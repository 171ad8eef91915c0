import { describe, expect, test } from 'vitest';
import { cleanRings } from './clean-rings.js';
import type { CleanRingsOptions } from './clean-rings.js';
import type { FeatureContext } from './report-issue.js';

function run(polygons: number[][][][], options: Partial<CleanRingsOptions> = {}) {
  const context: FeatureContext = { fileName: 'zones.geojson', featureIndex: 12, id: 'T-0042', issues: [] };
  const result = cleanRings(polygons, context, options);
  return { result, issues: context.issues };
}

const prefix = 'zones.geojson, feature 12 (id T-0042): ';

describe('cleanRings', () => {
  test('returns a clean ring as the same array, in new polygon lists', () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
    const polygons = [[ring]];
    const { result, issues } = run(polygons);
    expect(issues).toEqual([]);
    expect(result).toEqual([[ring]]);
    expect(result![0][0]).toBe(ring);
    expect(result).not.toBe(polygons);
    expect(result![0]).not.toBe(polygons[0]);
  });

  test('closes an open ring by repeating its first position', () => {
    const { result, issues } = run([[[[0, 0], [1, 0], [1, 1], [0, 1]], [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4]]]]);
    expect(result).toEqual([
      [
        [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
        [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.2, 0.2]],
      ],
    ]);
    expect(issues).toEqual([
      {
        code: 'unclosed-ring',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message: `${prefix}ring 0 is not closed; it was closed by repeating its first position.`,
      },
      {
        code: 'unclosed-ring',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message: `${prefix}ring 1 is not closed; it was closed by repeating its first position.`,
      },
    ]);
  });

  test('drops consecutive repeated positions, one warning per ring', () => {
    const { result, issues } = run([[[[0, 0], [0, 0], [1, 0], [1, 0], [1, 0], [1, 1], [0, 0], [0, 0]]]], { isMultiPolygon: true });
    expect(result).toEqual([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]);
    expect(issues).toEqual([
      {
        code: 'repeated-position',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message: `${prefix}polygon 0, ring 0 repeats positions 4 times in a row (first at position 1: [0, 0]); the repeats were dropped.`,
      },
    ]);
  });

  test('drops elevation without an issue', () => {
    const { result, issues } = run([[[[0, 0, 5], [1, 0, 5], [1, 1, 7], [0, 0, 5]]]]);
    expect(issues).toEqual([]);
    expect(result).toEqual([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]);
  });

  test('rejects an exterior ring with too few positions, after reporting every ring', () => {
    const { result, issues } = run(
      [
        [[[0, 0], [1, 0], [0, 0]]],
        [[[5, 5], [5, 5], [5, 5]]],
      ],
      { isMultiPolygon: true },
    );
    expect(result).toBeNull();
    expect(issues.map((issue) => issue.message)).toEqual([
      `${prefix}polygon 0, ring 0 has only 3 positions once closed and without repeats; a ring needs at least 4 ` +
        '(3 corners and the closing position), and it is an exterior ring. The feature was rejected.',
      `${prefix}polygon 1, ring 0 repeats positions 2 times in a row (first at position 1: [5, 5]); the repeats were dropped.`,
      `${prefix}polygon 1, ring 0 has only 1 position once closed and without repeats; a ring needs at least 4 ` +
        '(3 corners and the closing position), and it is an exterior ring. The feature was rejected.',
    ]);
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['too-few-positions', 'error'],
      ['repeated-position', 'warning'],
      ['too-few-positions', 'error'],
    ]);
  });

  test('drops a degenerate hole with a warning and keeps the polygon', () => {
    const shell = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const { result, issues } = run([[shell, [[1, 1], [2, 2], [1, 1]], []]]);
    expect(result).toEqual([[shell]]);
    expect(issues).toEqual([
      {
        code: 'too-few-positions',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}ring 1 has only 3 positions once closed and without repeats; a ring needs at least 4 (3 corners ` +
          'and the closing position); this hole encloses no land, so it was dropped.',
      },
      {
        code: 'too-few-positions',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}ring 2 has only 0 positions once closed and without repeats; a ring needs at least 4 (3 corners ` +
          'and the closing position); this hole encloses no land, so it was dropped.',
      },
    ]);
  });

  test('does not change the input', () => {
    const polygons = [[[[0, 0, 1], [1, 0, 1], [1, 0, 1], [1, 1, 1]]]];
    const copy = structuredClone(polygons);
    run(polygons);
    expect(polygons).toEqual(copy);
  });
});
