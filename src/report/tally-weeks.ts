import { dissolveOutcomes } from '../geometry/dissolve-outcomes.js';
import { RELEASE_STATUSES, type ZoneFeature } from '../zones/zone.js';
import type { ReportFallback } from './finding-context.js';
import { isoWeek } from './iso-week.js';
import { measureLayers, reportOutcomeFallback } from './measure-layers.js';
import { calendarDay, countsInPeriod, type Period } from '../zones/period.js';
import { sumItems } from './sum-items.js';
import { addToTally, emptyTally, type Tally } from './tally.js';

/** One ISO week's releases, as {@link tallyWeeks} adds them up. */
export interface WeekTally extends Tally {
  /** The Sunday ending the week, YYYY-MM-DD. */
  weekEnd: string;
}

/**
 * Adds releases per ISO week (Monday to Sunday, UTC dates) into `weeks`, keyed by the Monday:
 * every dated release counted in the period, each week's releases dissolved per outcome (so
 * overlaps within a week count once; a polygon overlapping one from another week counts in both
 * weeks), and their items. Weeks without releases get no entry.
 *
 * @example
 * const weeks = new Map<string, WeekTally>();
 * tallyWeeks(zones, { from: '2024-04-21', to: '2024-04-27' }, report, weeks);
 * [...weeks.keys()].sort(); // ['2024-04-15', '2024-04-22']
 */
export function tallyWeeks(zones: readonly ZoneFeature[], period: Period, report: ReportFallback, weeks: Map<string, WeekTally>): void {
  const zonesByWeek = new Map<string, { weekEnd: string; zones: ZoneFeature[] }>();
  for (const zone of zones) {
    if (!RELEASE_STATUSES.includes(zone.properties.status)) continue;
    const day = calendarDay(zone.properties.endDate);
    if (day === null || !countsInPeriod(day, period)) continue;
    const { weekStart, weekEnd } = isoWeek(day);
    let week = zonesByWeek.get(weekStart);
    if (!week) zonesByWeek.set(weekStart, (week = { weekEnd, zones: [] }));
    week.zones.push(zone);
  }
  for (const [weekStart, { weekEnd, zones: weekZones }] of zonesByWeek) {
    const outcomes = dissolveOutcomes(weekZones, {
      from: weekStart,
      to: weekEnd,
      onFallback: reportOutcomeFallback(report, weekZones, ` of the week of ${weekStart}`),
    });
    let week = weeks.get(weekStart);
    if (!week) weeks.set(weekStart, (week = { weekEnd, ...emptyTally() }));
    addToTally(week, measureLayers(outcomes), sumItems(weekZones));
  }
}
