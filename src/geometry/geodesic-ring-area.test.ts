import { describe, expect, test } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { seededRandom } from '../../data/seeded-random.js';
import { geodesicRingAreaSquareMeters } from './geodesic-ring-area.js';

// The reference: GeographicLib's own JavaScript (Karney), whose PolygonArea this file ports.
const polygonArea = geographiclib.Geodesic.WGS84.Polygon(false);

function referenceArea(ring: readonly Position[], count: number): number {
  polygonArea.Clear();
  for (let index = 0; index < count; index += 1) polygonArea.AddPoint(ring[index][1], ring[index][0]);
  return polygonArea.Compute(false, true).area ?? 0;
}

/** Indices of the rings whose area differs from GeographicLib's in any bit. */
function differing(rings: readonly Position[][]): number[] {
  const indices: number[] = [];
  rings.forEach((ring, index) => {
    if (!Object.is(geodesicRingAreaSquareMeters(ring, ring.length), referenceArea(ring, ring.length))) indices.push(index);
  });
  return indices;
}

const METERS_PER_DEGREE = 111_320;

describe('geodesicRingAreaSquareMeters', () => {
  test('gives exactly what GeographicLib gives for 5,000 survey polygons around 40°N', () => {
    const random = seededRandom(11);
    const rings: Position[][] = [];
    for (let count = 0; count < 5_000; count += 1) {
      const x = 44 + 6 * random();
      const y = 35 + 10 * random();
      const radiusMeters = 10 + 500 * random();
      const vertices = 8 + Math.floor(53 * random());
      const ring: Position[] = [];
      for (let index = 0; index < vertices; index += 1) {
        const angle = (index / vertices) * 2 * Math.PI;
        const radius = radiusMeters * (0.65 + 0.7 * random());
        ring.push([x + (radius * Math.cos(angle)) / (METERS_PER_DEGREE * Math.cos((y * Math.PI) / 180)), y + (radius * Math.sin(angle)) / METERS_PER_DEGREE]);
      }
      rings.push(ring);
    }
    expect(differing(rings)).toEqual([]);
  });

  test('gives exactly what GeographicLib gives for 14,000 random rings anywhere, from micrometres to 179° across', () => {
    const random = seededRandom(1);
    const spansDegrees = [1e-9, 1e-6, 1e-3, 0.1, 1, 10, 60, 179];
    const rings: Position[][] = [];
    for (let count = 0; count < 14_000; count += 1) {
      const span = spansDegrees[count % spansDegrees.length];
      const x = -180 + 360 * random();
      const y = -90 + 180 * random();
      const ring: Position[] = [];
      const vertices = 3 + Math.floor(8 * random());
      for (let index = 0; index < vertices; index += 1) {
        ring.push([x + (random() - 0.5) * 2 * span, Math.max(-90, Math.min(90, y + (random() - 0.5) * span))]);
      }
      rings.push(ring);
    }
    expect(differing(rings)).toEqual([]);
  });

  test('gives exactly what GeographicLib gives at the poles, the antimeridian, the equator, on meridians and for nearly antipodal edges, in both windings', () => {
    const rings: Position[][] = [
      [[0, 0], [90, 0], [0, 90]],
      [[10, 0], [11, 0], [11, 90], [10, 90]],
      [[10, -90], [11, -90], [11, 0], [10, 0]],
      [[179.5, 10], [-179.5, 10], [-179.5, 11], [179.5, 11]],
      [[-180, -90], [180, -90], [180, 90], [-180, 90]],
      [[0, 0], [180, 0], [0, 0.5]],
      [[0, 0], [179.9, 0.1], [0, 0.2]],
      [[0, 45], [179.99, -45], [10, 0]],
      [[0, -89.99], [120, -89.99], [240, -89.99]],
      [[0, 0], [0, 10], [0, 20]],
      [[0, 0], [0.5, 0], [1, 0], [1, 1], [0, 1]],
      [[46.1, 40.2], [46.1, 40.2], [46.2, 40.2], [46.2, 40.3], [46.2, 40.3]],
      [[5, 5], [5, 5], [5, 5]],
      [[0, 0], [1, 0]],
    ];
    expect(differing([...rings, ...rings.map((ring) => [...ring].reverse())])).toEqual([]);
  });

  test('measures counter-clockwise rings as positive and clockwise ones as negative', () => {
    const ring: Position[] = [[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001]];
    const counterClockwise = geodesicRingAreaSquareMeters(ring, 4);
    expect(counterClockwise).toBeCloseTo(12_309.07, 1);
    expect(geodesicRingAreaSquareMeters([...ring].reverse(), 4)).toBe(-counterClockwise);
  });

  test('uses only the first `count` positions and closes the ring itself', () => {
    const closed: Position[] = [[46, 40], [46.01, 40], [46.01, 40.01], [46, 40.01], [46, 40]];
    expect(geodesicRingAreaSquareMeters(closed, 4)).toBe(referenceArea(closed, 4));
    expect(geodesicRingAreaSquareMeters(closed, 1)).toBe(0);
    expect(geodesicRingAreaSquareMeters(closed, 0)).toBe(0);
  });
});
