import { beforeAll, describe, expect, test } from 'vitest';
import { loadProj4 } from './load-proj4.js';
import fixture from '../../test/fixtures/utm-points.json' with { type: 'json' };
import { reprojectFeatures } from './reproject-features.js';

// proj4 is loaded on demand; these tests call the synchronous functions that need it directly.
beforeAll(async () => {
  await loadProj4();
});

type PointSet = { crs: string; points: Array<{ name: string; lonLat: number[]; projected: number[] }> };

function pointFeatures(set: PointSet): unknown[] {
  return set.points.map((point) => ({
    type: 'Feature',
    properties: { name: point.name },
    geometry: { type: 'Point', coordinates: point.projected },
  }));
}

function largestDifferenceDegrees(set: PointSet): number {
  const reprojected = reprojectFeatures(pointFeatures(set), set.crs) as Array<{ geometry: { coordinates: number[] } }>;
  return Math.max(
    ...set.points.flatMap((point, index) => [
      Math.abs(reprojected[index].geometry.coordinates[0] - point.lonLat[0]),
      Math.abs(reprojected[index].geometry.coordinates[1] - point.lonLat[1]),
    ]),
  );
}

// 1e-7 degrees is about 1 cm: far below survey accuracy, far above floating-point noise.
const UTM_TOLERANCE_DEGREES = 1e-7;

// proj4js 2.22 and PROJ 9.1 (pyproj 3.4) apply the same Helmert shift; measured over the fixture
// their largest difference is 2.1e-14 degrees, floating-point noise (the UTM sets agree as
// closely). The bound, 1e-9 degrees (0.1 mm), leaves room for other versions' arithmetic while
// staying 40,000 times below the transformation's own 4.5 m accuracy.
const PULKOVO_TOLERANCE_DEGREES = 1e-9;

describe('reprojectFeatures agrees with pyproj (test/fixtures/make-utm-fixture.py)', () => {
  test.each(['utm38n', 'utm39n', 'utm38nWide', 'utm33s'] as const)('within 1e-7 degrees for %s', (name) => {
    const set = fixture.sets[name];
    expect(set.points.length).toBeGreaterThanOrEqual(4);
    expect(largestDifferenceDegrees(set)).toBeLessThan(UTM_TOLERANCE_DEGREES);
  });

  test('within 1e-9 degrees for Pulkovo 1942 / Gauss-Kruger zone 8, datum shift included', () => {
    const set = fixture.sets.pulkovoGk8;
    expect(set.transformation).toContain('Pulkovo 1942 to WGS 84 (16)');
    expect(largestDifferenceDegrees(set)).toBeLessThan(PULKOVO_TOLERANCE_DEGREES);
  });

  test('the Pulkovo datum shift is not negligible: without it points land about 100 m away', () => {
    const set = fixture.sets.pulkovoGk8;
    const withoutShift = reprojectFeatures(pointFeatures(set), '+proj=tmerc +lat_0=0 +lon_0=45 +k=1 +x_0=8500000 +y_0=0 +ellps=krass +units=m +no_defs') as Array<{ geometry: { coordinates: number[] } }>;
    const longitudeError = Math.abs(withoutShift[0].geometry.coordinates[0] - set.points[0].lonLat[0]);
    expect(longitudeError).toBeGreaterThan(5e-4);
  });

  test('accepts the CRS as a proj4 definition as well as a code', () => {
    const set = fixture.sets.utm38n;
    const byDefinition = reprojectFeatures(pointFeatures(set), '+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs');
    expect(byDefinition).toEqual(reprojectFeatures(pointFeatures(set), 'EPSG:32638'));
  });
});

