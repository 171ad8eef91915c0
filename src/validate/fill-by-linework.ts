import type { Position } from 'geojson';
import { overlay } from '../geometry/overlay-engine.js';

/**
 * The land one polygon's rings enclose by the **linework** reading of GEOS MakeValid (what QGIS
 * "Fix geometries" and PostGIS ST_MakeValid give): the rings are cut where they cross or touch
 * (noded), an edge drawn more than once counts once, and the area is then built as GEOS builds
 * it — the outline of each connected piece of linework encloses land, nested outlines alternate
 * land and hole, and the edges left inside are built again the same way, each result taken in
 * symmetric difference with the last (GEOS's MakeValidPoly loop over BuildArea).
 *
 * It differs from the non-zero reading (a union of the polygon with itself) where the outline
 * runs over itself: an outline traced out and back along the same vertices encloses its land here
 * and nothing under non-zero; an outline walked round twice in the same direction on slightly
 * different vertices keeps its land under non-zero and becomes slivers here.
 *
 * Returns the land as polygons (exterior rings then holes, as the overlay engine returns them),
 * empty when the rings enclose nothing, or null when the rings cross each other more than
 * {@link MAX_LINEWORK_CROSSINGS} times (a hostile outline: the work and memory grow with the
 * crossings). Planar, in the coordinates given.
 *
 * @example
 * // A square traced out and back along its own vertices: non-zero keeps nothing, linework the square.
 * fillByLinework([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]);
 * // [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]]
 */
export function fillByLinework(rings: readonly (readonly Position[])[]): Position[][][] | null {
  const segments = nodeSegments(rings);
  if (segments === null) return null;
  const graph = buildGraph(segments);
  const loops: Position[][] = [];
  // Each round removes at least one edge (every outline walks its own edges), so this ends; the
  // cap only bounds hostile input made of thousands of nested rounds.
  for (let round = 0; round < MAX_ROUNDS && graph.aliveEdges > 0; round++) {
    for (const walk of walkOutlines(graph)) for (const loop of simpleLoops(walk)) loops.push(loop);
  }
  if (loops.length === 0) return [];
  // The symmetric difference of the loops: the land inside an odd number of them.
  return overlay('union', loops.map((loop) => [[...loop, loop[0]]]), [], { fillRule: 'evenOdd' });
}

const MAX_ROUNDS = 10_000;

/** Most crossings and contacts {@link fillByLinework} nodes before giving up (real broken outlines have a handful). */
export const MAX_LINEWORK_CROSSINGS = 100_000;

/** A segment as [ax, ay, bx, by]. */
type Segment = [number, number, number, number];

/**
 * Cuts every segment of the rings where another crosses, touches or overlaps it, and returns
 * the pieces, each once (an edge drawn twice, in either direction, is one edge).
 */
function nodeSegments(rings: readonly (readonly Position[])[]): Segment[] | null {
  const segments: Segment[] = [];
  for (const ring of rings) {
    for (let at = 0; at + 1 < ring.length; at++) {
      const [ax, ay] = ring[at];
      const [bx, by] = ring[at + 1];
      if (ax !== bx || ay !== by) segments.push([ax, ay, bx, by]);
    }
  }
  const cuts: Array<Array<[number, number]>> = segments.map(() => []);
  // Sweep along x: only segments whose x ranges overlap are compared.
  const order = segments.map((_, index) => index).sort((a, b) => minX(segments[a]) - minX(segments[b]));
  let active: number[] = [];
  let contacts = 0;
  for (const index of order) {
    const segment = segments[index];
    const left = minX(segment);
    active = active.filter((other) => maxX(segments[other]) >= left);
    for (const other of active) {
      contacts += cutAtContacts(segment, segments[other], cuts[index], cuts[other]);
      if (contacts > MAX_LINEWORK_CROSSINGS) return null;
    }
    active.push(index);
  }
  const pieces = new Map<string, Segment>();
  segments.forEach((segment, index) => {
    const start: [number, number] = [segment[0], segment[1]];
    const end: [number, number] = [segment[2], segment[3]];
    const points = cuts[index].length === 0 ? [start, end] : [start, ...sortAlong(segment, cuts[index]), end];
    for (let at = 0; at + 1 < points.length; at++) {
      const [ax, ay] = points[at];
      const [bx, by] = points[at + 1];
      if (ax === bx && ay === by) continue;
      const a = `${ax} ${ay}`;
      const b = `${bx} ${by}`;
      pieces.set(a < b ? `${a}|${b}` : `${b}|${a}`, [ax, ay, bx, by]);
    }
  });
  return [...pieces.values()];
}

