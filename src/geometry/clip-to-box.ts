import type { Position } from 'geojson';
import type { BoundingBox } from './bounding-box.js';

/**
 * Clips a polygon (outer ring, then holes) to an axis-aligned box with the Sutherland–Hodgman
 * algorithm, in linear time. Rings that vanish are dropped; if the outer ring vanishes the result
 * is null. Where a concave ring leaves and re-enters the box, the result holds zero-width edges
 * along the box side: the region is right, so use it as an operand of a boolean operation (which
 * resolves those edges), not as a final shape. Used to cut a large district or dissolved piece
 * down to the neighbourhood of a small one before an exact intersection or difference.
 *
 * @example
 * clipToBox([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]], [2, 2, 4, 4]);
 * // [[[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]] (up to where the ring starts)
 */
export function clipToBox(rings: readonly (readonly Position[])[], box: BoundingBox): Position[][] | null {
  const clipped: Position[][] = [];
  for (let index = 0; index < rings.length; index += 1) {
    const ring = clipRing(rings[index], box);
    if (ring) clipped.push(ring);
    else if (index === 0) return null;
  }
  return clipped;
}

// Edge bits, as in lineclip (Agafonkin): each pass keeps the part inside one side of the box.
const LEFT = 1;
const RIGHT = 2;
const BOTTOM = 4;
const TOP = 8;
const EDGES = [LEFT, RIGHT, BOTTOM, TOP];

function clipRing(ring: readonly Position[], box: BoundingBox): Position[] | null {
  // Work on the open ring; the closing position is added back at the end.
  let points: readonly Position[] = ring.length > 1 && samePosition(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring;
  for (const edge of EDGES) {
    if (points.length === 0) break;
    const result: Position[] = [];
    let previous = points[points.length - 1];
    let previousInside = isInside(previous, edge, box);
    for (const point of points) {
      const inside = isInside(point, edge, box);
      if (inside !== previousInside) result.push(intersect(previous, point, edge, box));
      if (inside) result.push(point);
      previous = point;
      previousInside = inside;
    }
    points = result;
  }
  if (points.length < 3) return null;
  return [...points, points[0]];
}

function isInside(point: Position, edge: number, box: BoundingBox): boolean {
  if (edge === LEFT) return point[0] >= box[0];
  if (edge === RIGHT) return point[0] <= box[2];
  if (edge === BOTTOM) return point[1] >= box[1];
  return point[1] <= box[3];
}

function intersect(a: Position, b: Position, edge: number, box: BoundingBox): Position {
  if (edge === LEFT || edge === RIGHT) {
    const x = edge === LEFT ? box[0] : box[2];
    return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  }
  const y = edge === BOTTOM ? box[1] : box[3];
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
