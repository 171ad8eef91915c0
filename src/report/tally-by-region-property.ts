import { dissolveOutcomes } from '../geometry/dissolve-outcomes.js';
import type { ZoneFeature } from '../zones/zone.js';
import type { ReportFallback } from './finding-context.js';
import { measureLayers, reportOutcomeFallback } from './measure-layers.js';
import { countsInPeriod, type Period } from '../zones/period.js';
import { sumItems } from './sum-items.js';
import { addToTally, tallyFor, type Tally } from './tally.js';

/** The row of zones without a `region` property. */
export const NO_REGION_NAME = '(no region)';

const NAME_ORDER = new Intl.Collator('en', { numeric: true });

/**
 * Adds the zones' figures into `tallies`, grouped by the zones' `region` property (used when no
 * region polygons are given; "(no region)" for zones without one). Each group is measured from its
 * own zones alone: its releases are subtracted from its own hazards only.
 *
 * @example
 * const byName = new Map<string, Tally>();
 * tallyByRegionProperty(zones, { from: null, to: null }, report, byName);
 * regionNamesInOrder(byName.keys()); // ['Aghdam', 'Fuzuli', '(no region)']
 */
export function tallyByRegionProperty(
  zones: readonly ZoneFeature[],
  period: Period,
  report: ReportFallback,
  tallies: Map<string, Tally>,
): void {
  const groups = new Map<string, ZoneFeature[]>();
  for (const zone of zones) {
    const region = zone.properties.region;
    const name = typeof region === 'string' && region.trim() !== '' ? region.trim() : NO_REGION_NAME;
    let group = groups.get(name);
    if (!group) groups.set(name, (group = []));
    group.push(zone);
  }
  for (const [name, group] of groups) {
    const outcomes = dissolveOutcomes(group, { ...period, onFallback: reportOutcomeFallback(report, group, ` of region ${name}`) });
    const counted = group.filter((zone) => countsInPeriod(zone.properties.endDate, period));
    addToTally(tallyFor(tallies, name), measureLayers(outcomes), sumItems(counted));
  }
}

/**
 * Region names sorted for the rows: by name, numbers in numeric order, "(no region)" last.
 *
 * @example
 * regionNamesInOrder(['Fuzuli', '(no region)', 'Aghdam']); // ['Aghdam', 'Fuzuli', '(no region)']
 */
export function regionNamesInOrder(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => (a === NO_REGION_NAME ? 1 : b === NO_REGION_NAME ? -1 : NAME_ORDER.compare(a, b)));
}
