import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import type { FeatureContext } from './report-issue.js';
import { unwrapLongitudes } from './unwrap-longitudes.js';

function run(polygons: Position[][][], isMultiPolygon = false) {
  const context: FeatureContext = { fileName: 'fiji.geojson', featureIndex: 3, id: 'T-9', issues: [] };
  return { result: unwrapLongitudes(polygons, context, { isMultiPolygon }), issues: context.issues };
}

// A 0.2° × 0.1° box across the antimeridian, written as RFC 7946 positions (longitudes in −180…180).
const across = [[179.9, -16.8], [-179.9, -16.8], [-179.9, -16.7], [179.9, -16.7], [179.9, -16.8]];
const east = -179.9 + 360;

describe('unwrapLongitudes', () => {
  test('returns the polygons themselves when no edge spans more than 180° of longitude', () => {
    const polygons = [[[[179.9, 0], [180, 0], [180, 1], [179.9, 0]]], [[[-180, 0], [-179.9, 0], [-180, 1], [-180, 0]]]];
    const { result, issues } = run(polygons, true);
    expect(result).toEqual({ polygons, crossing: null });
    expect(result!.polygons).toBe(polygons);
    expect(issues).toEqual([]);
  });

  test('makes a ring across the antimeridian continuous, from its first position, and says where it crossed', () => {
    const { result, issues } = run([[across]]);
    expect(result).toEqual({
      polygons: [[[[179.9, -16.8], [east, -16.8], [east, -16.7], [179.9, -16.7], [179.9, -16.8]]]],
      crossing: { polygon: 0, ring: 0, from: [179.9, -16.8], to: [-179.9, -16.8] },
    });
    expect(issues).toEqual([]);
  });

  test('moves holes and the other polygons of a MultiPolygon by whole turns next to the ring that crosses', () => {
    const hole = [[-179.95, -16.78], [-179.95, -16.72], [-179.92, -16.72], [-179.92, -16.78], [-179.95, -16.78]];
    const apart = [[-179.8, -16.8], [-179.7, -16.8], [-179.7, -16.7], [-179.8, -16.8]];
    const { result } = run([[across, hole], [apart]], true);
    expect(result!.polygons[0][1]).toEqual(hole.map(([x, y]) => [x + 360, y]));
    expect(result!.polygons[1][0]).toEqual(apart.map(([x, y]) => [x + 360, y]));
  });

  test('rejects a ring whose longitudes wind round the pole', () => {
    const { result, issues } = run([[[[0, 89.95], [120, 89.95], [-120, 89.95], [0, 89.95]]]]);
    expect(result).toBeNull();
    expect(issues).toEqual([
      {
        code: 'encloses-pole',
        severity: 'error',
        feature: 3,
        id: 'T-9',
        message:
          'fiji.geojson, feature 3 (id T-9): ring 0 winds once round the Earth in longitude (it starts at [0, 89.95]), so it ' +
          'encloses the North Pole or, drawn on a flat map, is a band round the globe; cleared-land cannot measure land round ' +
          'a pole. Split the zone into parts that do not go round the pole. The feature was rejected.',
      },
    ]);
  });

  test('rejects a polar cap drawn on a flat map, whose edge runs from -180 to 180', () => {
    const { result, issues } = run([[[[-180, -89.5], [-180, -90], [180, -90], [180, -89.5], [-180, -89.5]]]]);
    expect(result).toBeNull();
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([['encloses-pole', 'error']]);
    expect(issues[0].message).toContain('ring 0 runs along a whole parallel, from longitude -180 to 180 (it starts at [-180, -89.5]), so it encloses the South Pole');
  });
});
