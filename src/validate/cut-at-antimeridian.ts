import type { Position } from 'geojson';
import { geodesicCrossing } from '../geometry/geodesic-crossing.js';
import { overlay } from '../geometry/overlay-engine.js';
import { findPolygonDefect } from './find-polygon-defect.js';
import { isFlatRing } from './is-flat-ring.js';

/**
 * Cuts valid polygons whose longitudes were unwrapped ({@link unwrapLongitudes}) at every odd
 * multiple of 180°, and moves each piece by whole turns back into longitude −180…180, as RFC 7946
 * §3.1.9 asks of geometries crossing the antimeridian: a piece ending at 180° and one starting at
 * −180°. The cut runs along a meridian, which is a geodesic, and each edge is cut where its
 * geodesic crosses it ({@link geodesicCrossing}; where its chord does would move the edge), so the
 * pieces measure exactly what the ring as written does. Pieces are wound counterclockwise (holes
 * clockwise). Should moving the cut points onto the geodesics make the pieces invalid (cut points
 * closer together than the geodesics are from the chords, metres on edges of tens of km), the
 * pieces are cut where the chords cross instead.
 *
 * @example
 * cutAtAntimeridian([[[[179.9, 0], [180.1, 0], [180.1, 0.1], [179.9, 0.1], [179.9, 0]]]]);
 * // [[[[179.9, 0], [180, 0], [180, 0.1], [179.9, 0.1], [179.9, 0]]], [[[-180, 0], [-179.9, 0], [-179.9, 0.1], [-180, 0.1], [-180, 0]]]]
 */
export function cutAtAntimeridian(polygons: Position[][][]): Position[][][] {
  const pieces = cutIntoWindows(polygons, true);
  return findPolygonDefect(pieces) === null ? pieces : cutIntoWindows(polygons, false);
}

function cutIntoWindows(polygons: Position[][][], onGeodesics: boolean): Position[][][] {
  let west = Infinity;
  let east = -Infinity;
  for (const rings of polygons) {
    for (const [x] of rings[0]) {
      if (x < west) west = x;
      if (x > east) east = x;
    }
  }
  const pieces: Position[][][] = [];
  // Window k holds longitudes 360k − 180 … 360k + 180.
  const firstWindow = Math.floor((west + HALF_TURN_DEGREES) / FULL_TURN_DEGREES);
  const lastWindow = Math.ceil((east + HALF_TURN_DEGREES) / FULL_TURN_DEGREES) - 1;
  for (let window = firstWindow; window <= lastWindow; window++) {
    const shift = window * FULL_TURN_DEGREES;
    const box: Position[][] = [
      [
        [shift - HALF_TURN_DEGREES, -MAX_LATITUDE],
        [shift + HALF_TURN_DEGREES, -MAX_LATITUDE],
        [shift + HALF_TURN_DEGREES, MAX_LATITUDE],
        [shift - HALF_TURN_DEGREES, MAX_LATITUDE],
        [shift - HALF_TURN_DEGREES, -MAX_LATITUDE],
      ],
    ];
    const restored = overlay('intersection', polygons, [box]);
    // The engine puts the cut points on its 1e-9° grid: put them back on the meridians exactly.
    onMeridian(restored, shift - HALF_TURN_DEGREES);
    onMeridian(restored, shift + HALF_TURN_DEGREES);
    if (onGeodesics) {
      cutOnGeodesics(restored, polygons, shift - HALF_TURN_DEGREES);
      cutOnGeodesics(restored, polygons, shift + HALF_TURN_DEGREES);
    }
    for (const rings of restored) {
      if (isFlatRing(rings[0])) continue;
      const kept = rings.filter((ring, index) => index === 0 || !isFlatRing(ring));
      // Subtracting whole turns from longitudes near ±180 is exact.
      pieces.push(shift === 0 ? kept : kept.map((ring) => ring.map(([x, y]) => [x - shift, y])));
    }
  }
  return pieces;
}

const HALF_TURN_DEGREES = 180;
const FULL_TURN_DEGREES = 360;
const MAX_LATITUDE = 90;
// A cut vertex lies on the chord of the edge it cut, to the overlay engine's grid (one 1e-9° step,
// 0.1 mm, on each axis) and its rounding.
const ON_CHORD_DEGREES = 3e-9;

/** Moves the vertices within ON_CHORD_DEGREES of the meridian `longitude` onto it. */
function onMeridian(pieces: Position[][][], longitude: number): void {
  for (const rings of pieces) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        const [x, y] = ring[i];
        if (x !== longitude && Math.abs(x - longitude) <= ON_CHORD_DEGREES) ring[i] = [longitude, y];
      }
    }
  }
}

/**
 * Moves the vertices the cut made on the meridian `longitude` (those that are no input vertex)
 * from the chord of the edge they cut to where the edge's geodesic crosses the meridian.
 */
function cutOnGeodesics(pieces: Position[][][], polygons: Position[][][], longitude: number): void {
  const edges: Array<[Position, Position]> = [];
  const vertices = new Set<number>();
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        if (ring[i][0] === longitude) vertices.add(ring[i][1]);
        if ((ring[i][0] < longitude && ring[i + 1][0] > longitude) || (ring[i][0] > longitude && ring[i + 1][0] < longitude)) {
          edges.push([ring[i], ring[i + 1]]);
        }
      }
    }
  }
  if (edges.length === 0) return;
  const moved = new Map<number, number>();
  for (const rings of pieces) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        const [x, y] = ring[i];
        if (x !== longitude || vertices.has(y)) continue;
        let latitude = moved.get(y);
        if (latitude === undefined) {
          latitude = geodesicLatitude(edges, longitude, y) ?? y;
          moved.set(y, latitude);
        }
        ring[i] = [longitude, latitude];
      }
    }
  }
}

/** Latitude where the geodesic of the edge whose chord crosses the meridian at `latitude` does, or null. */
function geodesicLatitude(edges: Array<[Position, Position]>, longitude: number, latitude: number): number | null {
  for (const [start, end] of edges) {
    const chordLatitude = start[1] + ((longitude - start[0]) / (end[0] - start[0])) * (end[1] - start[1]);
    if (Math.abs(chordLatitude - latitude) > ON_CHORD_DEGREES) continue;
    const crossing = geodesicCrossing(start, end, [longitude, -MAX_LATITUDE], [longitude, MAX_LATITUDE], [longitude, latitude]);
    return crossing === null ? null : crossing[1];
  }
  return null;
}
