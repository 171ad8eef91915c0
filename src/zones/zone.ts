import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The five states of land in IMAS 07.11: two hazards and three ways of releasing land. */
export const ZONE_STATUSES = ['suspected', 'confirmed', 'cancelled', 'reduced', 'cleared'] as const;

/** A zone's land-release status, normalised from whatever spelling the file used. */
export type ZoneStatus = (typeof ZONE_STATUSES)[number];

/** Statuses of land still believed or known to hold explosive ordnance. */
export const HAZARD_STATUSES: readonly ZoneStatus[] = ['suspected', 'confirmed'];

/** Statuses of released land: cancelled by NTS, reduced by TS, cleared by clearance. */
export const RELEASE_STATUSES: readonly ZoneStatus[] = ['cancelled', 'reduced', 'cleared'];

/** Counts of explosive items found and destroyed in a zone. */
export interface ItemCounts {
  /** Anti-personnel mines. */
  apMines: number;
  /** Anti-tank mines. */
  atMines: number;
  /** Unexploded ordnance. */
  uxo: number;
  /** Everything else: AXO, submunitions, IEDs, booby traps. */
  otherItems: number;
}

/** The item categories, in the order reports list them. */
export const ITEM_KEYS: readonly (keyof ItemCounts)[] = ['apMines', 'atMines', 'uxo', 'otherItems'];

/** The normalised properties of an accepted zone (see DOMAIN.md: "A zone feature"). */
export interface ZoneProperties extends ItemCounts {
  /** Stable identifier (IMSMA local id or the operator's task id), as a string; null when absent. */
  id: string | null;
  /** Normalised land-release status. */
  status: ZoneStatus;
  /** The hazard this release belongs to. */
  hazardId: string | null;
  /** NTS, TS, clearance, BAC or EOD, as given (upper-cased abbreviations are kept). */
  method: string | null;
  /** ISO 8601 date (YYYY-MM-DD) work started. */
  startDate: string | null;
  /** ISO 8601 date (YYYY-MM-DD) the release was completed. */
  endDate: string | null;
  /** District name, used to group when no region polygons are given. */
  region: string | null;
  /** Who did the work. */
  organisation: string | null;
  /** Area the operator reported, in m²; kept apart from the computed area. */
  reportedAreaM2: number | null;
  /** Index of the feature in the input file (0-based), so issues and zones can be matched. */
  featureIndex: number;
  /** Every property as it was in the file, untouched (untrusted text: render it as text only). */
  source: Record<string, unknown>;
}

/** An accepted zone: a valid Polygon or MultiPolygon in WGS84 longitude/latitude. */
export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProperties>;
