import type { ItemCounts } from '../zones/zone.js';
import type { ValidationIssue } from '../validate/issue-codes.js';

/** Hectares by outcome and the items found, for the whole record or one region. */
export interface AreaFigures {
  /** Dissolved area of cleared land counted in the period, in hectares. */
  clearedHa: number;
  /** Dissolved area of land reduced by technical survey, in hectares. */
  reducedHa: number;
  /** Dissolved area of land cancelled by non-technical survey, in hectares. */
  cancelledHa: number;
  /** Area of cancelled ∪ reduced ∪ cleared (overlaps counted once), in hectares. */
  releasedHa: number;
  /** Dissolved area of suspected ∪ confirmed hazards, in hectares. */
  hazardHa: number;
  /** Hazard minus every release completed on or before `to`, in hectares. */
  remainingHazardHa: number;
  /** Items found and destroyed in the zones counted in the period. */
  items: ItemCounts;
  /** All items divided by cleared hectares; null when nothing was cleared. */
  itemsPerClearedHa: number | null;
}

/** The figures of one region (district). */
export interface RegionSummary extends AreaFigures {
  /** The region's name, from the region feature or the zones' `region` property. */
  name: string;
  /**
   * The region's stable id (the region id field, the feature id, or shapeID, id, ID, code, CODE of
   * the region feature); null for rows from the zones' `region` property or regions without one.
   */
  id: string | null;
  /** The name as outputs show it: `name`, or "name (id)" when another row has the same name. */
  label: string;
}

/** Releases completed in one ISO week (Monday to Sunday). */
export interface WeekSummary {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  /** Sunday of the week, YYYY-MM-DD. */
  weekEnd: string;
  clearedHa: number;
  reducedHa: number;
  cancelledHa: number;
  releasedHa: number;
  items: ItemCounts;
}

/** What `summarize()` returns and `cleared-land report --format json` prints: a stable contract. */
export interface Summary {
  /** The period asked for, inclusive; null ends mean open. */
  period: { from: string | null; to: string | null };
  /** How areas were measured, in words (ellipsoid and library). */
  areaMethod: string;
  totals: AreaFigures;
  /** One row per region, in the order the regions were given (or by name without region polygons). */
  regions: RegionSummary[];
  /** Land that falls outside every region polygon; null when regions were not given or nothing fell outside. */
  outsideRegions: AreaFigures | null;
  /** Releases per ISO week, oldest first, covering every week with a dated release in the period. */
  weeks: WeekSummary[];
  /** accepted + rejected = features in the input; undated = releases left out because they have no endDate. */
  features: { accepted: number; rejected: number; undated: number };
  /** Validation issues from loading, then data-quality findings made while measuring. */
  issues: ValidationIssue[];
}
