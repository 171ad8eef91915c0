import type { Position } from 'geojson';
import { describeRing, formatPosition, reportIssue, wordsFor } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';

/** How {@link unwrapLongitudes} words its messages. */
export interface UnwrapLongitudesOptions {
  /** Whether rings are named "polygon 2, ring 1" (MultiPolygon) or "ring 1" (Polygon). */
  isMultiPolygon: boolean;
}

/** Defaults for {@link UnwrapLongitudesOptions}. */
export const defaultUnwrapLongitudesOptions: UnwrapLongitudesOptions = {
  // Name rings as in a Polygon.
  isMultiPolygon: false,
};

/** A feature's polygons with continuous longitudes, and where its outline first crossed 180°. */
export interface UnwrappedPolygons {
  /** The polygons; when `crossing` is not null, longitudes may lie beyond ±180. */
  polygons: Position[][][];
  /** The first edge found crossing the antimeridian, as written in the input; null when none does. */
  crossing: { polygon: number; ring: number; from: Position; to: Position } | null;
}

/**
 * Makes the longitudes of a feature that crosses the antimeridian continuous, so that it can be
 * checked and repaired on the plane and then cut at ±180° ({@link cutAtAntimeridian}). An edge
 * spanning more than 180° of longitude crosses the antimeridian: that is how the area, measured on
 * geodesics, already reads it (the short way round), while on the plane it would be a band round
 * the world. Each ring of such a polygon is unwrapped from its first position (±360° per step, so
 * that no step spans more than 180°); its holes, and the other polygons of a MultiPolygon, are moved
 * by whole turns next to it. Returns the input itself when nothing crosses.
 *
 * A ring whose longitudes do not come back to the start once unwrapped winds round a pole, and one
 * with an edge from −180° to 180° runs round the whole Earth on a flat map (a polar cap or a band):
 * neither has an area cleared-land can measure, so the feature is rejected (`encloses-pole`) and
 * null returned.
 *
 * @example
 * unwrapLongitudes([[[[179.9, 0], [-179.9, 0], [-179.9, 0.1], [179.9, 0.1], [179.9, 0]]]], context);
 * // polygons [[[[179.9, 0], [180.1, 0], [180.1, 0.1], [179.9, 0.1], [179.9, 0]]]], crossing at [179.9, 0] → [-179.9, 0]
 */
export function unwrapLongitudes(
  polygons: Position[][][],
  context: FeatureContext,
  options: Partial<UnwrapLongitudesOptions> = {},
): UnwrappedPolygons | null {
  const { isMultiPolygon } = { ...defaultUnwrapLongitudesOptions, ...options };
  let crossing: UnwrappedPolygons['crossing'] = null;
  const crossingPolygons = new Set<number>();
  for (let p = 0; p < polygons.length; p++) {
    for (let r = 0; r < polygons[p].length; r++) {
      const ring = polygons[p][r];
      for (let i = 1; i < ring.length; i++) {
        const step = Math.abs(ring[i][0] - ring[i - 1][0]);
        if (step === FULL_TURN_DEGREES) {
          reportPole(context, describeRing(p, r, isMultiPolygon), ring, 'runs along a whole parallel, from longitude -180 to 180');
          return null;
        }
        if (step > HALF_TURN_DEGREES) {
          crossing ??= { polygon: p, ring: r, from: ring[i - 1], to: ring[i] };
          crossingPolygons.add(p);
        }
      }
    }
  }
  if (crossing === null) return { polygons, crossing };

  // Every polygon goes to the window of the first one that crosses, so that their overlaps, if
  // any, show on the plane as they are on the Earth.
  const reference = polygons[crossing.polygon][0][0][0];
  const unwrapped: Position[][][] = [];
  for (let p = 0; p < polygons.length; p++) {
    const rings: Position[][] = [];
    for (let r = 0; r < polygons[p].length; r++) {
      const ring = crossingPolygons.has(p) ? unwrapRing(polygons[p][r]) : polygons[p][r];
      if (ring === null) {
        reportPole(context, describeRing(p, r, isMultiPolygon), polygons[p][r], 'winds once round the Earth in longitude');
        return null;
      }
      const anchor = r === 0 ? reference : rings[0][0][0];
      rings.push(shiftRing(ring, FULL_TURN_DEGREES * Math.round((anchor - ring[0][0]) / FULL_TURN_DEGREES)));
    }
    unwrapped.push(rings);
  }
  return { polygons: unwrapped, crossing };
}

const HALF_TURN_DEGREES = 180;
const FULL_TURN_DEGREES = 360;

/** The ring with each longitude moved by whole turns so that no step spans more than 180°; null when it does not close. */
function unwrapRing(ring: Position[]): Position[] | null {
  const out: Position[] = [ring[0]];
  let turns = 0;
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > HALF_TURN_DEGREES) turns -= 1;
    else if (step < -HALF_TURN_DEGREES) turns += 1;
    // Adding whole turns to longitudes near ±180 is exact (both sit on the same binary grid).
    out.push(turns === 0 ? ring[i] : [ring[i][0] + turns * FULL_TURN_DEGREES, ring[i][1]]);
  }
  return turns === 0 ? out : null;
}

function shiftRing(ring: Position[], degrees: number): Position[] {
  return degrees === 0 ? ring : ring.map((position) => [position[0] + degrees, position[1]]);
}

function reportPole(context: FeatureContext, ringName: string, ring: Position[], how: string): void {
  const meanLatitude = ring.reduce((sum, position) => sum + position[1], 0) / ring.length;
  reportIssue(
    context,
    'encloses-pole',
    'error',
    `${ringName} ${how} (it starts at ${formatPosition(ring[0][0], ring[0][1])}), so it encloses the ` +
      `${meanLatitude >= 0 ? 'North' : 'South'} Pole or, drawn on a flat map, is a band round the globe; ` +
      `cleared-land cannot measure land round a pole. Split the ${wordsFor(context).one} into parts that do not go round the pole. ` +
      wordsFor(context).rejected,
  );
}
