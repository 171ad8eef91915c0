import { describe, expect, test } from 'vitest';
import { checkPositions } from './check-positions.js';
import type { CheckPositionsOptions } from './check-positions.js';
import type { FeatureContext } from './report-issue.js';

function run(polygons: unknown[], options: Partial<CheckPositionsOptions> = {}) {
  const context: FeatureContext = { fileName: 'zones.geojson', featureIndex: 12, id: 'T-0042', issues: [] };
  const ok = checkPositions(polygons, context, options);
  return { ok, issues: context.issues };
}

const prefix = 'zones.geojson, feature 12 (id T-0042): ';
const triangle = [[0, 0], [1, 0], [1, 1], [0, 0]];
const utmRing = [[652345.1, 4432123.9], [652445.1, 4432123.9], [652445.1, 4432223.9], [652345.1, 4432123.9]];

describe('checkPositions', () => {
  test('accepts finite longitude/latitude positions, with or without elevation', () => {
    expect(run([[[[-180, -90], [180, 90, 12], [0, 0, 0, 1], [-180, -90]]]])).toEqual({ ok: true, issues: [] });
  });

  test('names the first bad position, its ring and how many more there are', () => {
    const { ok, issues } = run(
      [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0, 0], ['1', 0], [null, 2], [3], [0, 0]]]],
      { isMultiPolygon: true },
    );
    expect(ok).toBe(false);
    expect(issues).toEqual([
      {
        code: 'invalid-coordinate',
        severity: 'error',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}polygon 1, ring 1, position 1 is ["1",0], not [longitude, latitude] with two finite numbers ` +
          '(2 more positions are invalid too); fix or remove it in the source data. The feature was rejected.',
      },
    ]);
  });

  test('blames the CRS for non-finite numbers that came out of a conversion', () => {
    const { issues } = run([[[[0, 0], [Number.NaN, Infinity], [1, 1], [0, 0]]]], { crs: 'EPSG:32638' });
    expect(issues[0].message).toBe(
      `${prefix}ring 0, position 1 is [NaN, Infinity], not [longitude, latitude] with two finite numbers; such ` +
        'numbers come out of converting coordinates that do not fit the CRS EPSG:32638, so check that it is the CRS ' +
        'the data was exported in. The feature was rejected.',
    );
  });

  test.each<[unknown[], string]>([
    [[[triangle], 'x'], 'polygon 1 is "x", not an array of rings'],
    [[[triangle], []], 'polygon 1 has no rings'],
    [[[triangle, null]], 'polygon 0, ring 1 is null, not an array of positions'],
  ])('rejects a broken structure', (polygons, problem) => {
    expect(run(polygons, { isMultiPolygon: true }).issues[0]).toMatchObject({
      code: 'invalid-coordinate',
      message: `${prefix}${problem}. The feature was rejected.`,
    });
  });

  test('recognises coordinates nested one level too shallow', () => {
    expect(run([[[0, 0], [1, 0], [1, 1], [0, 0]]]).issues[0].message).toBe(
      `${prefix}ring 0 is a single position, [0,0], not a ring: the coordinates are nested one level too shallow ` +
        '(a Polygon is an array of rings, each an array of [longitude, latitude] positions). The feature was rejected.',
    );
  });

  test('recognises projected metres and says how to pass the CRS', () => {
    const { ok, issues } = run([[utmRing]]);
    expect(ok).toBe(false);
    expect(issues).toEqual([
      {
        code: 'projected-coordinates',
        severity: 'error',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}all 4 positions are outside longitude/latitude; these look like projected metres (e.g. UTM), not ` +
          'longitude/latitude: ring 0, position 0: [652345.1, 4432123.9]. Pass the CRS with --crs EPSG:32638 ' +
          "(WGS 84 / UTM 38N, Azerbaijan's liberated districts) or the crs option, or add a crs member to the file. " +
          'The feature was rejected.',
      },
    ]);
  });

  test('says the data does not fit a CRS that was given', () => {
    expect(run([[utmRing]], { crs: 'EPSG:4326' }).issues[0].message).toBe(
      `${prefix}all 4 positions are outside longitude/latitude; the data does not fit the CRS EPSG:4326: after ` +
        'converting from it, the coordinates are still far outside longitude/latitude (ring 0, position 0: ' +
        '[652345.1, 4432123.9]). Check which CRS the data was exported in (the .prj file or the export settings) ' +
        'and pass that one with --crs or the crs option (e.g. --crs EPSG:32638 for WGS 84 / UTM 38N). The feature ' +
        'was rejected.',
    );
  });

  test('reports a few positions out of range as coordinate-out-of-range', () => {
    const { issues } = run([[[[46, 40], [46.1, 40], [460, 40.1], [46, 400], [46, 40]]]]);
    expect(issues).toEqual([
      {
        code: 'coordinate-out-of-range',
        severity: 'error',
        feature: 12,
        id: 'T-0042',
        message:
          `${prefix}2 of 5 positions are outside longitude -180 to 180 / latitude -90 to 90, the first at ring 0, ` +
          'position 2: [460, 40.1]. Correct them in the source data. The feature was rejected.',
      },
    ]);
  });

  test('does not call slightly-out positions projected even when all are out', () => {
    expect(run([[[[181, 40], [182, 40], [182, 41], [181, 40]]]]).issues[0].code).toBe('coordinate-out-of-range');
  });

  test('hints at swapped latitude and longitude', () => {
    expect(run([[[[40.1, 146.9], [40.2, 47], [40.2, 47.1], [40.1, 146.9]]]]).issues[0].message).toBe(
      `${prefix}2 of 4 positions are outside longitude -180 to 180 / latitude -90 to 90, the first at ring 0, ` +
        'position 0: [40.1, 146.9]. They would fit as [latitude, longitude]: GeoJSON puts longitude first, so check ' +
        'the column order. Correct them in the source data. The feature was rejected.',
    );
  });
});
