import type { MultiPolygon } from 'geojson';
import type { ZoneFeature, ZoneStatus } from '../zones/zone.js';
import { completedBy, countsInPeriod, resolvePeriod } from '../zones/period.js';
import { dissolve } from './dissolve.js';
import { indexPolygons } from './polygon-index.js';
import { subtract } from './subtract.js';
import type { ClipFallback } from './try-boolean.js';

/** The dissolved land of each outcome: overlapping polygons merged, so every m² counts once. */
export interface OutcomeGeometries {
  /** Cleared land completed in the period. */
  cleared: MultiPolygon;
  /** Land reduced by technical survey in the period. */
  reduced: MultiPolygon;
  /** Land cancelled by non-technical survey in the period. */
  cancelled: MultiPolygon;
  /** cleared ∪ reduced ∪ cancelled. */
  released: MultiPolygon;
  /** Every suspected or confirmed hazardous area, whatever its date. */
  hazard: MultiPolygon;
  /** hazard − every release completed on or before `to` (every release when `to` is open). */
  remainingHazard: MultiPolygon;
}

/** A {@link ClipFallback} met while dissolving outcomes, with the layer and zones involved. */
export interface OutcomeFallback extends ClipFallback {
  /** The geometry being built. */
  layer: keyof OutcomeGeometries;
  /** Indices (into the `zones` given) of the zones involved; empty when the inputs were merged layers. */
  zones: number[];
}

/** Options of {@link dissolveOutcomes}. */
export interface DissolveOutcomesOptions {
  /** First day of the period, YYYY-MM-DD, inclusive; null: open. */
  from: string | null;
  /** Last day of the period, YYYY-MM-DD, inclusive; null: open. */
  to: string | null;
  /** Told when the overlay engine failed and a fallback was used; null: not told. */
  onFallback: ((fallback: OutcomeFallback) => void) | null;
}

/** Defaults of {@link DissolveOutcomesOptions}: no period, fallbacks not reported. */
export const defaultDissolveOutcomesOptions: DissolveOutcomesOptions = {
  /** Open start. */
  from: null,
  /** Open end. */
  to: null,
  /** Fallbacks are not reported. */
  onFallback: null,
};

const OUTCOME_STATUSES = new Set<ZoneStatus>(['cleared', 'reduced', 'cancelled']);

/**
 * Dissolves zones into one MultiPolygon per outcome, ready to measure or to export as GeoJSON.
 * A release (cleared, reduced, cancelled) counts when its endDate lies in [from, to]; without a
 * period every release counts, and with one an undated release does not. Hazards are every
 * suspected and confirmed zone. Remaining hazard subtracts every release completed on or before
 * `to` — including those before `from` — but, when `to` is given, not undated releases: whether
 * they happened by then is unknown, and overstating hazard is the safe side.
 *
 * @throws Error when `from` or `to` is not a YYYY-MM-DD date or `from` is after `to`.
 * @example
 * const outcomes = dissolveOutcomes(loaded.zones, { from: '2024-04-21', to: '2024-04-27' });
 * areaHectares(outcomes.cleared); // hectares cleared that week, overlaps counted once
 */
export function dissolveOutcomes(zones: readonly ZoneFeature[], options: Partial<DissolveOutcomesOptions> = {}): OutcomeGeometries {
  const { from, to, onFallback } = { ...defaultDissolveOutcomesOptions, ...options };
  const period = resolvePeriod({ from, to });
  const counted: Record<'cleared' | 'reduced' | 'cancelled' | 'hazard', number[]> = {
    cleared: [],
    reduced: [],
    cancelled: [],
    hazard: [],
  };
  const subtracted: number[] = [];
  zones.forEach((zone, index) => {
    const { status, endDate } = zone.properties;
    if (status === 'suspected' || status === 'confirmed') {
      counted.hazard.push(index);
    } else if (OUTCOME_STATUSES.has(status)) {
      if (countsInPeriod(endDate, period)) counted[status as 'cleared' | 'reduced' | 'cancelled'].push(index);
      if (completedBy(endDate, period)) subtracted.push(index);
    }
  });

  // `indices` maps the dissolved inputs back to zones; null when the inputs are merged layers.
  const tell = (layer: keyof OutcomeGeometries, indices: number[] | null) =>
    onFallback
      ? (fallback: ClipFallback) =>
          onFallback({ ...fallback, layer, zones: indices ? fallback.inputs.map((input) => indices[input]) : [] })
      : null;
  const dissolveLayer = (layer: keyof OutcomeGeometries & keyof typeof counted) =>
    dissolve(
      counted[layer].map((index) => zones[index].geometry),
      { onFallback: tell(layer, counted[layer]) },
    );

  const cleared = dissolveLayer('cleared');
  const reduced = dissolveLayer('reduced');
  const cancelled = dissolveLayer('cancelled');
  const released = dissolve([cleared, reduced, cancelled], { onFallback: tell('released', null) });
  const hazard = dissolveLayer('hazard');
  const countedReleases = counted.cleared.length + counted.reduced.length + counted.cancelled.length;
  // Usually the releases to subtract are exactly those counted (no period); otherwise the extra
  // ones are subtracted as they are: the difference handles overlapping clip polygons itself.
  const subtrahend =
    subtracted.length === countedReleases ? indexPolygons([released]) : indexPolygons(subtracted.map((index) => zones[index].geometry));
  const remainingHazard = subtract(hazard, subtrahend, { onFallback: tell('remainingHazard', null) });
  return { cleared, reduced, cancelled, released, hazard, remainingHazard };
}