describe('reprojectFeatures', () => {
  const [aghdam, fuzuli, shusha, lachin] = fixture.sets.utm38n.points;

  test('reprojects every ring of a Polygon and every part of a MultiPolygon', () => {
    const ring = [aghdam.projected, fuzuli.projected, shusha.projected, aghdam.projected];
    const hole = [lachin.projected, shusha.projected, fuzuli.projected, lachin.projected];
    const [polygon, multi] = reprojectFeatures(
      [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring, hole] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring], [hole]] } },
      ],
      'EPSG:32638',
    ) as [{ geometry: { coordinates: number[][][] } }, { geometry: { coordinates: number[][][][] } }];
    const ringDegrees = [aghdam.lonLat, fuzuli.lonLat, shusha.lonLat, aghdam.lonLat];
    const holeDegrees = [lachin.lonLat, shusha.lonLat, fuzuli.lonLat, lachin.lonLat];
    expectPositionsClose(polygon.geometry.coordinates.flat(), [...ringDegrees, ...holeDegrees]);
    expectPositionsClose(multi.geometry.coordinates.flat(2), [...ringDegrees, ...holeDegrees]);
  });

  test('reprojects LineString, MultiLineString, MultiPoint and GeometryCollection members', () => {
    const line = [aghdam.projected, fuzuli.projected];
    const [result] = reprojectFeatures(
      [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              { type: 'LineString', coordinates: line },
              { type: 'MultiLineString', coordinates: [line] },
              { type: 'MultiPoint', coordinates: line },
            ],
          },
        },
      ],
      'EPSG:32638',
    ) as Array<{ geometry: { geometries: Array<{ coordinates: number[][] & number[][][] }> } }>;
    const [lineString, multiLine, multiPoint] = result.geometry.geometries;
    expectPositionsClose(lineString.coordinates, [aghdam.lonLat, fuzuli.lonLat]);
    expectPositionsClose(multiLine.coordinates[0], [aghdam.lonLat, fuzuli.lonLat]);
    expectPositionsClose(multiPoint.coordinates, [aghdam.lonLat, fuzuli.lonLat]);
  });

  test('keeps a height and anything after it unchanged', () => {
    const [result] = reprojectFeatures(
      [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...aghdam.projected, 412.5, 7] } }],
      'EPSG:28408',
    ) as Array<{ geometry: { coordinates: number[] } }>;
    expect(result.geometry.coordinates.slice(2)).toEqual([412.5, 7]);
  });

  test('leaves positions that are not finite numbers as they are, for validation to name', () => {
    const broken = [
      ['664544', 4428770],
      [664544, null],
      [664544],
      'not a position',
    ];
    const [result] = reprojectFeatures(
      [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [aghdam.projected, ...broken] } }],
      'EPSG:32638',
    ) as Array<{ geometry: { coordinates: unknown[] } }>;
    expect(result.geometry.coordinates.slice(1)).toEqual(broken);
    expectPositionsClose([result.geometry.coordinates[0] as number[]], [aghdam.lonLat]);
  });

  test('leaves a position proj4 cannot convert as it was', () => {
    // Latitude 200 in Pulkovo 1942 geographic coordinates has no geocentric position.
    const [result] = reprojectFeatures(
      [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [46, 200] } }],
      'EPSG:4284',
    ) as Array<{ geometry: { coordinates: number[] } }>;
    expect(result.geometry.coordinates).toEqual([46, 200]);
  });

  test('passes null entries, missing geometries and unknown geometry types through', () => {
    const entries = [
      null,
      { type: 'Feature', properties: {}, geometry: null },
      { type: 'Feature', properties: {} },
      { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [1, 2] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon' } },
      42,
    ];
    expect(reprojectFeatures(entries, 'EPSG:32638')).toEqual(entries);
  });

  test('returns new objects and leaves its input unchanged', () => {
    const properties = { id: 'T-1' };
    const input = [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [...aghdam.projected] } }];
    const snapshot = structuredClone(input);
    const [output] = reprojectFeatures(input, 'EPSG:32638') as Array<{ properties: unknown; geometry: unknown }>;
    expect(input).toEqual(snapshot);
    expect(output).not.toBe(input[0]);
    expect(output.geometry).not.toBe(input[0].geometry);
    expect(output.properties).toBe(properties);
  });

  test('throws the resolveCrs message for an unknown CRS', () => {
    expect(() => reprojectFeatures([], 'EPSG:99999')).toThrow("unknown coordinate reference system 'EPSG:99999'");
  });
});

function expectPositionsClose(actual: number[][], expected: number[][]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((position, index) => {
    expect(Math.abs(position[0] - expected[index][0])).toBeLessThan(UTM_TOLERANCE_DEGREES);
    expect(Math.abs(position[1] - expected[index][1])).toBeLessThan(UTM_TOLERANCE_DEGREES);
  });
}
