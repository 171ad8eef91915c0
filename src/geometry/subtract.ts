import type { MultiPolygon, Polygon, Position } from 'geojson';
import { boundingBox } from './bounding-box.js';
import { clipToBox } from './clip-to-box.js';
import { expandBox } from './expand-box.js';
import { indexPolygons, polygonsNear, type PolygonIndex } from './polygon-index.js';
import { tryBoolean, type ClipFallback } from './try-boolean.js';

/** Options of {@link subtract}. */
export interface SubtractOptions {
  /** Told when a difference failed; null: not told. */
  onFallback: ((fallback: ClipFallback) => void) | null;
}

/** Defaults of {@link SubtractOptions}. */
export const defaultSubtractOptions: SubtractOptions = {
  /** Fallbacks are not reported. */
  onFallback: null,
};

/**
 * `minuend − subtrahend`, near-linear: each polygon of the minuend is differenced only with the
 * subtrahend polygons whose bounding boxes touch it, each first cut down (Sutherland–Hodgman) to
 * the neighbourhood of that polygon. Polygons with nothing nearby pass through untouched.
 *
 * If a difference fails, that minuend polygon is kept whole,
 * which overstates what remains (the safe side for remaining hazard), and `onFallback` is told
 * (`inputs` holds the index of the polygon within the minuend).
 *
 * @param subtrahend a geometry, or an index of one made with {@link indexPolygons} when the same
 * subtrahend is used many times.
 * @returns a MultiPolygon.
 * @example
 * const remaining = subtract(hazard, released);
 */
export function subtract(
  minuend: Polygon | MultiPolygon,
  subtrahend: Polygon | MultiPolygon | PolygonIndex,
  options: Partial<SubtractOptions> = {},
): MultiPolygon {
  const { onFallback } = { ...defaultSubtractOptions, ...options };
  const index = 'tree' in subtrahend ? subtrahend : indexPolygons([subtrahend]);
  const parts = minuend.type === 'Polygon' ? [minuend.coordinates] : minuend.coordinates;
  const coordinates: Position[][][] = [];
  parts.forEach((rings, partIndex) => {
    if (rings.length === 0 || rings[0].length < 4) return;
    const box = boundingBox(rings);
    const near = polygonsNear(index, box);
    const clipBox = expandBox(box);
    const clips: Position[][][] = [];
    for (const nearIndex of near) {
      const clipped = clipToBox(index.polygons[nearIndex], clipBox);
      if (clipped) clips.push(clipped);
    }
    if (clips.length === 0) {
      coordinates.push(rings);
      return;
    }
    const outcome = tryBoolean('difference', [rings, ...clips]);
    if (outcome.coordinates) {
      for (const part of outcome.coordinates) coordinates.push(part);
      return;
    }
    coordinates.push(rings);
    onFallback?.({
      operation: 'difference',
      strategy: 'nothing was subtracted from this polygon, so what remains of it may be overstated',
      box,
      inputs: [partIndex],
      error: outcome.error ?? 'unknown error',
    });
  });
  return { type: 'MultiPolygon', coordinates };
}
