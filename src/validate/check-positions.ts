import type { Position } from 'geojson';
import { describeRing, formatPosition, quoteValue, reportIssue, wordsFor } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';

/** How {@link checkPositions} words its messages. */
export interface CheckPositionsOptions {
  /** Whether the geometry is (or becomes) a MultiPolygon, so rings are named "polygon 2, ring 1". */
  isMultiPolygon: boolean;
  /** The CRS the coordinates were converted from, or null when they were read as longitude/latitude. */
  crs: string | null;
}

/** Defaults for {@link CheckPositionsOptions}. */
export const defaultCheckPositionsOptions: CheckPositionsOptions = {
  // Name rings as in a Polygon.
  isMultiPolygon: false,
  // Coordinates were not converted: out-of-range metres get the "pass the CRS" advice.
  crs: null,
};

/**
 * Checks that every polygon is an array of rings, every ring an array of positions, and every
 * position an array of at least two finite numbers within longitude −180…180 and latitude −90…90.
 * Reports one issue for the feature and returns false on the first kind of problem found:
 * `invalid-coordinate` (naming the first bad ring and position), `projected-coordinates` (every
 * position looks like metres, e.g. UTM; the message shows one and how to pass the CRS, or, when a CRS
 * was given, says the data does not fit it), or `coordinate-out-of-range` (some positions out of range).
 *
 * @example
 * if (checkPositions(input.polygons, context, { isMultiPolygon: input.isMultiPolygon, crs: null })) {
 *   // input.polygons is Position[][][] here
 * }
 */
export function checkPositions(
  polygons: unknown[],
  context: FeatureContext,
  options: Partial<CheckPositionsOptions> = {},
): polygons is Position[][][] {
  const { isMultiPolygon, crs } = { ...defaultCheckPositionsOptions, ...options };
  let structureProblem: string | null = null;
  let positionCount = 0;
  let invalidCount = 0;
  let invalidDescription = '';
  let invalidFromConversion = false;
  let outOfRangeCount = 0;
  let outOfRangeDescription = '';
  let swappedCount = 0;
  let metreLikeCount = 0;

  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    if (!Array.isArray(polygon)) {
      structureProblem ??= `polygon ${p} is ${quoteValue(polygon)}, not an array of rings`;
      continue;
    }
    if (polygon.length === 0) {
      structureProblem ??= `polygon ${p} has no rings`;
      continue;
    }
    for (let r = 0; r < polygon.length; r++) {
      const ring: unknown = polygon[r];
      const ringName = describeRing(p, r, isMultiPolygon);
      if (!Array.isArray(ring)) {
        structureProblem ??= `${ringName} is ${quoteValue(ring)}, not an array of positions`;
        continue;
      }
      if (typeof ring[0] === 'number') {
        structureProblem ??=
          `${ringName} is a single position, ${quoteValue(ring)}, not a ring: the coordinates are nested ` +
          'one level too shallow (a Polygon is an array of rings, each an array of [longitude, latitude] positions)';
        continue;
      }
      for (let i = 0; i < ring.length; i++) {
        const position: unknown = ring[i];
        positionCount++;
        if (!isNumericPosition(position)) {
          if (invalidCount === 0) {
            invalidDescription = `${ringName}, position ${i} is ${showValue(position)}`;
            invalidFromConversion =
              crs !== null && Array.isArray(position) && position.length >= 2 && position.every(isNumber);
          }
          invalidCount++;
          continue;
        }
        const x = position[0];
        const y = position[1];
        if (x < -MAX_LONGITUDE || x > MAX_LONGITUDE || y < -MAX_LATITUDE || y > MAX_LATITUDE) {
          if (outOfRangeCount === 0) {
            outOfRangeDescription = `${ringName}, position ${i}: ${formatPosition(x, y)}`;
          }
          outOfRangeCount++;
          if (Math.abs(x) <= MAX_LATITUDE && Math.abs(y) <= MAX_LONGITUDE) swappedCount++;
        }
        if (Math.abs(x) > METRE_LIKE_MIN || Math.abs(y) > METRE_LIKE_MIN) metreLikeCount++;
      }
    }
  }

  const { rejected } = wordsFor(context);
  if (structureProblem !== null) {
    reportIssue(context, 'invalid-coordinate', 'error', `${structureProblem}. ${rejected}`);
    return false;
  }
  if (invalidCount > 0) {
    const others = invalidCount > 1 ? ` (${invalidCount - 1} more position${invalidCount > 2 ? 's are' : ' is'} invalid too)` : '';
    const cause = invalidFromConversion
      ? `; such numbers come out of converting coordinates that do not fit the CRS ${crs}, so check that it is the CRS the data was exported in`
      : '; fix or remove it in the source data';
    reportIssue(
      context,
      'invalid-coordinate',
      'error',
      `${invalidDescription}, not [longitude, latitude] with two finite numbers${others}${cause}. ${rejected}`,
    );
    return false;
  }
  if (outOfRangeCount === 0) return true;

  if (outOfRangeCount === positionCount && metreLikeCount === positionCount) {
    const advice =
      crs === null
        ? `these look like projected metres (e.g. UTM), not longitude/latitude: ${outOfRangeDescription}. ` +
          "Pass the CRS with --crs EPSG:32638 (WGS 84 / UTM 38N, Azerbaijan's liberated districts) or the crs " +
          'option, or add a crs member to the file.'
        : `the data does not fit the CRS ${crs}: after converting from it, the coordinates are still far outside ` +
          `longitude/latitude (${outOfRangeDescription}). Check which CRS the data was exported in (the .prj file ` +
          'or the export settings) and pass that one with --crs or the crs option (e.g. --crs EPSG:32638 for ' +
          'WGS 84 / UTM 38N).';
    reportIssue(context, 'projected-coordinates', 'error', `all ${positionCount} positions are outside longitude/latitude; ${advice} ${rejected}`);
    return false;
  }
  const swapHint =
    swappedCount === outOfRangeCount
      ? ' They would fit as [latitude, longitude]: GeoJSON puts longitude first, so check the column order.'
      : '';
  reportIssue(
    context,
    'coordinate-out-of-range',
    'error',
    `${outOfRangeCount} of ${positionCount} positions ${outOfRangeCount === 1 ? 'is' : 'are'} outside longitude -180 to 180 / latitude -90 to 90, ` +
      `the first at ${outOfRangeDescription}.${swapHint} Correct them in the source data. ${rejected}`,
  );
  return false;
}

const MAX_LONGITUDE = 180;
const MAX_LATITUDE = 90;
// A coordinate this large cannot be degrees; UTM eastings start near 160 000 m and northings run to
// 9 300 000 m, so every position of a projected zone passes it (except within 1 km of a false origin).
const METRE_LIKE_MIN = 1000;

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}

function isNumericPosition(position: unknown): position is Position {
  if (!Array.isArray(position) || position.length < 2) return false;
  const x: unknown = position[0];
  const y: unknown = position[1];
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y);
}

/** Numbers as JavaScript prints them (JSON would turn NaN into null), anything else as JSON. */
function showValue(value: unknown): string {
  if (Array.isArray(value) && value.every(isNumber)) return `[${value.join(', ')}]`;
  return quoteValue(value);
}
