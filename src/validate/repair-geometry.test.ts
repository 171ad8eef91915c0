import { describe, expect, test, vi } from 'vitest';
import { overlay } from '../geometry/overlay-engine.js';
import { repairGeometry } from './repair-geometry.js';
import type { RepairGeometryOptions } from './repair-geometry.js';
import type { FeatureContext } from './report-issue.js';

// The real engine, watched: only polygons that need a repair may reach it.
vi.mock('../geometry/overlay-engine.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../geometry/overlay-engine.js')>();
  return { ...real, overlay: vi.fn(real.overlay) };
});

function run(geometry: unknown, options: Partial<RepairGeometryOptions> = {}) {
  const context: FeatureContext = { fileName: 'zones.geojson', featureIndex: 12, id: 'T-0042', issues: [] };
  const result = repairGeometry(geometry, context, options);
  return { result, issues: context.issues, codes: context.issues.map((issue) => `${issue.code}/${issue.severity}`) };
}

const prefix = 'zones.geojson, feature 12 (id T-0042): ';
const square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];

describe('repairGeometry', () => {
  test('returns a valid polygon with the same coordinate arrays and no issues', () => {
    const geometry = { type: 'Polygon', coordinates: [square, [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]] };
    const { result, issues } = run(geometry);
    expect(issues).toEqual([]);
    expect(result).toEqual(geometry);
    expect(result).not.toBe(geometry);
    expect((result as { coordinates: unknown[] }).coordinates[0]).toBe(square);
  });

  test('keeps a MultiPolygon of one polygon a MultiPolygon', () => {
    expect(run({ type: 'MultiPolygon', coordinates: [[square]] }).result).toEqual({
      type: 'MultiPolygon',
      coordinates: [[square]],
    });
  });

  test('splits a bowtie into its two triangles, meeting where the edges cross', () => {
    // Edges (0,0)→(2,2) and (2,0)→(0,2) cross at (1,1); each lobe is a triangle of area 1, wound counterclockwise.
    const { result, issues } = run({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    expect(result).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 1], [0, 2], [0, 0]]], [[[1, 1], [2, 0], [2, 2], [1, 1]]]],
    });
    expect(issues).toEqual([
      {
        code: 'self-intersection',
        severity: 'warning',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}ring 0 (an exterior ring) crosses itself near [1, 1]; it was repaired by a union of the outline ` +
          'with itself, which keeps the land it encloses once, in 2 polygons. Check that the repaired outline is ' +
          'what the survey meant.',
      },
    ]);
  });

  test('cuts a hole that crosses its exterior ring out of it', () => {
    // The 4×4 square loses the part of the hole inside it, x 3–4, y 1–3: a notch on its east side.
    const { result, issues } = run({ type: 'Polygon', coordinates: [square, [[3, 1], [5, 1], [5, 3], [3, 3], [3, 1]]] });
    expect(result).toEqual({
      type: 'Polygon',
      coordinates: [[[0, 0], [4, 0], [4, 1], [3, 1], [3, 3], [4, 3], [4, 4], [0, 4], [0, 0]]],
    });
    expect(issues[0].message).toBe(
      `${prefix}ring 0 (an exterior ring) crosses ring 1 (a hole) near [4, 1]; it was repaired by a union of the ` +
        'outline with itself, which keeps the land it encloses once, in 1 polygon. Check that the repaired outline ' +
        'is what the survey meant.',
    );
  });

  test('removes a spike', () => {
    const { result, issues } = run({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [4, 6], [4, 4], [0, 4], [0, 0]]] });
    expect(result).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(issues[0].message).toBe(
      `${prefix}ring 0 (an exterior ring) runs back along itself from [4, 6] (a spike or an edge drawn twice); it ` +
        'was repaired by a union of the outline with itself, which keeps the land it encloses once, in 1 polygon. ' +
        'Check that the repaired outline is what the survey meant.',
    );
  });

  test('drops a hole lying outside its exterior ring', () => {
    const { result, issues } = run({ type: 'Polygon', coordinates: [square, [[5, 5], [5, 6], [6, 6], [6, 5], [5, 5]]] });
    expect(result).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(issues[0].message).toContain(`${prefix}ring 1 (a hole) lies outside its exterior ring (first position [5, 5]);`);
  });

  test('merges overlapping polygons of a MultiPolygon into one outline', () => {
    const { result, codes } = run({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]], [[[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]]],
    });
    expect(result).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [2, 0], [2, 1], [3, 1], [3, 3], [1, 3], [1, 2], [0, 2], [0, 0]]]],
    });
    expect(codes).toEqual(['self-intersection/warning']);
  });

  test('merges polygons of a MultiPolygon that share an edge', () => {
    // Two 1×1 squares side by side make the 2×1 rectangle; the shared edge x = 1 starts at (1, 0).
    // The squares' corners stay on its long edges: measured as geodesics, an edge from x = 0 to 2
    // would not follow the squares' two edges.
    const { result, issues } = run({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]],
    });
    expect(result).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [2, 0], [2, 1], [1, 1], [0, 1], [0, 0]]]] });
    expect(issues[0].message).toBe(
      `${prefix}polygon 0, ring 0 (an exterior ring) shares an edge with polygon 1, ring 0 (an exterior ring) from ` +
        '[1, 0]; it was repaired by a union of the outline with itself, which keeps the land it encloses once, in ' +
        '1 polygon. Check that the repaired outline is what the survey meant.',
    );
  });

  test('keeps polygons of a MultiPolygon that touch at one corner as they are', () => {
    const coordinates = [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]];
    expect(run({ type: 'MultiPolygon', coordinates })).toMatchObject({ result: { type: 'MultiPolygon', coordinates }, issues: [] });
  });

  test('repairs rings that cross at a shared vertex, found as a touch', () => {
    // (0,0)→(1,1)→(2,2) and (2,0)→(1,1)→(0,2) pass through (1,1) without any two edges crossing.
    const { result, issues } = run({
      type: 'Polygon',
      coordinates: [[[0, 0], [1, 1], [2, 2], [2, 0], [1, 1], [0, 2], [0, 0]]],
    });
    expect(result).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 1], [0, 2], [0, 0]]], [[[1, 1], [2, 0], [2, 2], [1, 1]]]],
    });
    expect(issues[0].message).toContain(`${prefix}ring 0 (an exterior ring) meets itself at [1, 1] and crosses over there;`);
  });

  test('keeps a hole that touches its exterior ring at one point as it is', () => {
    const hole = [[0, 0], [1, 2], [2, 1], [0, 0]];
    expect(run({ type: 'Polygon', coordinates: [square, hole] })).toMatchObject({
      result: { type: 'Polygon', coordinates: [square, hole] },
      issues: [],
    });
  });

  test('rewinds clockwise exteriors and counterclockwise holes, as info', () => {
    const { result, issues } = run({
      type: 'Polygon',
      coordinates: [[[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]],
    });
    expect(result).toEqual({
      type: 'Polygon',
      coordinates: [square, [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]],
    });
    expect(issues).toEqual([
      {
        code: 'ring-orientation',
        severity: 'info',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}1 exterior ring ran clockwise and 1 hole ran counterclockwise; they were rewound as RFC 7946 ` +
          'asks (exterior rings counterclockwise, holes clockwise). Shapefiles wind the other way, so this is ' +
          'routine; nothing to fix.',
      },
    ]);
  });

  test('rejects an outline along one line as zero-area', () => {
    const { result, issues } = run({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [2, 2], [0, 0]]] });
    expect(result).toBeNull();
    expect(issues).toEqual([
      {
        code: 'zero-area',
        severity: 'error',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}its outline encloses no area (all its positions lie on one line or on one point); a zone must ` +
          'enclose land. Check the coordinates in the source data. The feature was rejected.',
      },
    ]);
  });

  test('rejects an outline that encloses nothing once repaired', () => {
    const { result, codes, issues } = run({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [1, 0], [0, 0]]] });
    expect(result).toBeNull();
    expect(codes).toEqual(['zero-area/error']);
    expect(issues[0].message).toContain('and once repaired the outline encloses no area.');
  });

  test('drops flat holes and flat polygons of a MultiPolygon with warnings', () => {
    const { result, issues } = run({
      type: 'MultiPolygon',
      coordinates: [
        [[[10, 10], [11, 11], [12, 12], [10, 10]]],
        [square, [[1, 1], [2, 1], [3, 1], [1, 1]]],
      ],
    });
    expect(result).toEqual({ type: 'MultiPolygon', coordinates: [[square]] });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.message])).toEqual([
      ['zero-area', 'warning', `${prefix}polygon 1, ring 1 is a hole that encloses no area (its positions lie on one line); it was dropped.`],
      ['zero-area', 'warning', `${prefix}polygon 0 encloses no area (its positions lie on one line); it was dropped and the other polygons kept.`],
    ]);
  });

  test('reports earlier stages and stops there', () => {
    expect(run(null).codes).toEqual(['null-geometry/error']);
    expect(run({ type: 'Point', coordinates: [0, 0] }).codes).toEqual(['unsupported-geometry/error']);
    expect(run({ type: 'Polygon', coordinates: [[[0, 0], [1, 'x'], [1, 1], [0, 0]]] }).codes).toEqual(['invalid-coordinate/error']);
    expect(run({ type: 'Polygon', coordinates: [[[500000, 4400000], [500100, 4400000], [500100, 4400100], [500000, 4400000]]] }).codes).toEqual([
      'projected-coordinates/error',
    ]);
    expect(run({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }).codes).toEqual(['too-few-positions/error']);
  });

  test('repairs in the order of the checks: close, drop repeats, drop a degenerate hole, rewind', () => {
    const { result, codes } = run({
      type: 'Polygon',
      coordinates: [
        [[0, 0, 9], [0, 4, 9], [0, 4, 9], [4, 4, 9], [4, 0, 9]],
        [[1, 1], [2, 2], [1, 1]],
      ],
    });
    expect(result).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(codes).toEqual(['unclosed-ring/warning', 'repeated-position/warning', 'too-few-positions/warning', 'ring-orientation/info']);
  });

  test('does not change its input', () => {
    const geometry = { type: 'Polygon', coordinates: [[[0, 0], [0, 4], [4, 4], [4, 0]], [[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] };
    const copy = structuredClone(geometry);
    run(geometry);
    expect(geometry).toEqual(copy);
  });

  test('calls the union only for polygons that need a repair', () => {
    // A union costs ~100 µs; on every feature it would make 100k features take tens of seconds.
    const union = vi.mocked(overlay);
    union.mockClear();
    run({ type: 'Polygon', coordinates: [[[0, 0], [0, 4], [4, 4], [4, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]] });
    run({ type: 'MultiPolygon', coordinates: [[square], [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]] });
    expect(union).not.toHaveBeenCalled();
    run({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    // Once for each reading of the bowtie: non-zero, and its linework's loops.
    expect(union).toHaveBeenCalledTimes(2);
  });
});
