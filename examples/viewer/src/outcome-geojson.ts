import type { FeatureCollection, MultiPolygon } from 'geojson';

/** What an exported outcome file says about itself, besides its geometry. */
export interface OutcomeDescription {
  /** 'released' or 'remaining-hazard'. */
  outcome: string;
  /** The period, inclusive; null ends are open. */
  from: string | null;
  to: string | null;
  /** The dissolved area as `summarize()` measured it, in hectares. */
  areaHa: number;
  /** The zones file it was computed from. */
  source: string;
  /** Whether the zones are the synthetic sample. */
  sample: boolean;
}

/**
 * A GeoJSON FeatureCollection (RFC 7946) holding one dissolved outcome as a single MultiPolygon
 * feature, with the period and area in its properties, as text ready to save.
 *
 * @example
 * const text = outcomeGeoJson(dissolveOutcomes(zones, period).released, { outcome: 'released', … });
 */
export function outcomeGeoJson(geometry: MultiPolygon, description: OutcomeDescription): string {
  const collection: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          outcome: description.outcome,
          from: description.from,
          to: description.to,
          areaHa: description.areaHa,
          source: description.source,
          ...(description.sample ? { sample: 'SAMPLE DATA — synthetic' } : {}),
          generator: 'cleared-land viewer',
        },
        geometry,
      },
    ],
  };
  return `${JSON.stringify(collection)}\n`;
}
