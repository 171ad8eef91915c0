import { dissolveOutcomes } from '../geometry/dissolve-outcomes.js';
import type { ZoneFeature } from '../zones/zone.js';
import { areaFigures } from './area-figures.js';
import type { ReportFallback } from './finding-context.js';
import { measureLayers, reportOutcomeFallback } from './measure-layers.js';
import { countsInPeriod, type Period } from './period.js';
import { sumItems } from './sum-items.js';
import type { RegionSummary } from './summary.js';

/** The row of zones without a `region` property. */
export const NO_REGION_NAME = '(no region)';

const NAME_ORDER = new Intl.Collator('en', { numeric: true });

/**
 * Rows grouped by the zones' `region` property (when no region polygons are given), sorted by
 * name with "(no region)" last. Each row is measured from its own zones alone: its releases are
 * subtracted from its own hazards only.
 *
 * @example
 * summarizeByRegionProperty(zones, { from: null, to: null }, report).map((row) => row.name);
 * // ['Aghdam', 'Fuzuli', '(no region)']
 */
export function summarizeByRegionProperty(zones: readonly ZoneFeature[], period: Period, report: ReportFallback): RegionSummary[] {
  const groups = new Map<string, ZoneFeature[]>();
  for (const zone of zones) {
    const region = zone.properties.region;
    const name = typeof region === 'string' && region.trim() !== '' ? region.trim() : NO_REGION_NAME;
    let group = groups.get(name);
    if (!group) groups.set(name, (group = []));
    group.push(zone);
  }
  const names = [...groups.keys()].sort((a, b) =>
    a === NO_REGION_NAME ? 1 : b === NO_REGION_NAME ? -1 : NAME_ORDER.compare(a, b),
  );
  return names.map((name) => {
    const group = groups.get(name)!;
    const outcomes = dissolveOutcomes(group, { ...period, onFallback: reportOutcomeFallback(report, group, ` of region ${name}`) });
    const counted = group.filter((zone) => countsInPeriod(zone.properties.endDate, period));
    return { name, ...areaFigures(measureLayers(outcomes), sumItems(counted)) };
  });
}
