import type { FilterSpecification } from './style-types.js';
import { HAZARD_STATUSES, ZONE_STATUSES } from '../index.js';
import type { ZoneStatus } from '../index.js';

/** What the zone layers show: a period of completed releases and a set of statuses. */
export interface ZoneFilter {
  /** First day (YYYY-MM-DD, inclusive) of the period; null for no lower bound. */
  from: string | null;
  /** Last day (YYYY-MM-DD, inclusive) of the period; null for no upper bound. */
  to: string | null;
  /** Statuses to draw. */
  statuses: readonly ZoneStatus[];
}

/** The filter that shows everything. */
export const defaultZoneFilter: ZoneFilter = {
  // No lower bound.
  from: null,
  // No upper bound.
  to: null,
  // All five statuses.
  statuses: ZONE_STATUSES,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The MapLibre filter expression for a {@link ZoneFilter}, over features whose properties hold
 * `status` and `endDate` (as the zone layers' source does).
 *
 * Hazards (suspected, confirmed) are always drawn when their status is chosen: they are the land
 * the releases are cut from. A release is drawn when its `endDate` lies in [from, to]; once either
 * bound is set, releases without an `endDate` are hidden, as `summarize()` leaves them out of a
 * period. ISO dates compare correctly as strings, so the expression compares strings.
 *
 * @example
 * map.setFilter('cleared-land-fill', zoneFilterExpression({ from: '2024-01-01', to: '2024-03-31', statuses: ['cleared'] }));
 */
export function zoneFilterExpression(filter: Partial<ZoneFilter> = {}): FilterSpecification {
  const { from, to, statuses } = checkedFilter(filter);
  const status: FilterSpecification = ['get', 'status'];
  const endDate: FilterSpecification = ['to-string', ['get', 'endDate']];
  const releaseConditions: FilterSpecification[] = [];
  if (from !== null || to !== null) releaseConditions.push(['!=', endDate, '']);
  if (from !== null) releaseConditions.push(['>=', endDate, from]);
  if (to !== null) releaseConditions.push(['<=', endDate, to]);
  return [
    'all',
    ['in', status, ['literal', [...statuses]]],
    ['any', ['in', status, ['literal', [...HAZARD_STATUSES]]], ['all', ...releaseConditions]],
  ] as FilterSpecification;
}

/**
 * Fills in defaults and checks a filter, throwing an Error that names the bad field.
 *
 * @example
 * checkedFilter({ to: '2024-06-30' }); // { from: null, to: '2024-06-30', statuses: [all five] }
 */
export function checkedFilter(filter: Partial<ZoneFilter>): ZoneFilter {
  const merged = { ...defaultZoneFilter, ...filter };
  for (const key of ['from', 'to'] as const) {
    const value = merged[key];
    if (value !== null && (typeof value !== 'string' || !ISO_DATE.test(value))) {
      throw new Error(`zone filter: ${key} must be a date written YYYY-MM-DD or null; got ${JSON.stringify(value)}`);
    }
  }
  if (merged.from !== null && merged.to !== null && merged.from > merged.to) {
    throw new Error(`zone filter: from (${merged.from}) is after to (${merged.to}); swap them`);
  }
  const unknown = merged.statuses.filter((status) => !ZONE_STATUSES.includes(status));
  if (unknown.length > 0) {
    throw new Error(`zone filter: unknown status ${JSON.stringify(unknown[0])}; use ${ZONE_STATUSES.join(', ')}`);
  }
  return merged;
}
