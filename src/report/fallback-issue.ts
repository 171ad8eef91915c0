import type { ClipFallback } from '../geometry/try-boolean.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import type { ZoneFeature } from '../zones/zone.js';
import { describeZone } from './describe-zone.js';

/** How many zones a message names before "and N more". */
const ZONES_NAMED = 5;
const COORDINATE_DIGITS = 5;

/**
 * A `clipping-fallback` warning: the overlay engine failed on some polygons, and a documented
 * fallback was measured instead. Names the place, the zones
 * (when known), what was being done, the fallback and which way the figure may be off.
 *
 * @example
 * fallbackIssue(fallback, 'dissolving cleared land', zonesInvolved, 'zones.geojson');
 */
export function fallbackIssue(fallback: ClipFallback, what: string, zones: readonly ZoneFeature[], fileName: string): ValidationIssue {
  const [west, south, east, north] = fallback.box;
  const longitude = ((west + east) / 2).toFixed(COORDINATE_DIGITS);
  const latitude = ((south + north) / 2).toFixed(COORDINATE_DIGITS);
  const named = zones.slice(0, ZONES_NAMED).map((zone) => describeZone(zone)).join(', ');
  const more = zones.length > ZONES_NAMED ? ` and ${zones.length - ZONES_NAMED} more` : '';
  const which = zones.length > 0 ? ` (${named}${more})` : '';
  return {
    code: 'clipping-fallback',
    severity: 'warning',
    feature: zones[0]?.properties.featureIndex ?? null,
    id: zones[0]?.properties.id ?? null,
    message: `${fileName}: ${what} near longitude ${longitude}, latitude ${latitude}${which}, the polygon ${fallback.operation} failed ("${fallback.error}"); ${fallback.strategy}. Look for slivers or nearly repeated vertices there and fix them.`,
  };
}
