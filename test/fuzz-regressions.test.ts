import { beforeAll, describe, expect, test } from 'vitest';
import { loadProj4 } from '../src/io/load-proj4.js';
import { loadZones } from '../src/io/load-zones.js';
import { reprojectFeatures } from '../src/io/reproject-features.js';
import { validateFeatures } from '../src/validate/validate-features.js';
import { DEEP_NESTING } from './fuzz/geojson-arbitraries.js';

// proj4 is loaded on demand; these tests call the synchronous functions that need it directly.
beforeAll(async () => {
  await loadProj4();
});

// Bugs the fuzzers (test/fuzz/) found, each pinned by the smallest input that showed it. Before
// the fix, every one of these threw (RangeError: Maximum call stack size exceeded) or accepted an
// invalid zone.

const SQUARE = [[[46, 40], [46.001, 40], [46.001, 40.001], [46, 40.001], [46, 40]]];

/** A GeometryCollection nested `depth` times around a 0.001° square, as text. */
function nestedCollectionText(depth: number): string {
  return `${'{"type":"GeometryCollection","geometries":['.repeat(depth)}{"type":"Polygon","coordinates":${JSON.stringify(SQUARE)}}${']}'.repeat(depth)}`;
}

/** A FeatureCollection of one feature, as text, with the given geometry, properties and extra members. */
function collectionText(geometry: string, properties = '{"status":"cleared"}', members = ''): string {
  return `{"type":"FeatureCollection"${members},"features":[{"type":"Feature","properties":${properties},"geometry":${geometry}}]}`;
}

