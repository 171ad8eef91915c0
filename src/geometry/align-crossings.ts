import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { geodesicCrossing } from './geodesic-crossing.js';
import type { RegionIndex } from './region-index.js';

/**
 * Moves the points where a polygon's edges cross region boundaries onto the polygon's geodesic
 * edges, in the pieces the polygon was cut into (by region, and outside every region).
 * The overlay engine puts them where the straight lines in longitude/latitude cross (to its 1e-9° grid), millimetres off
 * the polygon's geodesic edge (metres on edges of tens of km); measured on geodesics, the pieces
 * then add up to more or less than the polygon (0.78 m² less than 105.6 ha for the reduced land of
 * five real districts, −7.4e-7). On the geodesic edge (where it crosses the boundary as drawn, a
 * straight line in longitude/latitude), the pieces add up to the polygon exactly, to rounding: no
 * land is lost or counted twice along a boundary. Each region's share moves by the sliver between
 * the edge and its chord, which GEOS, overlaying chords, does not see.
 *
 * A crossing is a vertex of a piece that is not a vertex of the polygon or an end of a region
 * boundary segment, and lies within {@link ON_EDGE_DEGREES} of one edge of each. The same crossing
 * gets the same point in every piece. Vertices that are not crossings, and crossings of nearly
 * parallel edges, are left as they are.
 *
 * @param pieces the pieces, each MultiPolygon coordinates; changed in place.
 * @param rings the polygon that was cut (outer ring first).
 * @param index the regions it was cut by.
 * @example
 * const inside = tryBoolean('intersection', [rings, district]).coordinates;
 * const outside = tryBoolean('difference', [rings, district]).coordinates;
 * alignCrossings([inside, outside], rings, index);
 */
export function alignCrossings(pieces: Position[][][][], rings: Position[][], index: RegionIndex): void {
  const edges = indexEdges(rings);
  if (!index.segments || edges === null) return;
  const vertices = new Set<string>();
  for (const ring of rings) for (const position of ring) vertices.add(keyOf(position));
  const moved = new Map<string, Position | null>();
  for (const piece of pieces) {
    for (const polygon of piece) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i += 1) {
          const key = keyOf(ring[i]);
          if (vertices.has(key)) continue;
          let target = moved.get(key);
          if (target === undefined) {
            target = crossingOnGeodesics(ring[i], edges, index);
            moved.set(key, target);
          }
          if (target) ring[i] = target;
        }
      }
    }
  }
}

/**
 * Farthest a crossing computed on the plane may lie from the edges it is on: the overlay engine
 * truncates it to its 1e-9° grid (up to one step on each axis, √2 × 1e-9° from both lines); about
 * twice that leaves room for its clamping of crossings to the sweep's scanbeam.
 */
const ON_EDGE_DEGREES = 3e-9;

interface EdgeIndex {
  tree: Flatbush;
  ends: Float64Array;
}

function indexEdges(rings: Position[][]): EdgeIndex | null {
  let count = 0;
  for (const ring of rings) count += Math.max(ring.length - 1, 0);
  if (count === 0) return null;
  const tree = new Flatbush(count);
  const ends = new Float64Array(4 * count);
  let k = 0;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 1, k += 1) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      ends.set([x0, y0, x1, y1], 4 * k);
      tree.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }
  }
  tree.finish();
  return { tree, ends };
}

/** Where the polygon's geodesic edge crosses the region segment, for a vertex that is such a crossing, else null. */
function crossingOnGeodesics(point: Position, edges: EdgeIndex, index: RegionIndex): Position | null {
  const edge = nearestSegment(point, edges.tree, edges.ends);
  if (edge === null) return null;
  const boundary = nearestSegment(point, index.segments!, index.segmentEnds);
  if (boundary === null) return null;
  const [x, y] = point;
  if ((boundary[0] === x && boundary[1] === y) || (boundary[2] === x && boundary[3] === y)) return null;
  return geodesicCrossing([edge[0], edge[1]], [edge[2], edge[3]], [boundary[0], boundary[1]], [boundary[2], boundary[3]], point);
}

/** Ends of the segment nearest to the point, if within ON_EDGE_DEGREES of it. */
function nearestSegment(point: Position, tree: Flatbush, ends: Float64Array): number[] | null {
  const [x, y] = point;
  let best: number | null = null;
  let bestDistance = ON_EDGE_DEGREES;
  for (const segment of tree.search(x - ON_EDGE_DEGREES, y - ON_EDGE_DEGREES, x + ON_EDGE_DEGREES, y + ON_EDGE_DEGREES)) {
    const distance = distanceToSegment(x, y, ends, 4 * segment);
    if (distance <= bestDistance) {
      best = segment;
      bestDistance = distance;
    }
  }
  return best === null ? null : Array.from(ends.subarray(4 * best, 4 * best + 4));
}

function distanceToSegment(x: number, y: number, ends: Float64Array, k: number): number {
  const x0 = ends[k];
  const y0 = ends[k + 1];
  const dx = ends[k + 2] - x0;
  const dy = ends[k + 3] - y0;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
  return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
}

function keyOf(position: Position): string {
  return `${position[0]},${position[1]}`;
}
