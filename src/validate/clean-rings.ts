import type { Position } from 'geojson';
import { describeRing, formatPosition, reportIssue, wordsFor } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';

/** How {@link cleanRings} words its messages. */
export interface CleanRingsOptions {
  /** Whether rings are named "polygon 2, ring 1" (MultiPolygon) or "ring 1" (Polygon). */
  isMultiPolygon: boolean;
}

/** Defaults for {@link CleanRingsOptions}. */
export const defaultCleanRingsOptions: CleanRingsOptions = {
  // Name rings as in a Polygon.
  isMultiPolygon: false,
};

/**
 * Makes every ring a closed list of 2D positions without consecutive repeats: drops elevation and
 * other extra values, drops consecutive repeated positions (`repeated-position` warning, one per
 * ring), and closes open rings by repeating the first position (`unclosed-ring` warning). A ring
 * left with fewer than 4 positions is reported as `too-few-positions`: an error for an exterior ring
 * (returns null, after reporting every ring), a warning for a hole, which is dropped.
 *
 * Returns new polygon and ring-list arrays; a ring that needed nothing is the input's own array,
 * and positions that were already 2D are the input's own arrays, so treat the result as read-only.
 *
 * @example
 * cleanRings([[[[0, 0], [1, 0], [1, 1]]]], context);
 * // [[[[0, 0], [1, 0], [1, 1], [0, 0]]]], with an unclosed-ring warning
 */
export function cleanRings(
  polygons: Position[][][],
  context: FeatureContext,
  options: Partial<CleanRingsOptions> = {},
): Position[][][] | null {
  const { isMultiPolygon } = { ...defaultCleanRingsOptions, ...options };
  const cleaned: Position[][][] = [];
  let rejected = false;
  for (let p = 0; p < polygons.length; p++) {
    const rings: Position[][] = [];
    for (let r = 0; r < polygons[p].length; r++) {
      const ringName = describeRing(p, r, isMultiPolygon);
      const ring = cleanRing(polygons[p][r], ringName, context);
      if (ring.length >= MIN_RING_POSITIONS) {
        rings.push(ring);
        continue;
      }
      const shortage =
        `${ringName} has only ${ring.length} position${ring.length === 1 ? '' : 's'} once closed and ` +
        `without repeats; a ring needs at least ${MIN_RING_POSITIONS} (3 corners and the closing position)`;
      if (r === 0) {
        reportIssue(context, 'too-few-positions', 'error', `${shortage}, and it is an exterior ring. ${wordsFor(context).rejected}`);
        rejected = true;
      } else {
        reportIssue(context, 'too-few-positions', 'warning', `${shortage}; this hole encloses no land, so it was dropped.`);
      }
    }
    cleaned.push(rings);
  }
  return rejected ? null : cleaned;
}

/** 3 distinct corners and the closing repeat of the first: the smallest ring with an area. */
const MIN_RING_POSITIONS = 4;

function cleanRing(ring: Position[], ringName: string, context: FeatureContext): Position[] {
  const count = ring.length;
  if (count === 0) return ring;
  let hasExtraValues = false;
  let repeatCount = 0;
  let firstRepeatIndex = -1;
  for (let i = 0; i < count; i++) {
    const position = ring[i];
    if (position.length !== 2) hasExtraValues = true;
    if (i > 0 && position[0] === ring[i - 1][0] && position[1] === ring[i - 1][1]) {
      if (repeatCount === 0) firstRepeatIndex = i;
      repeatCount++;
    }
  }
  const first = ring[0];
  const last = ring[count - 1];
  const isClosed = first[0] === last[0] && first[1] === last[1];
  if (!hasExtraValues && repeatCount === 0 && isClosed) return ring;

  const cleaned: Position[] = [];
  for (let i = 0; i < count; i++) {
    const position = ring[i];
    const previous = cleaned.length > 0 ? cleaned[cleaned.length - 1] : null;
    if (previous !== null && position[0] === previous[0] && position[1] === previous[1]) continue;
    cleaned.push(position.length === 2 ? position : [position[0], position[1]]);
  }
  if (!isClosed) {
    cleaned.push([first[0], first[1]]);
    reportIssue(
      context,
      'unclosed-ring',
      'warning',
      `${ringName} is not closed; it was closed by repeating its first position.`,
    );
  }
  if (repeatCount > 0) {
    const repeated = ring[firstRepeatIndex];
    reportIssue(
      context,
      'repeated-position',
      'warning',
      `${ringName} repeats ${repeatCount === 1 ? 'a position' : `positions ${repeatCount} times`} in a row ` +
        `(first at position ${firstRepeatIndex}: ${formatPosition(repeated[0], repeated[1])}); the repeats were dropped.`,
    );
  }
  return cleaned;
}
