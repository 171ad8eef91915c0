import type { Position } from 'geojson';
import { findSegmentContact } from './find-segment-contact.js';
import type { ContactKind, FindSegmentContactOptions } from './find-segment-contact.js';

/**
 * What makes a feature's polygons an invalid area: edges that cross, overlap or touch (see
 * {@link ContactKind}); a hole outside its exterior ring (`hole-outside`); a hole inside another
 * hole (`nested-holes`); a polygon of a MultiPolygon inside another (`nested-polygons`).
 */
export type PolygonDefectKind = ContactKind | 'hole-outside' | 'nested-holes' | 'nested-polygons';

/** The first defect found and where: ring A is the offending ring, ring B the one it meets or lies in. */
export interface PolygonDefect {
  kind: PolygonDefectKind;
  polygonA: number;
  ringA: number;
  polygonB: number;
  ringB: number;
  /** A point showing where, in input coordinates. */
  x: number;
  y: number;
}

/**
 * Finds the first reason the rings of a feature (closed, repeat-free, none flat) do not describe a
 * valid area, or null when they do: crossing, overlapping or touching edges first (found with
 * {@link findSegmentContact}), then, when no edges meet, rings lying where they must not. A `touch`
 * alone may be harmless (a hole touching its exterior at one point is valid); the caller decides.
 *
 * @example
 * const square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
 * const outside = [[5, 5], [5, 6], [6, 6], [6, 5], [5, 5]];
 * findPolygonDefect([[square, outside]]);
 * // { kind: 'hole-outside', polygonA: 0, ringA: 1, polygonB: 0, ringB: 0, x: 5, y: 5 }
 */
export function findPolygonDefect(
  polygons: Position[][][],
  options: Partial<FindSegmentContactOptions> = {},
): PolygonDefect | null {
  const contact = findSegmentContact(polygons, options);
  if (contact !== null) return contact;
  // No edges meet, so every ring lies wholly inside or wholly outside each other ring, and testing
  // one vertex of a ring tells which.
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p];
    for (let h = 1; h < rings.length; h++) {
      const [x, y] = rings[h][0];
      if (!isInsideRing(x, y, rings[0])) return defect('hole-outside', p, h, p, 0, x, y);
    }
    if (rings.length > 2) {
      const nested = findNestedRing(rings.slice(1));
      if (nested !== null) {
        const [x, y] = rings[nested[0] + 1][0];
        return defect('nested-holes', p, nested[0] + 1, p, nested[1] + 1, x, y);
      }
    }
  }
  if (polygons.length > 1) {
    const nested = findNestedRing(
      polygons.map((rings) => rings[0]),
      (inner, outer) => {
        const [x, y] = polygons[inner][0][0];
        // A polygon on an island inside another polygon's hole is valid: check the holes too.
        return polygons[outer].slice(1).every((hole) => !isInsideRing(x, y, hole));
      },
    );
    if (nested !== null) {
      const [x, y] = polygons[nested[0]][0][0];
      return defect('nested-polygons', nested[0], 0, nested[1], 0, x, y);
    }
  }
  return null;
}

function defect(
  kind: PolygonDefectKind,
  polygonA: number,
  ringA: number,
  polygonB: number,
  ringB: number,
  x: number,
  y: number,
): PolygonDefect {
  return { kind, polygonA, ringA, polygonB, ringB, x, y };
}

/**
 * Among rings that do not meet, the first [inner, outer] pair where inner's first vertex lies inside
 * outer (and `alsoInside` agrees). Rings are swept in order of their west edge, so only rings whose
 * boxes overlap are compared.
 */
function findNestedRing(
  rings: Position[][],
  alsoInside: (inner: number, outer: number) => boolean = () => true,
): [number, number] | null {
  const boxes = rings.map(ringBox);
  const order = rings.map((_, index) => index).sort((a, b) => boxes[a][0] - boxes[b][0]);
  for (let i = 0; i < order.length; i++) {
    const a = order[i];
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j];
      if (boxes[b][0] > boxes[a][2]) break;
      if (boxes[b][1] > boxes[a][3] || boxes[b][3] < boxes[a][1]) continue;
      for (const [inner, outer] of [
        [a, b],
        [b, a],
      ]) {
        const [x, y] = rings[inner][0];
        if (isInsideRing(x, y, rings[outer]) && alsoInside(inner, outer)) return [inner, outer];
      }
    }
  }
  return null;
}

/** [minX, minY, maxX, maxY] */
function ringBox(ring: Position[]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Even-odd ray casting; the point is never on the ring here, since no edges meet. */
function isInsideRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
