import { SQUARE_METERS_PER_HECTARE } from '../geometry/area.js';
import type { OutcomeGeometries } from '../geometry/dissolve-outcomes.js';
import type { ItemCounts } from '../zones/zone.js';
import type { AreaFigures } from './summary.js';
import { countItems } from './sum-items.js';

/** The measured area of each outcome layer, in m². */
export type OutcomeSquareMeters = Record<keyof OutcomeGeometries, number>;

/**
 * The hectare figures of a summary row from layer areas in m², with its items and items per
 * cleared hectare (null when nothing was cleared). Hectares are not rounded.
 *
 * @example
 * areaFigures({ cleared: 12_000, reduced: 0, cancelled: 0, released: 12_000, hazard: 50_000, remainingHazard: 38_000 }, items);
 * // { clearedHa: 1.2, …, itemsPerClearedHa: 537.5 }
 */
export function areaFigures(squareMeters: OutcomeSquareMeters, items: ItemCounts): AreaFigures {
  const clearedHa = squareMeters.cleared / SQUARE_METERS_PER_HECTARE;
  return {
    clearedHa,
    reducedHa: squareMeters.reduced / SQUARE_METERS_PER_HECTARE,
    cancelledHa: squareMeters.cancelled / SQUARE_METERS_PER_HECTARE,
    releasedHa: squareMeters.released / SQUARE_METERS_PER_HECTARE,
    hazardHa: squareMeters.hazard / SQUARE_METERS_PER_HECTARE,
    remainingHazardHa: squareMeters.remainingHazard / SQUARE_METERS_PER_HECTARE,
    items,
    itemsPerClearedHa: clearedHa > 0 ? countItems(items) / clearedHa : null,
  };
}