describe('fuzz regressions', () => {
  // The default limit (limits.maxNestingDepth, 100) stops such files at reading; with it lifted,
  // the code behind it must still hold.
  const BEYOND_DEPTH_LIMIT = { maxNestingDepth: Infinity };

  test('geometry-collection-nested-deeper-than-the-stack: merged, not a crash', async () => {
    const result = await loadZones(collectionText(nestedCollectionText(DEEP_NESTING)), { fileName: 'deep.geojson', limits: BEYOND_DEPTH_LIMIT });
    expect(result.accepted).toBe(1);
    expect(result.zones[0].geometry).toEqual({ type: 'MultiPolygon', coordinates: [SQUARE] });
    expect(result.issues.map((issue) => issue.code)).toEqual(['merged-geometry-collection']);
  });

  test('geometry-collection-nested-deeper-than-the-stack with a crs: reprojected level by level', async () => {
    // The same square in UTM 38N (EPSG:32638), nested as deep.
    const utmSquare = [[[585_360, 4_428_000], [585_460, 4_428_000], [585_460, 4_428_100], [585_360, 4_428_100], [585_360, 4_428_000]]];
    const deep = nestedCollectionText(DEEP_NESTING).replace(JSON.stringify(SQUARE), JSON.stringify(utmSquare));
    const result = await loadZones(collectionText(deep), { fileName: 'deep-utm.geojson', crs: 'EPSG:32638', limits: BEYOND_DEPTH_LIMIT });
    expect(result.accepted).toBe(1);
    const [[[first]]] = (result.zones[0].geometry as { coordinates: number[][][][] }).coordinates;
    // pyproj 3: Transformer.from_crs(32638, 4326, always_xy=True).transform(585360, 4428000)
    // = (45.99996356786343, 39.99787347513602)
    expect(first[0]).toBeCloseTo(45.999_963_568, 8);
    expect(first[1]).toBeCloseTo(39.997_873_475, 8);
  });

  test('reprojectFeatures copies nested collections without changing the input', () => {
    const inner = { type: 'Polygon', coordinates: [[[500_000, 0], [500_100, 0], [500_100, 100], [500_000, 0]]] };
    const feature = { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [inner] }] } };
    const [converted] = reprojectFeatures([feature], 'EPSG:32638') as Array<typeof feature>;
    expect(feature.geometry.geometries[0].geometries[0]).toBe(inner);
    const convertedInner = (converted.geometry.geometries[0] as unknown as { geometries: Array<typeof inner> }).geometries[0];
    // 500 000 m easting is UTM 38N's central meridian, 45°E.
    expect(convertedInner.coordinates[0][0]).toEqual([45, 0]);
  });

  test('crs-member-nested-deeper-than-the-stack: a warning quoting it short, not a crash', async () => {
    const text = `{"type":"FeatureCollection","crs":${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)},"features":[]}`;
    const result = await loadZones(text, { fileName: 'deep-crs.geojson', limits: BEYOND_DEPTH_LIMIT });
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['unsupported-crs', 'warning'],
      ['empty', 'error'],
    ]);
    expect(result.issues[0].message).toContain('cannot read (a deeply nested array)');
  });

  test('status-value-nested-deeper-than-the-stack: unknown-status, not a crash', async () => {
    const status = `${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)}`;
    const result = await loadZones(collectionText(JSON.stringify({ type: 'Polygon', coordinates: SQUARE }), `{"status":${status}}`), {
      fileName: 'deep-status.geojson',
      limits: BEYOND_DEPTH_LIMIT,
    });
    expect(result.rejected).toBe(1);
    expect(result.issues.map((issue) => issue.code)).toEqual(['unknown-status']);
    expect(result.issues[0].message).toMatch(/^deep-status\.geojson, feature 0 \(no id\): status \(column "status"\) is \[object Array\]/);
  });

  test('status-value that is a shallow array keeps its old wording', () => {
    const { issues } = validateFeatures([{ type: 'Feature', properties: { status: ['Closed'] }, geometry: { type: 'Polygon', coordinates: SQUARE } }], {
      fileName: 'array-status.geojson',
    });
    expect(issues[0].message).toContain('is ["Closed"], which is not a status');
    expect(issues[0].message).toContain('--status-value "Closed=cleared"');
  });

  test('spike-repair-leaving-a-sliver: rejected as zero-area instead of accepted flat', () => {
    // A spike out to (0.01, 0.01) and back, around a triangle a few ulps wide: the union removes
    // the spike and leaves a sliver that encloses no area (and that validation, run again, rejected).
    const ring = [
      [-1.9999999999017084e-12, 2.2204460492502561e-16],
      [0.009999999998, 0.010000000000000222],
      [-1.9999999999017084e-12, 2.2204460492502561e-16],
      [0, 2.220446049250313e-16],
      [0, 2.2204460492502561e-16],
      [9.829211927763602e-23, 2.220446049250314e-16],
    ];
    const { zones, issues } = validateFeatures([{ type: 'Feature', properties: { status: 'suspected' }, geometry: { type: 'Polygon', coordinates: [ring] } }], {
      fileName: 'sliver.geojson',
    });
    expect(zones).toEqual([]);
    expect(issues.at(-1)).toMatchObject({ code: 'zero-area', severity: 'error', feature: 0 });
    expect(issues.at(-1)?.message).toBe(
      'sliver.geojson, feature 0 (no id): ring 0 (an exterior ring) runs back along itself from [0.009999999998, 0.010000000000000222] ' +
        '(a spike or an edge drawn twice), and once repaired the outline encloses no area. Check the coordinates in the source data. The feature was rejected.',
    );
  });

  test('ring-narrower-than-rounding: a ring 10⁻³⁷° wide is a point (zero-area), not accepted and then rejected when validated again', () => {
    // Accepted before (not flat by the relative test, no defect found), rewound; validated again,
    // underflowing orientation tests saw a crossing, and its repair enclosed no area.
    const ring = [[0, 0], [0, -4.588928782478232e-288], [-5.383235056160846e-37, 9.55211162258305e-273], [0, 5.383235056160847e-47]];
    const { zones, issues } = validateFeatures([{ type: 'Feature', properties: { status: 'suspected' }, geometry: { type: 'Polygon', coordinates: [ring] } }], {
      fileName: 'tiny.geojson',
    });
    expect(zones).toEqual([]);
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['unclosed-ring', 'warning'],
      ['zero-area', 'error'],
    ]);
    // A real small zone, 1 cm across, is still a zone.
    const centimetre = 1e-7;
    const small = validateFeatures(
      [{ type: 'Feature', properties: { status: 'cleared' }, geometry: { type: 'Polygon', coordinates: [[[46, 40], [46 + centimetre, 40], [46 + centimetre, 40 + centimetre], [46, 40]]] } }],
      { fileName: 'small.geojson' },
    );
    expect(small.zones).toHaveLength(1);
  });

  test('ring-whose-area-computes-as-zero: rejected as zero-area instead of being rewound at every validation', () => {
    // No defect is found (the orientation tests underflow), and its signed area is exactly 0 in
    // either direction, so it was taken as clockwise and reversed every time it was validated.
    const ring = [[0, -1.0000000000000003e-22], [2.470328229206232e-302, 0], [-1.0000000000000002e-12, 0], [0, -2.470328229206e-312], [0, 0]];
    const { zones, issues } = validateFeatures([{ type: 'Feature', properties: { status: 'suspected' }, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } }], {
      fileName: 'needle.geojson',
    });
    expect(zones).toEqual([]);
    expect(issues.at(-1)).toEqual({
      code: 'zero-area',
      severity: 'error',
      feature: 0,
      id: null,
      message:
        'needle.geojson, feature 0 (no id): its outline encloses no area (its area computes as 0: its positions are too close together ' +
        'to measure); a zone must enclose land. Check the coordinates in the source data. The feature was rejected.',
    });
  });

  test('a bowtie is still repaired into its two triangles (the sliver filter keeps real parts)', () => {
    const { zones } = validateFeatures([{ type: 'Feature', properties: { status: 'cleared' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] } }], {
      fileName: 'bowtie.geojson',
    });
    expect(zones[0].geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 1], [0, 2], [0, 0]]], [[[1, 1], [2, 0], [2, 2], [1, 1]]]],
    });
  });
});
