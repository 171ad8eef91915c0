import type { ItemCounts } from '../zones/zone.js';
import type { OutcomeSquareMeters } from './area-figures.js';
import { OUTCOME_LAYERS } from './measure-layers.js';
import { addItems } from './sum-items.js';

/** Area of each outcome layer (m²) and items, added up batch by batch before becoming hectares. */
export interface Tally {
  /** Area of each outcome layer, in m². */
  squareMeters: OutcomeSquareMeters;
  /** Items found, by category. */
  items: ItemCounts;
}

/**
 * A tally of nothing: every layer 0 m², no items.
 *
 * @example
 * const total = emptyTally();
 */
export function emptyTally(): Tally {
  const squareMeters = {} as OutcomeSquareMeters;
  for (const layer of OUTCOME_LAYERS) squareMeters[layer] = 0;
  return { squareMeters, items: { apMines: 0, atMines: 0, uxo: 0, otherItems: 0 } };
}

/**
 * Adds layer areas (m²) and items into `tally`; either may be left out.
 *
 * @example
 * addToTally(total, measureLayers(outcomes), sumItems(zones));
 */
export function addToTally(tally: Tally, squareMeters: OutcomeSquareMeters | null, items: ItemCounts | null): void {
  if (squareMeters) for (const layer of OUTCOME_LAYERS) tally.squareMeters[layer] += squareMeters[layer];
  if (items) addItems(tally.items, items);
}

/**
 * The tally kept under `key`, made empty on first use.
 *
 * @example
 * addToTally(tallyFor(byName, 'Aghdam'), squareMeters, items);
 */
export function tallyFor<Key>(tallies: Map<Key, Tally>, key: Key): Tally {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = emptyTally()));
  return tally;
}
