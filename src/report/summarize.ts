import type { Feature, FeatureCollection } from 'geojson';
import { areaSquareMeters, withRingAreaCache } from '../geometry/area.js';
import { dissolveOutcomes } from '../geometry/dissolve-outcomes.js';
import type { LoadResult } from '../io/load-result.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { RELEASE_STATUSES, type ZoneFeature } from '../zones/zone.js';
import { areaFigures } from './area-figures.js';
import { fallbackIssue } from './fallback-issue.js';
import type { FindingContext, ReportFallback } from './finding-context.js';
import { findOverlappingOutcomes } from './find-overlapping-outcomes.js';
import { findReleasesOutsideHazard } from './find-releases-outside-hazard.js';
import { findReportedAreaMismatches } from './find-reported-area-mismatches.js';
import { measureLayers, reportOutcomeFallback } from './measure-layers.js';
import { calendarDay, countsInPeriod, isBounded, resolvePeriod, type Period } from './period.js';
import { resolveRegions } from './resolve-regions.js';
import { sumItems } from './sum-items.js';
import { summarizeByRegionPolygons } from './summarize-by-region-polygons.js';
import { summarizeByRegionProperty } from './summarize-by-region-property.js';
import { summarizeWeeks } from './summarize-weeks.js';
import type { AreaFigures, RegionSummary, Summary } from './summary.js';

/** Options of {@link summarize}. Every field may be left out (or undefined) for its default. */
export interface SummarizeOptions {
  /** Region (district) polygons to report by; without them, the zones' `region` property groups. */
  regions?: readonly Feature[] | FeatureCollection | null;
  /** Region property holding the name; by default the first of name, shapeName, NAME, region. */
  regionField?: string | null;
  /** First day of the period, YYYY-MM-DD, inclusive; open when absent. */
  from?: string | null;
  /** Last day of the period, YYYY-MM-DD, inclusive; open when absent. */
  to?: string | null;
  /** Largest accepted |reported − computed| / computed before a zone is flagged; 0.1 = 10 %. */
  reportedAreaTolerance?: number;
}

/** Defaults of {@link SummarizeOptions}. */
export const defaultSummarizeOptions = {
  /** No region polygons: rows come from the zones' `region` property. */
  regions: null,
  /** Try name, shapeName, NAME, region in turn. */
  regionField: null,
  /** Open start. */
  from: null,
  /** Open end. */
  to: null,
  /** 10 %. */
  reportedAreaTolerance: 0.1,
} as const satisfies SummarizeOptions;

/** How areas are measured, as the summary states it. */
export const AREA_METHOD =
  'WGS84 ellipsoid (GeographicLib geodesic polygon area); overlapping polygons dissolved per outcome (polygon-clipping)';

/**
 * Measures released land and remaining hazard, in total, per region and per ISO week, and adds
 * data-quality findings. Areas are ellipsoidal (WGS84) and dissolved per outcome, so overlapping
 * polygons count once; hectares are not rounded.
 *
 * A release counts when its endDate is within [from, to] (every release without a period; with a
 * period, undated releases are left out and counted in `features.undated`). Hazard is every
 * suspected and confirmed zone; remaining hazard subtracts every release completed by `to` (not
 * undated ones when `to` is given). Items come from the releases counted and from hazard zones
 * (all without a period, else those whose endDate is in it). With region polygons, a zone's area
 * is split among the regions it covers and its items go to the region holding most of it; land
 * outside every region is `outsideRegions`. Without, the zones' `region` property groups rows
 * ("(no region)" last), each measured from its own zones.
 *
 * Bad geometry never throws: polygon-clipping failures fall back (see `clipping-fallback` issues).
 *
 * @throws Error for misuse: a region that is not a Polygon/MultiPolygon feature, a date that is not
 * YYYY-MM-DD, `from` after `to`, a negative tolerance, an input that is neither a LoadResult nor an array.
 * @example
 * const summary = summarize(await loadZones(pathSource('week17.geojson')), { regions: districts, from: '2024-04-21', to: '2024-04-27' });
 * summary.totals.clearedHa; // 12.3456…
 */
