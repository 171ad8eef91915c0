// The engine's own modules, not the package index: the index also loads offsetting, rectangle
// clipping, Minkowski sums and triangulation (about 100 kB minified) that a bundler cannot drop.
import { ClipType, FillRule, type Path64, type Point64 } from 'clipper2-ts/dist/Core.js';
import { Clipper64, PolyTree64, type PolyPath64 } from 'clipper2-ts/dist/Engine.js';
import type { Position } from 'geojson';
import { restoreDroppedVertices } from './restore-dropped-vertices.js';

/** The boolean operations of the overlay engine. */
export type OverlayOperation = 'union' | 'intersection' | 'difference';

/**
 * Integer steps per degree: 1e9, a step of 0.1 mm. Clipper decides the topology on this grid; 1e7
 * (its usual choice) moved the report's areas by 4e-6 on survey polygons, beyond the 1e-6
 * cleared-land promises. Input vertices and most crossings come back off the grid, exact.
 */
export const OVERLAY_STEPS_PER_DEGREE = 1e9;

/**
 * Origins lie on multiples of 1/512° (≈ 200 m): 1e9 / 512 is a whole number, so every call's
 * integer grid is the same global grid, and two calls that meet the same crossing put it on the
 * same point.
 */
const ORIGIN_STEPS_PER_DEGREE = 512;

/** Options of {@link overlay}. */
export interface OverlayOptions {
  /**
   * Vertices of the operands closer than this (in degrees, on both axes) are moved together
   * before the operation, so that edges digitised twice with a little noise (neighbouring
   * polygons' shared corners) meet instead of leaving sliver gaps; 0: nothing moves.
   */
  snapDegrees: number;
  /**
   * How an operand's rings make land: `nonZero`, the land any of its polygons covers (rings are
   * oriented first); `evenOdd`, the land inside an odd number of its rings, whatever their winding
   * (the symmetric difference of simple rings).
   */
  fillRule: 'nonZero' | 'evenOdd';
}

/** Defaults of {@link OverlayOptions}. */
export const defaultOverlayOptions: OverlayOptions = {
  /** Vertices stay where they are. */
  snapDegrees: 0,
  /** Overlapping polygons of an operand are its union. */
  fillRule: 'nonZero',
};

/**
 * Snapping cells are 16 tolerances wide, so that most points need to look in one cell only (those
 * within a tolerance of a cell's side look in its neighbour too).
 */
const SNAP_CELL_TOLERANCES = 16;

const clipper = new Clipper64();
clipper.preserveCollinear = true;

const CLIP_TYPES: Record<OverlayOperation, ClipType> = {
  union: ClipType.Union,
  intersection: ClipType.Intersection,
  difference: ClipType.Difference,
};

/**
 * `subject ∪ clip`, `subject ∩ clip` or `subject − clip` of polygons in longitude/latitude, with
 * Clipper2 (clipper2-ts, Angus Johnson's Vatti clipper) on integer coordinates. Each operand is a
 * list of polygons (rings, outer first) that may overlap one another: an operand is the land any
 * of its polygons covers (any winding is accepted; rings are oriented first, as the non-zero fill
 * rule needs). Collinear vertices are kept (a vertex on a straight edge still bends its geodesic),
 * and input vertices lying on an edge of the result are put back on it ({@link restoreDroppedVertices}).
 *
 * Coordinates become integers at {@link OVERLAY_STEPS_PER_DEGREE} relative to an origin near the
 * operands, so that the integers stay small: below 9e7 (0.09° from the origin) every product
 * Clipper forms is exact in a double; beyond that Clipper2 decides orientation with BigInt. Every
 * vertex of the result that is a vertex of an input is that input position itself (the same
 * array), not its rounded copy; a crossing of two input edges is where those edges cross, computed
 * in doubles. Only the rare other points (crossings of nearly parallel edges) stay on the grid.
 *
 * @returns MultiPolygon coordinates: outer rings counter-clockwise, holes clockwise, rings closed,
 * each ring starting at its lowest vertex (least longitude, then latitude), polygons and holes in
 * that order: the same land always comes back as the same arrays, whatever order Clipper found it in.
 * @throws whatever Clipper2 throws on input it cannot handle (non-finite coordinates); callers
 * report it as a fallback.
 * @example
 * overlay('union', [squareA.coordinates, squareB.coordinates], []); // one polygon where they overlap
 * overlay('difference', [hazard.coordinates], [cleared.coordinates]);
 */
