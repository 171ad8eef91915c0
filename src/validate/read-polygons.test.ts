import { describe, expect, test } from 'vitest';
import { readPolygons } from './read-polygons.js';
import type { FeatureContext } from './report-issue.js';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const other = [[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]];

function run(geometry: unknown) {
  const context: FeatureContext = { fileName: 'zones.geojson', featureIndex: 3, id: null, issues: [] };
  return { result: readPolygons(geometry, context), issues: context.issues };
}

describe('readPolygons', () => {
  test('lists a Polygon as one polygon and a MultiPolygon as its polygons', () => {
    expect(run({ type: 'Polygon', coordinates: [square] })).toEqual({
      result: { polygons: [[square]], isMultiPolygon: false },
      issues: [],
    });
    expect(run({ type: 'MultiPolygon', coordinates: [[square], [other]] })).toEqual({
      result: { polygons: [[square], [other]], isMultiPolygon: true },
      issues: [],
    });
  });

  test.each([null, undefined])('rejects a %s geometry as null-geometry', (geometry) => {
    const { result, issues } = run(geometry);
    expect(result).toBeNull();
    expect(issues).toEqual([
      {
        code: 'null-geometry',
        severity: 'error',
        feature: 3,
        id: null,
        message:
          'zones.geojson, feature 3 (no id): it has no geometry; a zone needs a Polygon or MultiPolygon outline. The feature was rejected.',
      },
    ]);
  });

  test('rejects empty geometries as null-geometry', () => {
    expect(run({ type: 'MultiPolygon', coordinates: [] }).issues[0]).toMatchObject({
      code: 'null-geometry',
      message: 'zones.geojson, feature 3 (no id): its geometry is an empty MultiPolygon; a zone needs an outline. The feature was rejected.',
    });
    expect(run({ type: 'GeometryCollection', geometries: [] }).issues[0].code).toBe('null-geometry');
  });

  test('drops the empty polygons of a MultiPolygon ([[]] or []), keeping the others, with one warning', () => {
    const { result, issues } = run({ type: 'MultiPolygon', coordinates: [[square], [[]], [other], []] });
    expect(result).toEqual({ polygons: [[square], [other]], isMultiPolygon: true });
    expect(issues).toEqual([
      {
        code: 'empty-member',
        severity: 'warning',
        feature: 3,
        id: null,
        message:
          'zones.geojson, feature 3 (no id): polygons 1, 3 of its MultiPolygon are empty (written [] or [[]]); they enclose no land, ' +
          'so they were dropped and the other 2 polygons kept (later messages number the polygons without the empty ones). ' +
          'Nothing to fix unless a polygon is missing from the export.',
      },
    ]);
  });

  test('rejects a MultiPolygon whose polygons are all empty as null-geometry', () => {
    expect(run({ type: 'MultiPolygon', coordinates: [[[]], []] }).issues.map((issue) => [issue.code, issue.severity])).toEqual([['null-geometry', 'error']]);
  });

  test('rejects other geometry types, saying what they are', () => {
    expect(run({ type: 'Point', coordinates: [0, 0] }).issues[0]).toMatchObject({
      code: 'unsupported-geometry',
      severity: 'error',
      message:
        'zones.geojson, feature 3 (no id): its geometry is a Point; zones must be Polygons or MultiPolygons, because ' +
        'only an outline encloses land. Points (single devices or markers) have no area; keep them in a separate file. ' +
        'The feature was rejected.',
    });
    expect(run({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }).issues[0].message).toContain(
      'its geometry is a LineString; zones must be Polygons or MultiPolygons, because only an outline encloses land. ' +
        'If the line walks around the zone, close it',
    );
    expect(run({ coordinates: [] }).issues[0].message).toContain('its geometry is an object without a type');
    expect(run('POLYGON((0 0, 1 0, 1 1, 0 0))').issues[0].message).toContain('its geometry is a string, not a GeoJSON geometry');
  });

  test('rejects coordinates that are not an array', () => {
    expect(run({ type: 'Polygon' }).issues[0]).toMatchObject({
      code: 'invalid-coordinate',
      message: "zones.geojson, feature 3 (no id): its Polygon's coordinates are missing; a Polygon needs an array of rings. The feature was rejected.",
    });
    expect(run({ type: 'MultiPolygon', coordinates: 'x' }).issues[0].message).toContain(
      "its MultiPolygon's coordinates are not an array; a MultiPolygon needs an array of polygons.",
    );
  });

  test('merges a collection of polygons into one MultiPolygon, with a warning', () => {
    const { result, issues } = run({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: [square] },
        { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', coordinates: [[other], [square]] }] },
      ],
    });
    expect(result).toEqual({ polygons: [[square], [other], [square]], isMultiPolygon: true });
    expect(issues).toEqual([
      {
        code: 'merged-geometry-collection',
        severity: 'warning',
        feature: 3,
        id: null,
        message:
          'zones.geojson, feature 3 (no id): its geometry is a GeometryCollection of 3 polygons (KML MultiGeometry ' +
          'arrives this way); it was merged into one MultiPolygon, whose polygons are numbered in the order of the collection.',
      },
    ]);
  });

  test('rejects a collection with anything but polygons', () => {
    const { result, issues } = run({
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', coordinates: [square] }, { type: 'Point', coordinates: [0.5, 0.5] }, null],
    });
    expect(result).toBeNull();
    expect(issues).toEqual([
      {
        code: 'unsupported-geometry',
        severity: 'error',
        feature: 3,
        id: null,
        message:
          'zones.geojson, feature 3 (no id): its geometry is a GeometryCollection holding Point, null as well as or ' +
          'instead of polygons; zones must be Polygons or MultiPolygons. Remove the other members, or split them ' +
          'into their own features. The feature was rejected.',
      },
    ]);
  });
});
