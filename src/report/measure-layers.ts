import { areaSquareMeters } from '../geometry/area.js';
import type { OutcomeFallback, OutcomeGeometries } from '../geometry/dissolve-outcomes.js';
import type { ZoneFeature } from '../zones/zone.js';
import type { OutcomeSquareMeters } from './area-figures.js';
import type { ReportFallback } from './finding-context.js';

/** The outcome layers, in the order summaries list them. */
export const OUTCOME_LAYERS: readonly (keyof OutcomeGeometries)[] = ['cleared', 'reduced', 'cancelled', 'released', 'hazard', 'remainingHazard'];

/** Each layer in words, for messages. */
export const LAYER_WORDS: Record<keyof OutcomeGeometries, string> = {
  cleared: 'cleared land',
  reduced: 'reduced land',
  cancelled: 'cancelled land',
  released: 'released land',
  hazard: 'hazardous areas',
  remainingHazard: 'remaining hazard',
};

/**
 * The ellipsoidal area of every outcome layer, in m².
 *
 * @example
 * measureLayers(dissolveOutcomes(zones)).cleared; // 12_345.6…
 */
export function measureLayers(outcomes: OutcomeGeometries): OutcomeSquareMeters {
  const squareMeters = {} as OutcomeSquareMeters;
  for (const layer of OUTCOME_LAYERS) squareMeters[layer] = areaSquareMeters(outcomes[layer]);
  return squareMeters;
}

/**
 * Adapts a {@link ReportFallback} to `dissolveOutcomes`' `onFallback`, naming the layer, the
 * scope (e.g. " of the week of 2024-04-22") and the zones of `subset` involved.
 *
 * @example
 * dissolveOutcomes(weekZones, { onFallback: reportOutcomeFallback(report, weekZones, ' of the week of 2024-04-22') });
 */
export function reportOutcomeFallback(
  report: ReportFallback,
  subset: readonly ZoneFeature[],
  scope: string,
): (fallback: OutcomeFallback) => void {
  return (fallback) =>
    report(fallback, `dissolving ${LAYER_WORDS[fallback.layer]}${scope}`, fallback.zones.map((index) => subset[index]));
}
