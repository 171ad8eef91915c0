import { ITEM_KEYS, type ItemCounts, type ZoneFeature } from '../zones/zone.js';

/**
 * Items found in a set of zones, by category. Counts that are not finite numbers count as 0
 * (loading already reports them).
 *
 * @example
 * sumItems(weekZones); // { apMines: 35, atMines: 36, uxo: 574, otherItems: 0 }
 */
export function sumItems(zones: Iterable<ZoneFeature>): ItemCounts {
  const total: ItemCounts = { apMines: 0, atMines: 0, uxo: 0, otherItems: 0 };
  for (const zone of zones) addItems(total, zone.properties);
  return total;
}

/**
 * Adds one set of counts (a zone's properties, or another total) into `total`; counts that are not
 * finite numbers add nothing.
 *
 * @example
 * addItems(total, zone.properties);
 */
export function addItems(total: ItemCounts, counts: ItemCounts): void {
  for (const key of ITEM_KEYS) {
    const count = counts[key];
    if (Number.isFinite(count)) total[key] += count;
  }
}

/**
 * All items of every category.
 *
 * @example
 * countItems({ apMines: 35, atMines: 36, uxo: 574, otherItems: 0 }); // 645
 */
export function countItems(items: ItemCounts): number {
  let total = 0;
  for (const key of ITEM_KEYS) total += items[key];
  return total;
}
