import { expect, test } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import type { Polygon, Position } from 'geojson';
import { areaSquareMeters } from '../geometry/area.js';
import { cutAtAntimeridian } from './cut-at-antimeridian.js';
import { repairGeometry } from './repair-geometry.js';
import type { FeatureContext } from './report-issue.js';

const geodesic = geographiclib.Geodesic.WGS84;
const east = -179.9 + 360;
// The box across the antimeridian as written (longitudes in −180…180) and unwrapped.
const written = [[179.9, -16.8], [-179.9, -16.8], [-179.9, -16.7], [179.9, -16.7], [179.9, -16.8]];
const unwrapped = [[179.9, -16.8], [east, -16.8], [east, -16.7], [179.9, -16.7], [179.9, -16.8]];

// Where the geodesics of the box's south and north edges cross 180°: by symmetry, their middles,
// 2.7 m south of the chords (geodesics bulge towards the pole).
const middle = (latitude: number) => {
  const inverse = geodesic.Inverse(latitude, 179.9, latitude, -179.9);
  return geodesic.Direct(latitude, 179.9, inverse.azi1!, inverse.s12! / 2).lat2!;
};

test('cuts at 180° into a piece ending at 180 and one starting at -180, each edge where its geodesic crosses', () => {
  const [west, eastPiece] = cutAtAntimeridian([[unwrapped]]);
  const [south, north] = [middle(-16.8), middle(-16.7)];
  expect((-16.8 - south) * 110_600).toBeCloseTo(2.69, 2);
  const expectRing = (ring: Position[], expected: Position[]) => {
    expect(ring).toHaveLength(expected.length);
    ring.forEach(([x, y], index) => {
      expect(x).toBe(expected[index][0]);
      expect(y).toBeCloseTo(expected[index][1], 12);
    });
  };
  expectRing(west[0], [[179.9, -16.8], [180, south], [180, north], [179.9, -16.7], [179.9, -16.8]]);
  expectRing(eastPiece[0], [[-180, south], [-179.9, -16.8], [-179.9, -16.7], [-180, north], [-180, south]]);
  // The input's own positions come back exactly.
  expect(west[0][0]).toEqual([179.9, -16.8]);
  expect(eastPiece[0][1]).toEqual([-179.9, -16.8]);
});

test('the pieces measure what the ring as written measures on geodesics, which take the short way across', () => {
  const pieces = cutAtAntimeridian([[unwrapped]]);
  const asWritten = areaSquareMeters({ type: 'Polygon', coordinates: [written] });
  expect(Math.abs(areaSquareMeters({ type: 'MultiPolygon', coordinates: pieces }) / asWritten - 1)).toBeLessThan(1e-12);
  // 0.2° × 0.1° at 16.8°S: about 236 km².
  expect(asWritten / 1e6).toBeCloseTo(236.0, 0);
});

test('keeps holes on their side of the cut', () => {
  const hole = [[180.02, -16.78], [180.02, -16.72], [180.05, -16.72], [180.05, -16.78], [180.02, -16.78]].reverse();
  const pieces = cutAtAntimeridian([[unwrapped, hole]]);
  expect(pieces).toHaveLength(2);
  expect(pieces[0]).toHaveLength(1);
  expect(pieces[1]).toHaveLength(2);
  expect(pieces[1][1].every(([x]) => x > -180 && x < -179.9)).toBe(true);
});

test('repairGeometry cuts a zone across the antimeridian and says so', () => {
  const context: FeatureContext = { fileName: 'fiji.geojson', featureIndex: 0, id: 'T-1', issues: [] };
  const result = repairGeometry({ type: 'Polygon', coordinates: [written] }, context) as Polygon;
  expect(result).toEqual({ type: 'MultiPolygon', coordinates: cutAtAntimeridian([[unwrapped]]) });
  expect(context.issues).toEqual([
    {
      code: 'crosses-antimeridian',
      severity: 'warning',
      feature: 0,
      id: 'T-1',
      message:
        'fiji.geojson, feature 0 (id T-1): ring 0 crosses the antimeridian (longitude 180) between [179.9, -16.8] and ' +
        '[-179.9, -16.8]; it was cut there into 2 polygons, ending at 180 and starting at -180, as RFC 7946 asks, so that ' +
        'it is measured where it lies and not as a band round the world. Nothing is lost; writing it cut in the file avoids this warning.',
    },
  ]);
});

test('repairGeometry repairs a bowtie across the antimeridian before cutting it', () => {
  const context: FeatureContext = { fileName: 'fiji.geojson', featureIndex: 0, id: null, issues: [] };
  const bowtie: Position[] = [[179.9, -16.8], [-179.9, -16.7], [-179.9, -16.8], [179.9, -16.7], [179.9, -16.8]];
  const result = repairGeometry({ type: 'Polygon', coordinates: [bowtie] }, context);
  expect(context.issues.map((issue) => issue.code)).toEqual(['self-intersection', 'crosses-antimeridian']);
  // Two triangles meeting on the antimeridian: half the box.
  const box = areaSquareMeters({ type: 'Polygon', coordinates: [written] });
  expect(Math.abs(areaSquareMeters(result!) / (box / 2) - 1)).toBeLessThan(1e-3);
});