export function overlay(
  operation: OverlayOperation,
  subject: readonly (readonly (readonly Position[])[])[],
  clip: readonly (readonly (readonly Position[])[])[],
  options: Partial<OverlayOptions> = {},
): Position[][][] {
  const { snapDegrees, fillRule } = { ...defaultOverlayOptions, ...options };
  const frame = frameOf(subject, clip);
  if (snapDegrees > 0) {
    const steps = Math.max(1, Math.round(snapDegrees * OVERLAY_STEPS_PER_DEGREE));
    frame.snap = { steps, cellSteps: steps * SNAP_CELL_TOLERANCES, cells: new Map() };
  }
  // One clipper for every call (the work is synchronous): cleared, not allocated anew.
  clipper.clear();
  // With a callback, Clipper gives a crossing that falls on an input vertex that vertex's z (the
  // vertex comes back exact); the callback itself remembers where the other crossings really are.
  clipper.zCallback = (bot1, top1, bot2, top2, crossing) => rememberCrossing(bot1, top1, bot2, top2, crossing, frame);
  clipper.addSubject(toPaths(subject, frame));
  if (clip.length > 0) clipper.addClip(toPaths(clip, frame));
  const tree = new PolyTree64();
  try {
    clipper.execute(CLIP_TYPES[operation], fillRule === 'evenOdd' ? FillRule.EvenOdd : FillRule.NonZero, tree);
  } finally {
    // Let go of this call's vertices and of the frame its callback holds.
    clipper.clear();
    clipper.zCallback = undefined;
  }
  const collected: Position[][][] = [];
  frame.used = new Uint8Array(frame.positions.length);
  collectPolygons(tree, frame, collected);
  // Clipper keeps collinear vertices, but not those of an edge lying along another edge: only an
  // input vertex the result does not have can be one of those.
  const unused = frame.positions.filter((_, index) => frame.used![index] === 0);
  const polygons = unused.length > 0 ? restoreDroppedVertices(collected, [[unused]]) : collected;
  return polygons.length > 1 ? polygons.sort((a, b) => compareStarts(a[0], b[0])) : polygons;
}

/**
 * For a crossing of two input edges (z = 0: not on a vertex), computes where the edges as given
 * cross, in doubles, and marks the point with z = −(its index + 1) in `frame.crossings`: the result
 * then holds that point, not the grid point (0.5e-9° off, which moved the area of 100 m pieces by
 * 3e-7). Kept only within a few grid steps of Clipper's point: for nearly parallel edges the
 * crossing is ill-conditioned and the grid point is the better answer.
 */
function rememberCrossing(bot1: Point64, top1: Point64, bot2: Point64, top2: Point64, crossing: Point64, frame: Frame): void {
  if (crossing.z !== 0) return;
  const { positions } = frame;
  const z1 = bot1.z ?? 0;
  const z2 = top1.z ?? 0;
  const z3 = bot2.z ?? 0;
  const z4 = top2.z ?? 0;
  if (z1 <= 0 || z2 <= 0 || z3 <= 0 || z4 <= 0) return;
  const [ax, ay] = positions[z1 - 1];
  const [bx, by] = positions[z2 - 1];
  const [cx, cy] = positions[z3 - 1];
  const [dx, dy] = positions[z4 - 1];
  const denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (denominator === 0) return;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denominator;
  const x = ax + t * (bx - ax);
  const y = ay + t * (by - ay);
  const gridX = frame.originX + crossing.x / OVERLAY_STEPS_PER_DEGREE;
  const gridY = frame.originY + crossing.y / OVERLAY_STEPS_PER_DEGREE;
  if (!(Math.abs(x - gridX) <= CROSSING_GRID_DEGREES && Math.abs(y - gridY) <= CROSSING_GRID_DEGREES)) return;
  frame.crossings.push([x, y]);
  crossing.z = -frame.crossings.length;
  // Clipper may put a copy of the point without its z in the result (where a horizontal edge
  // passes): those find it by position.
  frame.crossingAt.set(gridKey(crossing), frame.crossings.length - 1);
}

function gridKey(point: Point64): string {
  return `${point.x},${point.y}`;
}

/** How far (in degrees) a crossing computed in doubles may be from Clipper's grid point: 3 steps. */
const CROSSING_GRID_DEGREES = 3 / OVERLAY_STEPS_PER_DEGREE;

