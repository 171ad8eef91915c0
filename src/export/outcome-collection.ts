import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { areaHectares } from '../geometry/area.js';
import type { OutcomeGeometries } from '../geometry/dissolve-outcomes.js';
import type { ExportOutcome } from './export-outcomes.js';

export { EXPORT_OUTCOMES, type ExportOutcome } from './export-outcomes.js';

const LAYER_OF: Record<ExportOutcome, keyof OutcomeGeometries> = {
  released: 'released',
  remaining: 'remainingHazard',
  cleared: 'cleared',
  reduced: 'reduced',
  cancelled: 'cancelled',
};

/**
 * The attributes of every exported feature. Names are 10 characters or fewer so that a shapefile's
 * dBASE table keeps them whole; the same names are used in every format, so a layer opened from
 * GeoJSON, KML, GeoPackage or a shapefile reads alike in QGIS and ArcGIS.
 */
export interface OutcomeProperties {
  /** 'released', 'remaining', 'cleared', 'reduced' or 'cancelled'. */
  outcome: ExportOutcome;
  /** The region (district) this piece lies in; null for the whole outcome, or land outside every region. */
  region: string | null;
  /** First day of the period, YYYY-MM-DD; null: open. */
  date_from: string | null;
  /** Last day of the period, YYYY-MM-DD; null: open. */
  date_to: string | null;
  /** The dissolved area on the WGS84 ellipsoid, in hectares. */
  area_ha: number;
  /** The zones file(s) it was computed from. */
  source: string;
  /** 'SAMPLE DATA — synthetic' for the bundled sample; null for real data. */
  note: string | null;
  /** What wrote the file. */
  generator: string;
}

/** A piece of an outcome to write: the whole outcome, or its share of one region. */
export interface OutcomePiece {
  /** The region's name; null for the whole outcome or land outside every region. */
  region: string | null;
  geometry: MultiPolygon;
}

/** Options of {@link outcomeCollection}. */
export interface OutcomeCollectionOptions {
  /** The period the outcome was dissolved for, inclusive; null ends are open. */
  from: string | null;
  to: string | null;
  /** The zones file(s), as the user named them. */
  source: string;
  /** Whether the zones are the bundled synthetic sample (labelled in every feature). */
  sample: boolean;
  /** What wrote the file, e.g. 'cleared-land 0.2.0 export'. */
  generator: string;
}

/** Defaults of {@link OutcomeCollectionOptions}. */
export const defaultOutcomeCollectionOptions: OutcomeCollectionOptions = {
  // An open period.
  from: null,
  to: null,
  // No source named.
  source: '',
  // Real data.
  sample: false,
  // The library itself.
  generator: 'cleared-land',
};

/**
 * The dissolved geometry of one outcome, as a GeoJSON FeatureCollection ready to write in any export
 * format: one feature for the whole outcome, or one per region when `pieces` are given. A piece with
 * no land is written with a null geometry and 0 ha, so the file still says that nothing was released.
 *
 * @example
 * const outcomes = dissolveOutcomes(zones, { from: '2024-04-21', to: '2024-04-27' });
 * const collection = outcomeCollection(outcomes, 'cleared', { from: '2024-04-21', to: '2024-04-27', source: 'week17.geojson' });
 * collection.features[0].properties.area_ha; // hectares cleared that week, overlaps counted once
 */
export function outcomeCollection(
  outcomes: OutcomeGeometries,
  what: ExportOutcome,
  options: Partial<OutcomeCollectionOptions> & { pieces?: readonly OutcomePiece[] } = {},
): FeatureCollection<MultiPolygon | null, OutcomeProperties> {
  const { from, to, source, sample, generator } = { ...defaultOutcomeCollectionOptions, ...options };
  const pieces = options.pieces ?? [{ region: null, geometry: outcomes[LAYER_OF[what]] }];
  const features = pieces.map(
    (piece): Feature<MultiPolygon | null, OutcomeProperties> => ({
      type: 'Feature',
      properties: {
        outcome: what,
        region: piece.region,
        date_from: from,
        date_to: to,
        area_ha: areaHectares(piece.geometry),
        source,
        note: sample ? 'SAMPLE DATA — synthetic' : null,
        generator,
      },
      geometry: piece.geometry.coordinates.length > 0 ? piece.geometry : null,
    }),
  );
  return { type: 'FeatureCollection', features };
}

/** The layer of {@link OutcomeGeometries} that an {@link ExportOutcome} names. */
export function outcomeLayer(outcomes: OutcomeGeometries, what: ExportOutcome): MultiPolygon {
  return outcomes[LAYER_OF[what]];
}
