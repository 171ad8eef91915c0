import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/**
 * Puts back on an overlay result the input vertices that lie on its edges. Where two input edges
 * overlap along a line, the overlay engine (Clipper) keeps one and drops the vertices of the other
 * that lie inside it, so the union of two overlapping lanes with a common south side gets one long
 * edge where each input had its own (polygon-clipping, before it, dropped every collinear vertex). On the plane that
 * changes nothing; measured on geodesics it does: one geodesic across both rectangles bulges
 * further from the straight line than two half as long, and the union measured 2 m² less than the
 * sum of two adjacent 300 m and 340 m clearances at 40°N (the error grows with the cube of the edge
 * length). GEOS keeps those vertices, and so does the result once restored: adjacent polygons
 * then dissolve to exactly the sum of their areas.
 *
 * A vertex is restored on an edge when the result does not have it already (it would make a
 * spike), and it lies strictly between the edge's ends, within {@link RESTORE_RELATIVE_DISTANCE} of
 * the edge's length from its line and never farther than {@link RESTORE_MAX_DISTANCE_DEGREES}: far
 * below survey precision, above rounding; and no nearer than {@link RESTORE_MIN_EDGE_DEGREES} to
 * either end or to the vertex restored before it. Returns new ring arrays where vertices were
 * restored; other rings are the result's own.
 *
 * @param result MultiPolygon coordinates from the overlay engine.
 * @param inputs the operands, each a Polygon's rings or a MultiPolygon's polygons.
 * @example
 * const union = overlay('union', [a.coordinates, b.coordinates], []);
 * restoreDroppedVertices(union, [a.coordinates, b.coordinates]); // b's corner is back on a's edge
 */
export function restoreDroppedVertices(result: Position[][][], inputs: readonly (Position[][] | Position[][][])[]): Position[][][] {
  if (result.length === 0) return result;
  const points = collectVertices(inputs);
  const count = points.length / 2;
  if (count === 0) return result;
  let index: Flatbush | null = null;
  // A few candidates are scanned: building an R-tree for them costs more than looking at each.
  if (count > SCANNED_VERTICES) {
    index = new Flatbush(count);
    for (let k = 0; k < count; k += 1) index.add(points[2 * k], points[2 * k + 1], points[2 * k], points[2 * k + 1]);
    index.finish();
  }
  // A vertex the result has was not dropped. Built only when some edge has a candidate (rarely).
  let kept: Set<string> | null = null;
  const isKept = (x: number, y: number): boolean => {
    if (kept === null) {
      kept = new Set<string>();
      for (const rings of result) for (const ring of rings) for (const [keptX, keptY] of ring) kept.add(`${keptX},${keptY}`);
    }
    return kept.has(`${x},${y}`);
  };
  return result.map((rings) => rings.map((ring) => restoreRing(ring, { index, points, isKept })));
}

/** Up to this many candidate vertices are scanned instead of indexed. */
const SCANNED_VERTICES = 64;

interface Candidates {
  /** R-tree over `points`; null: scan them. */
  index: Flatbush | null;
  points: Float64Array;
  isKept: (x: number, y: number) => boolean;
}

/** How far from an edge's line, as a share of the edge's length, an input vertex may lie and still be put back on it. */
const RESTORE_RELATIVE_DISTANCE = 1e-9;
/** How far from an edge's line, in degrees, an input vertex may lie at most: about 10 nm. */
const RESTORE_MAX_DISTANCE_DEGREES = 1e-13;
/**
 * Shortest piece of an edge a restored vertex may leave, about 10 cm: shorter, a geodesic is its
 * chord to within 1e-13 m², and below it lie only specks of rounding.
 */
const RESTORE_MIN_EDGE_DEGREES = 1e-6;

function restoreRing(ring: Position[], candidates: Candidates): Position[] {
  let restored: Position[] | null = null;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const found = verticesOnEdge(ring[i], ring[i + 1], candidates);
    if (found.length === 0) {
      restored?.push(ring[i]);
      continue;
    }
    restored ??= ring.slice(0, i);
    restored.push(ring[i], ...found);
  }
  if (restored === null) return ring;
  restored.push(ring[ring.length - 1]);
  return restored;
}

/** Input vertices strictly inside edge a→b and on its line, ordered from a to b, without repeats. */
function verticesOnEdge(a: Position, b: Position, { index, points, isKept }: Candidates): Position[] {
  const ax = a[0];
  const ay = a[1];
  const dx = b[0] - ax;
  const dy = b[1] - ay;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared < 4 * RESTORE_MIN_EDGE_DEGREES * RESTORE_MIN_EDGE_DEGREES) return [];
  const candidates = index
    ? index.search(Math.min(ax, b[0]), Math.min(ay, b[1]), Math.max(ax, b[0]), Math.max(ay, b[1]))
    : scan(points, Math.min(ax, b[0]), Math.min(ay, b[1]), Math.max(ax, b[0]), Math.max(ay, b[1]));
  if (candidates.length === 0) return [];
  const length = Math.sqrt(lengthSquared);
  // |cross| is the distance from the line times the length.
  const limit = Math.min(RESTORE_RELATIVE_DISTANCE * length, RESTORE_MAX_DISTANCE_DEGREES) * length;
  const found: Array<{ t: number; x: number; y: number }> = [];
  for (const k of candidates) {
    const x = points[2 * k];
    const y = points[2 * k + 1];
    if ((x === ax && y === ay) || (x === b[0] && y === b[1])) continue;
    if (Math.abs(dx * (y - ay) - dy * (x - ax)) > limit) continue;
    const t = (dx * (x - ax) + dy * (y - ay)) / lengthSquared;
    if (t > 0 && t < 1 && !isKept(x, y)) found.push({ t, x, y });
  }
  found.sort((p, q) => p.t - q.t);
  // Every piece of the edge at least RESTORE_MIN_EDGE_DEGREES long: a vertex nearer an end or the
  // vertex before changes nothing on geodesics, and could only add a speck (a spike, a zigzag).
  const minT = RESTORE_MIN_EDGE_DEGREES / length;
  const out: Position[] = [];
  let lastT = 0;
  for (const { t, x, y } of found) {
    if (t - lastT < minT || 1 - t < minT) continue;
    out.push([x, y]);
    lastT = t;
  }
  return out;
}

/** Indices of the points inside the box. */
function scan(points: Float64Array, minX: number, minY: number, maxX: number, maxY: number): number[] {
  const found: number[] = [];
  for (let k = 0; k < points.length / 2; k += 1) {
    const x = points[2 * k];
    const y = points[2 * k + 1];
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) found.push(k);
  }
  return found;
}

/** Every vertex of the inputs, as x, y pairs (closing positions included; repeats do no harm). */
function collectVertices(inputs: readonly (Position[][] | Position[][][])[]): Float64Array {
  let count = 0;
  const rings: Position[][] = [];
  for (const input of inputs) {
    const polygons = isPolygon(input) ? [input] : (input as Position[][][]);
    for (const polygon of polygons) {
      for (const ring of polygon) {
        rings.push(ring);
        count += ring.length;
      }
    }
  }
  const points = new Float64Array(2 * count);
  let k = 0;
  for (const ring of rings) {
    for (const position of ring) {
      points[k++] = position[0];
      points[k++] = position[1];
    }
  }
  return points;
}

/** Whether the operand is a Polygon's rings (its first non-empty ring starts with a position of numbers). */
function isPolygon(input: Position[][] | Position[][][]): input is Position[][] {
  for (const element of input) {
    if (element.length > 0) return typeof (element as Position[])[0][0] === 'number';
  }
  return false;
}