function minX(segment: Segment): number {
  return Math.min(segment[0], segment[2]);
}

function maxX(segment: Segment): number {
  return Math.max(segment[0], segment[2]);
}

/** Adds to each segment's cuts the points where the other crosses, touches or overlaps it; returns how many. */
function cutAtContacts(p: Segment, q: Segment, pCuts: Array<[number, number]>, qCuts: Array<[number, number]>): number {
  if (Math.min(p[1], p[3]) > Math.max(q[1], q[3]) || Math.min(q[1], q[3]) > Math.max(p[1], p[3])) return 0;
  const [ax, ay, bx, by] = p;
  const [cx, cy, dx, dy] = q;
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (d1 * d2 < 0 && d3 * d4 < 0) {
    // A proper crossing: one computed point, shared by both, so the pieces meet exactly.
    const t = d1 / (d1 - d2);
    const point: [number, number] = [ax + t * (bx - ax), ay + t * (by - ay)];
    pCuts.push(point);
    qCuts.push(point);
    return 1;
  }
  // Touches and collinear overlaps: an end of one segment lying inside the other cuts it there.
  if (d3 === 0 && isInside(p, cx, cy)) pCuts.push([cx, cy]);
  if (d4 === 0 && isInside(p, dx, dy)) pCuts.push([dx, dy]);
  if (d1 === 0 && isInside(q, ax, ay)) qCuts.push([ax, ay]);
  if (d2 === 0 && isInside(q, bx, by)) qCuts.push([bx, by]);
  return d1 === 0 || d2 === 0 || d3 === 0 || d4 === 0 ? 1 : 0;
}

/** Twice the signed area of the triangle (a, b, c): positive when c lies left of a→b. */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether a point on the segment's line lies strictly between its ends. */
function isInside(segment: Segment, x: number, y: number): boolean {
  const [ax, ay, bx, by] = segment;
  if ((x === ax && y === ay) || (x === bx && y === by)) return false;
  return x >= Math.min(ax, bx) && x <= Math.max(ax, bx) && y >= Math.min(ay, by) && y <= Math.max(ay, by);
}

function sortAlong(segment: Segment, points: Array<[number, number]>): Array<[number, number]> {
  const [ax, ay, bx, by] = segment;
  const alongX = Math.abs(bx - ax) >= Math.abs(by - ay);
  const position = ([x, y]: [number, number]) => (alongX ? (x - ax) / (bx - ax) : (y - ay) / (by - ay));
  return points.sort((a, b) => position(a) - position(b));
}

/** The noded linework as a graph: vertices, and per vertex the edges still to build. */
interface Graph {
  x: number[];
  y: number[];
  /** Per vertex: its neighbours by live edges. */
  neighbours: Array<Set<number>>;
  aliveEdges: number;
}