export function summarize(input: LoadResult | readonly ZoneFeature[], options: SummarizeOptions = {}): Summary {
  // Most rings are measured several times (in each layer they pass into unchanged, each week, each check).
  return withRingAreaCache(() => summarizeOnce(input, options));
}

function summarizeOnce(input: LoadResult | readonly ZoneFeature[], options: SummarizeOptions): Summary {
  const settings = withDefaults(options);
  const period = resolvePeriod(settings);
  const tolerance = settings.reportedAreaTolerance;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new Error(`reportedAreaTolerance must be a share ≥ 0 (0.1 = 10 %); got ${String(tolerance)}`);
  }
  const { zones, loadIssues, accepted, rejected, fileName } = readInput(input);
  const regions = settings.regions === null ? null : resolveRegions(settings.regions, settings.regionField);

  const fallbacks: ValidationIssue[] = [];
  const report: ReportFallback = (fallback, what, involved) => fallbacks.push(fallbackIssue(fallback, what, involved, fileName));
  const outcomes = dissolveOutcomes(zones, { ...period, onFallback: reportOutcomeFallback(report, zones, '') });
  const counted = zones.filter((zone) => countsInPeriod(zone.properties.endDate, period));

  let totals: AreaFigures;
  let rows: RegionSummary[];
  let outsideRegions: AreaFigures | null = null;
  if (regions) {
    const byRegion = summarizeByRegionPolygons(outcomes, counted, regions, report);
    totals = areaFigures(byRegion.totalSquareMeters, sumItems(counted));
    rows = byRegion.rows;
    outsideRegions = byRegion.outside;
  } else {
    totals = areaFigures(measureLayers(outcomes), sumItems(counted));
    rows = summarizeByRegionProperty(zones, period, report);
  }
  const weeks = summarizeWeeks(zones, period, report);

  const context: FindingContext = {
    fileName,
    areaOf: (zone) => areaSquareMeters(zone.geometry),
    onFallback: report,
  };
  const findings = [
    ...findOverlappingOutcomes(zones, context),
    ...findReleasesOutsideHazard(zones, outcomes.hazard, context),
    ...findReportedAreaMismatches(zones, tolerance, context),
  ];

  return {
    period: { from: period.from, to: period.to },
    areaMethod: AREA_METHOD,
    totals,
    regions: rows,
    outsideRegions,
    weeks,
    features: { accepted, rejected, undated: countUndated(zones, period) },
    issues: [...loadIssues, ...fallbacks, ...findings],
  };
}

interface Settings {
  regions: readonly Feature[] | FeatureCollection | null;
  regionField: string | null;
  from: string | null;
  to: string | null;
  reportedAreaTolerance: number;
}

function withDefaults(options: SummarizeOptions): Settings {
  // Spread would let an explicit `undefined` (e.g. an absent CLI flag) override a default.
  const settings: Record<string, unknown> = { ...defaultSummarizeOptions };
  for (const [key, value] of Object.entries(options ?? {})) if (value !== undefined) settings[key] = value;
  return settings as unknown as Settings;
}

function readInput(input: LoadResult | readonly ZoneFeature[]): {
  zones: readonly ZoneFeature[];
  loadIssues: ValidationIssue[];
  accepted: number;
  rejected: number;
  fileName: string;
} {
  if (Array.isArray(input)) return { zones: input, loadIssues: [], accepted: input.length, rejected: 0, fileName: 'zones' };
  const result = input as LoadResult | null;
  if (!result || !Array.isArray(result.zones)) {
    throw new Error(`input must be a LoadResult (from loadZones) or an array of zone features; got ${result === null ? 'null' : typeof result}`);
  }
  return { zones: result.zones, loadIssues: [...(result.issues ?? [])], accepted: result.accepted, rejected: result.rejected, fileName: result.fileName };
}

function countUndated(zones: readonly ZoneFeature[], period: Period): number {
  if (!isBounded(period)) return 0;
  return zones.filter((zone) => RELEASE_STATUSES.includes(zone.properties.status) && calendarDay(zone.properties.endDate) === null).length;
}
