import type { Position } from 'geojson';
import type { BoundingBox } from './bounding-box.js';
import { overlay, type OverlayOperation } from './overlay-engine.js';

/** The boolean operations cleared-land uses. */
export type BooleanOperation = OverlayOperation;

/** Polygon coordinates as rings (outer first), or a list of such polygons. */
export type PlanarGeometry = Position[][] | Position[][][];

/**
 * A boolean operation the overlay engine could not do, and what was done instead. Reported so
 * that a GIS officer can look at the place and fix the data.
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
  /** The error the overlay engine threw. */
  error: string;
}

/**
 * Unions first bring together vertices of different polygons within 5e-9° (about 0.5 mm, far
 * below survey precision): neighbouring polygons converted or digitised apart share corners that
 * differ in the last digits, and would otherwise leave sliver gaps that split the union in parts.
 */
export const UNION_SNAP_DEGREES = 5e-9;

/** What {@link tryBoolean} gives: MultiPolygon coordinates, or null and the engine's error. */
export interface BooleanOutcome {
  /** The result as MultiPolygon coordinates; null when the operation failed. */
  coordinates: Position[][][] | null;
  /** The engine's message when the operation failed, else null. */
  error: string | null;
}

/**
 * Runs a boolean operation with the overlay engine ({@link overlay}): the union of all the
 * geometries (vertices within 5e-9° of each other brought together first), or the first
 * intersected with / minus the union of the others. When the engine
 * throws, `coordinates` is null and the caller applies its documented fallback and reports it:
 * bad geometry never throws out of here.
 *
 * @example
 * const { coordinates } = tryBoolean('union', [polygonA.coordinates, polygonB.coordinates]);
 */
export function tryBoolean(operation: BooleanOperation, geometries: readonly PlanarGeometry[]): BooleanOutcome {
  if (geometries.length === 0) return { coordinates: [], error: null };
  const operands = geometries.map(asMultiPolygon);
  const subject = operation === 'union' ? operands.flat() : operands[0];
  const clip = operation === 'union' ? [] : operands.slice(1).flat();
  try {
    return { coordinates: overlay(operation, subject, clip, { snapDegrees: operation === 'union' ? UNION_SNAP_DEGREES : 0 }), error: null };
  } catch (error) {
    // Whatever the engine throws here is a geometry failure; the caller reports it with a place
    // and a fallback.
    return { coordinates: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The operand as MultiPolygon coordinates. `at(0)`, unlike `[0]`, reads a position without making
 * V8 convert the arrays of doubles it meets there to boxed elements (which, at 100,000 zones, cost
 * hundreds of megabytes and slower collections).
 */
function asMultiPolygon(geometry: PlanarGeometry): Position[][][] {
  const first = geometry[0]?.[0];
  return Array.isArray(first) && typeof first.at(0) === 'number' ? [geometry as Position[][]] : (geometry as Position[][][]);
}