function buildGraph(segments: Segment[]): Graph {
  const ids = new Map<string, number>();
  const graph: Graph = { x: [], y: [], neighbours: [], aliveEdges: 0 };
  const vertex = (x: number, y: number): number => {
    const key = `${x} ${y}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = graph.x.length;
      ids.set(key, id);
      graph.x.push(x);
      graph.y.push(y);
      graph.neighbours.push(new Set());
    }
    return id;
  };
  for (const [ax, ay, bx, by] of segments) {
    const a = vertex(ax, ay);
    const b = vertex(bx, by);
    if (a === b || graph.neighbours[a].has(b)) continue;
    graph.neighbours[a].add(b);
    graph.neighbours[b].add(a);
    graph.aliveEdges++;
  }
  return graph;
}

/**
 * One round of GEOS's BuildArea: walks the outer outline of every connected piece of the live
 * linework (keeping the unbounded face on its left, so clockwise), removes the walked edges, and
 * returns the walks. An outline encloses every face of its piece, which is what BuildArea's
 * union of a piece's faces is.
 */
function walkOutlines(graph: Graph): Position[][] {
  const { x, y, neighbours } = graph;
  const seen = new Uint8Array(x.length);
  const walks: Position[][] = [];
  const pieces: number[][] = [];
  for (let start = 0; start < x.length; start++) {
    if (seen[start] || neighbours[start].size === 0) continue;
    const piece: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      piece.push(v);
      for (const w of neighbours[v]) {
        if (!seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    pieces.push(piece);
  }
  const angle = (from: number, to: number) => Math.atan2(y[to] - y[from], x[to] - x[from]);
  const walked: Array<[number, number]> = [];
  for (const piece of pieces) {
    // The lowest-leftmost vertex lies on the outline; leaving it by its most counterclockwise edge
    // keeps the outside on the left.
    let first = piece[0];
    for (const v of piece) if (x[v] < x[first] || (x[v] === x[first] && y[v] < y[first])) first = v;
    let second = -1;
    for (const w of neighbours[first]) if (second === -1 || angle(first, w) > angle(first, second)) second = w;
    const walk: Position[] = [[x[first], y[first]]];
    let previous = first;
    let current = second;
    for (let steps = 0; steps <= 2 * graph.aliveEdges + 2; steps++) {
      walked.push([previous, current]);
      if (current === first && steps > 0 && nextAround(current, previous) === second) break;
      walk.push([x[current], y[current]]);
      const next = nextAround(current, previous);
      previous = current;
      current = next;
    }
    walks.push(walk);
  }
  for (const [a, b] of walked) {
    if (neighbours[a].delete(b)) graph.aliveEdges--;
    neighbours[b].delete(a);
  }
  return walks;

  /** The edge out of `v` met first turning clockwise from the edge back to `from`: the sharpest left turn. */
  function nextAround(v: number, from: number): number {
    const back = angle(v, from);
    let best = -1;
    let bestTurn = Infinity;
    for (const w of neighbours[v]) {
      if (w === from && neighbours[v].size > 1) continue;
      // How far clockwise from `back` the edge to w lies, in (0, 2π].
      let turn = back - angle(v, w);
      if (turn <= 0) turn += 2 * Math.PI;
      if (turn < bestTurn) {
        bestTurn = turn;
        best = w;
      }
    }
    return best;
  }
}

/**
 * Splits a walk that passes a vertex more than once (two lobes meeting at a point, an edge
 * walked both ways) into simple loops, and drops those that enclose nothing.
 */
function simpleLoops(walk: Position[]): Position[][] {
  const loops: Position[][] = [];
  const stack: Position[] = [];
  const onStack = new Map<string, number>();
  for (const position of walk) {
    const key = `${position[0]} ${position[1]}`;
    const at = onStack.get(key);
    if (at !== undefined) {
      const loop = stack.splice(at);
      for (const left of loop) onStack.delete(`${left[0]} ${left[1]}`);
      if (loop.length >= 3 && signedArea(loop) !== 0) loops.push(loop);
    }
    onStack.set(key, stack.length);
    stack.push(position);
  }
  if (stack.length >= 3 && signedArea(stack) !== 0) loops.push(stack);
  return loops;
}

function signedArea(loop: Position[]): number {
  let twice = 0;
  for (let at = 0; at < loop.length; at++) {
    const [ax, ay] = loop[at];
    const [bx, by] = loop[(at + 1) % loop.length];
    twice += ax * by - bx * ay;
  }
  return twice / 2;
}
