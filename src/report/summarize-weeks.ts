import { dissolveOutcomes } from '../geometry/dissolve-outcomes.js';
import { RELEASE_STATUSES, type ZoneFeature } from '../zones/zone.js';
import { areaFigures } from './area-figures.js';
import type { ReportFallback } from './finding-context.js';
import { isoWeek } from './iso-week.js';
import { measureLayers, reportOutcomeFallback } from './measure-layers.js';
import { calendarDay, countsInPeriod, type Period } from './period.js';
import { sumItems } from './sum-items.js';
import type { WeekSummary } from './summary.js';

/**
 * Releases per ISO week (Monday to Sunday, UTC dates), oldest first: every week holding a dated
 * release counted in the period, with that week's releases dissolved per outcome (so overlaps
 * within a week count once; a polygon overlapping one from another week counts in both weeks)
 * and their items. Weeks without releases are not listed.
 *
 * @example
 * summarizeWeeks(zones, { from: '2024-04-21', to: '2024-04-27' }, report);
 * // [{ weekStart: '2024-04-15', weekEnd: '2024-04-21', … }, { weekStart: '2024-04-22', … }]
 */
export function summarizeWeeks(zones: readonly ZoneFeature[], period: Period, report: ReportFallback): WeekSummary[] {
  const weeks = new Map<string, { weekEnd: string; zones: ZoneFeature[] }>();
  for (const zone of zones) {
    if (!RELEASE_STATUSES.includes(zone.properties.status)) continue;
    const day = calendarDay(zone.properties.endDate);
    if (day === null || !countsInPeriod(day, period)) continue;
    const { weekStart, weekEnd } = isoWeek(day);
    let week = weeks.get(weekStart);
    if (!week) weeks.set(weekStart, (week = { weekEnd, zones: [] }));
    week.zones.push(zone);
  }
  return [...weeks.keys()].sort().map((weekStart) => {
    const { weekEnd, zones: weekZones } = weeks.get(weekStart)!;
    const outcomes = dissolveOutcomes(weekZones, {
      from: weekStart,
      to: weekEnd,
      onFallback: reportOutcomeFallback(report, weekZones, ` of the week of ${weekStart}`),
    });
    const figures = areaFigures(measureLayers(outcomes), sumItems(weekZones));
    return {
      weekStart,
      weekEnd,
      clearedHa: figures.clearedHa,
      reducedHa: figures.reducedHa,
      cancelledHa: figures.cancelledHa,
      releasedHa: figures.releasedHa,
      items: figures.items,
    };
  });
}