/** The integer frame of one call: its origin and every input position, by its index + 1 (Clipper's z). */
interface Frame {
  originX: number;
  originY: number;
  positions: Position[];
  /** Whether each input position is a vertex of the result; null until the result is read. */
  used: Uint8Array | null;
  /** Crossings computed in doubles, by −z − 1. */
  crossings: Position[];
  /** The index in `crossings` of each crossing's grid point, keyed "x,y". */
  crossingAt: Map<string, number>;
  /**
   * Snapping: its tolerance and cell size in grid steps, and the vertices others snap to, as x, y
   * pairs by a hash of their cell (a collision only adds candidates that are too far); null: none.
   */
  snap: { steps: number; cellSteps: number; cells: Map<number, number[]> } | null;
}

function frameOf(...operands: readonly (readonly (readonly (readonly Position[])[])[])[]): Frame {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygons of operands) {
    for (const rings of polygons) {
      // Outer rings bound their holes.
      const outer = rings[0];
      if (!outer) continue;
      for (const position of outer) {
        const x = position[0];
        const y = position[1];
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (minX > maxX) return { originX: 0, originY: 0, positions: [], used: null, crossings: [], crossingAt: new Map(), snap: null };
  return {
    originX: Math.round(((minX + maxX) / 2) * ORIGIN_STEPS_PER_DEGREE) / ORIGIN_STEPS_PER_DEGREE,
    originY: Math.round(((minY + maxY) / 2) * ORIGIN_STEPS_PER_DEGREE) / ORIGIN_STEPS_PER_DEGREE,
    positions: [],
    used: null,
    crossings: [],
    crossingAt: new Map(),
    snap: null,
  };
}

function toPaths(polygons: readonly (readonly (readonly Position[])[])[], frame: Frame): Path64[] {
  const paths: Path64[] = [];
  for (const rings of polygons) {
    for (let ringIndex = 0; ringIndex < rings.length; ringIndex += 1) {
      const path = toPath(rings[ringIndex], frame);
      if (path.length < 3) continue;
      // Non-zero filling: outer rings must wind counter-clockwise and holes clockwise, or a hole
      // would add to its polygon instead of cutting it out.
      const counterClockwise = twiceSignedArea(path) > 0;
      if (counterClockwise !== (ringIndex === 0)) path.reverse();
      paths.push(path);
    }
  }
  return paths;
}

function toPath(ring: readonly Position[], frame: Frame): Path64 {
  let count = ring.length;
  // Clipper closes paths itself.
  if (count > 1 && ring[0][0] === ring[count - 1][0] && ring[0][1] === ring[count - 1][1]) count -= 1;
  const path: Path64 = [];
  const { originX, originY, positions } = frame;
  for (let index = 0; index < count; index += 1) {
    const position = ring[index];
    positions.push(position as Position);
    const point = {
      x: Math.round((position[0] - originX) * OVERLAY_STEPS_PER_DEGREE),
      y: Math.round((position[1] - originY) * OVERLAY_STEPS_PER_DEGREE),
      z: positions.length,
    };
    if (frame.snap) snapPoint(point, frame.snap);
    pushWithoutSpikes(path, point);
  }
  return closeWithoutSpikes(path);
}

/**
 * Adds a grid point to a ring, leaving out what encloses nothing: a repeat of the point before, and
 * a spike (out to a point and straight back, A → X → A). Clipper2-ts's sweep can run forever on
 * such rings (a fuzzed 15-vertex ring of repeats and spikes at the south pole never returned), and
 * they add no land under either fill rule.
 */
function pushWithoutSpikes(path: Path64, point: Point64): void {
  const last = path[path.length - 1];
  if (last !== undefined && last.x === point.x && last.y === point.y) return;
  const beforeLast = path[path.length - 2];
  if (beforeLast !== undefined && beforeLast.x === point.x && beforeLast.y === point.y) {
    path.pop();
    return;
  }
  path.push(point);
}

/** The ring with repeats and spikes across its closing point removed too. */
function closeWithoutSpikes(path: Path64): Path64 {
  let start = 0;
  let end = path.length;
  const same = (a: Point64, b: Point64) => a.x === b.x && a.y === b.y;
  for (let changed = true; changed && end - start >= 3; ) {
    changed = false;
    if (same(path[start], path[end - 1])) {
      end -= 1;
      changed = true;
    } else if (same(path[end - 2], path[start])) {
      end -= 2;
      changed = true;
    } else if (same(path[end - 1], path[start + 1])) {
      start += 1;
      end -= 1;
      changed = true;
    }
  }
  return start === 0 && end === path.length ? path : path.slice(start, end);
}

/**
 * Moves the point onto the first vertex seen within `steps` of it on both axes, or makes it one
 * that later points snap to. The point keeps its z: where it is in the result, its own input
 * position comes back.
 */
function snapPoint(point: { x: number; y: number }, snap: NonNullable<Frame['snap']>): void {
  const { steps, cellSteps, cells } = snap;
  const fromX = Math.floor((point.x - steps) / cellSteps);
  const toX = Math.floor((point.x + steps) / cellSteps);
  const fromY = Math.floor((point.y - steps) / cellSteps);
  const toY = Math.floor((point.y + steps) / cellSteps);
  for (let cellX = fromX; cellX <= toX; cellX += 1) {
    for (let cellY = fromY; cellY <= toY; cellY += 1) {
      const seen = cells.get(cellHash(cellX, cellY));
      if (!seen) continue;
      for (let index = 0; index < seen.length; index += 2) {
        if (Math.abs(seen[index] - point.x) <= steps && Math.abs(seen[index + 1] - point.y) <= steps) {
          point.x = seen[index];
          point.y = seen[index + 1];
          return;
        }
      }
    }
  }
  const key = cellHash(Math.floor(point.x / cellSteps), Math.floor(point.y / cellSteps));
  const seen = cells.get(key);
  if (seen) seen.push(point.x, point.y);
  else cells.set(key, [point.x, point.y]);
}

function cellHash(cellX: number, cellY: number): number {
  // A small integer (V8 keeps it unboxed), whatever the cell numbers.
  return (Math.imul(cellX, 73_856_093) ^ Math.imul(cellY, 19_349_663)) & 0x3fffffff;
}

function twiceSignedArea(path: Path64): number {
  let twice = 0;
  for (let index = 0, previous = path.length - 1; index < path.length; previous = index, index += 1) {
    twice += (path[previous].x - path[index].x) * (path[previous].y + path[index].y);
  }
  return twice;
}

/** Appends the polygons of a tree level: each outer ring with its holes; islands in holes recurse. */
function collectPolygons(parent: PolyPath64, frame: Frame, into: Position[][][]): void {
  for (let outerIndex = 0; outerIndex < parent.count; outerIndex += 1) {
    const outer = parent.child(outerIndex);
    if (!outer.polygon) continue;
    const rings = [toRing(outer.polygon, frame)];
    for (let holeIndex = 0; holeIndex < outer.count; holeIndex += 1) {
      const hole = outer.child(holeIndex);
      if (hole.polygon) rings.push(toRing(hole.polygon, frame));
      collectPolygons(hole, frame, into);
    }
    if (rings.length > 2) rings.sort((a, b) => (a === rings[0] ? -1 : b === rings[0] ? 1 : compareStarts(a, b)));
    into.push(rings);
  }
}

function compareStarts(a: readonly Position[], b: readonly Position[]): number {
  return a[0][0] - b[0][0] || a[0][1] - b[0][1];
}

function toRing(path: Path64, frame: Frame): Position[] {
  const ring: Position[] = [];
  const { originX, originY, positions } = frame;
  let start = 0;
  for (let index = 1; index < path.length; index += 1) {
    const point = path[index];
    const lowest = path[start];
    if (point.x < lowest.x || (point.x === lowest.x && point.y < lowest.y)) start = index;
  }
  for (let step = 0; step < path.length; step += 1) {
    const point = path[(start + step) % path.length];
    // z is the 1-based index of the input vertex this point is, or 0 for a new point.
    // z > 0: the input vertex z − 1; z < 0: the crossing −z − 1; 0: a crossing's copy, or a point
    // only on the grid.
    const z = point.z ?? 0;
    if (z > 0) {
      ring.push(positions[z - 1]);
      frame.used![z - 1] = 1;
    }
    else if (z < 0) ring.push(frame.crossings[-z - 1]);
    else {
      const crossing = frame.crossingAt.size > 0 ? frame.crossingAt.get(gridKey(point)) : undefined;
      ring.push(crossing === undefined ? [originX + point.x / OVERLAY_STEPS_PER_DEGREE, originY + point.y / OVERLAY_STEPS_PER_DEGREE] : frame.crossings[crossing]);
    }
  }
  ring.push(ring[0]);
  return ring;
}
