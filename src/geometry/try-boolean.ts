import polygonClipping from 'polygon-clipping';
import type { Position } from 'geojson';
import type { BoundingBox } from './bounding-box.js';
import { restoreDroppedVertices } from './restore-dropped-vertices.js';

/** The polygon-clipping operations cleared-land uses. */
export type BooleanOperation = 'union' | 'intersection' | 'difference';

/** Polygon coordinates as rings (outer first), or a list of such polygons. */
export type PlanarGeometry = Position[][] | Position[][][];

/**
 * A boolean operation that failed both as given and on coordinates snapped to the 1e-9° grid, and
 * what was done instead. Reported so that a GIS officer can look at the place and fix the data.
 */
export interface ClipFallback {
  /** The operation that failed. */
  operation: BooleanOperation;
  /** What was measured instead, in words, and which way the figure may be off. */
  strategy: string;
  /** Where: the bounding box of the geometries involved, [west, south, east, north] in degrees. */
  box: BoundingBox;
  /** Indices of the caller's input geometries involved, when the caller has inputs to name. */
  inputs: number[];
  /** The error polygon-clipping threw. */
  error: string;
}

/** 1e9 per degree: snapping to 1e-9° moves a vertex by at most ~0.1 mm. */
const SNAP_STEPS_PER_DEGREE = 1e9;

/** What {@link tryBoolean} gives: MultiPolygon coordinates, or null and the error of the last attempt. */
export interface BooleanOutcome {
  /** The result as MultiPolygon coordinates; null when both attempts failed. */
  coordinates: Position[][][] | null;
  /** polygon-clipping's message when both attempts failed, else null. */
  error: string | null;
}

/**
 * Runs a polygon-clipping operation, with the input vertices it dropped along straight edges put
 * back ({@link restoreDroppedVertices}: they matter once edges are measured as geodesics). If it
 * throws (it can, on slivers and near-duplicate vertices), retries once on coordinates snapped to a
 * 1e-9° grid (≈ 0.1 mm, far below survey precision), which resolves the known failure cases. When
 * both attempts fail, `coordinates` is null and the caller applies its documented fallback and
 * reports it: bad geometry never throws out of here.
 *
 * @example
 * const { coordinates } = tryBoolean('union', [polygonA.coordinates, polygonB.coordinates]);
 */
export function tryBoolean(operation: BooleanOperation, geometries: readonly PlanarGeometry[]): BooleanOutcome {
  if (geometries.length === 0) return { coordinates: [], error: null };
  const operands = geometries.map(asMultiPolygon);
  const first = runOperation(operation, operands);
  if (first.coordinates) return first;
  return runOperation(operation, operands.map((operand) => asMultiPolygon(snapGeometry(operand))));
}

/**
 * The operand as MultiPolygon coordinates, classified as polygon-clipping classifies it.
 *
 * Why every operand becomes a MultiPolygon: polygon-clipping (like restoreDroppedVertices and
 * snapGeometry) tells the two apart by reading `geometry[0][0][0]`. Given both shapes, that one
 * load sees both positions (arrays of unboxed doubles) and rings (arrays of arrays), and V8's
 * optimising compiler then converts every array of doubles it reads there to the general elements
 * kind, boxing both coordinates in heap objects; those arrays pollute every other load of
 * coordinates, which convert theirs in turn. At 100,000 zones that boxed most coordinates of the
 * zones and dissolved layers (hundreds of megabytes, all kept) and made each young-generation
 * collection slower: the cost grew faster than the number of zones. With MultiPolygons only, those
 * loads read rings only. `at(0)`, unlike `[0]`, reads a position without converting it.
 */
function asMultiPolygon(geometry: PlanarGeometry): Position[][][] {
  const first = geometry[0]?.[0];
  return Array.isArray(first) && typeof first.at(0) === 'number' ? [geometry as Position[][]] : (geometry as Position[][][]);
}

type Operand = Parameters<typeof polygonClipping.union>[0];

function runOperation(operation: BooleanOperation, geometries: readonly Position[][][][]): BooleanOutcome {
  const [subject, ...others] = geometries as unknown as Operand[];
  try {
    const result = polygonClipping[operation](subject, ...others) as Position[][][];
    return { coordinates: restoreDroppedVertices(result, geometries), error: null };
  } catch (error) {
    // Everything polygon-clipping throws here is a geometry failure (ring completion, sweep-line
    // order, queue limits); the caller reports it with a place and a fallback.
    return { coordinates: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function snapGeometry(geometry: PlanarGeometry): PlanarGeometry {
  // A polygon's first element is a ring of positions; a MultiPolygon's is a polygon of rings.
  const firstRing = geometry[0];
  if (!firstRing || firstRing.length === 0) return geometry;
  const isPolygon = typeof firstRing[0][0] === 'number';
  if (isPolygon) return snapRings(geometry as Position[][]);
  return (geometry as Position[][][]).map(snapRings).filter((rings) => rings.length > 0);
}

function snapRings(rings: Position[][]): Position[][] {
  const snapped: Position[][] = [];
  for (const ring of rings) {
    const out: Position[] = [];
    for (const position of ring) {
      const x = Math.round(position[0] * SNAP_STEPS_PER_DEGREE) / SNAP_STEPS_PER_DEGREE;
      const y = Math.round(position[1] * SNAP_STEPS_PER_DEGREE) / SNAP_STEPS_PER_DEGREE;
      const previous = out[out.length - 1];
      // Snapping can merge neighbours; a repeated vertex is what trips the sweep line.
      if (previous && previous[0] === x && previous[1] === y) continue;
      out.push([x, y]);
    }
    if (out.length >= 4) snapped.push(out);
    // An outer ring that collapses takes its holes with it.
    else if (snapped.length === 0) return [];
  }
  return snapped;
}
