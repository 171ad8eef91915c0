import type { Feature, FeatureCollection } from 'geojson';
import { areaSquareMeters, withRingAreaCache } from '../geometry/area.js';
import { dissolveOutcomes } from '../geometry/dissolve-outcomes.js';
import type { LoadResult } from '../io/load-result.js';
import type { RegionLoadResult } from '../io/load-regions.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { HAZARD_STATUSES, RELEASE_STATUSES, type ItemCounts, type ZoneFeature } from '../zones/zone.js';
import { indexRegions, type RegionIndex } from '../geometry/region-index.js';
import { isZoneList, zoneListOf, type ZoneList } from '../zones/zone-list.js';
import { areaFigures } from './area-figures.js';
import { batchByComponent } from './batch-by-component.js';
import { fallbackIssue } from './fallback-issue.js';
import type { FindingContext, ReportFallback } from './finding-context.js';
import { findOverlappingOutcomes } from './find-overlapping-outcomes.js';
import { findReleasesOutsideHazard } from './find-releases-outside-hazard.js';
import { findReportedAreaMismatches } from './find-reported-area-mismatches.js';
import { measureLayers, OUTCOME_LAYERS, reportOutcomeFallback } from './measure-layers.js';
import { calendarDay, countsInPeriod, isBounded, resolvePeriod, type Period } from '../zones/period.js';
import { resolveRegions } from './resolve-regions.js';
import { addItems, countItems } from './sum-items.js';
import type { AreaFigures, RegionSummary, Summary, WeekSummary } from './summary.js';
import { addToTally, emptyTally, type Tally } from './tally.js';
import { tallyByRegionPolygons, type RegionPolygonTallies } from './tally-by-region-polygons.js';
import { regionNamesInOrder, tallyByRegionProperty } from './tally-by-region-property.js';
import { tallyWeeks, type WeekTally } from './tally-weeks.js';

/** Options of {@link summarize}. Every field may be left out (or undefined) for its default. */
export interface SummarizeOptions {
  /**
   * Region (district) polygons to report by — features, or `loadRegionFile`'s result, whose issues
   * then join the summary's; without them, the zones' `region` property groups.
   */
  regions?: readonly Feature[] | FeatureCollection | RegionLoadResult | null;
  /** Region property holding the name; by default the first of name, shapeName, NAME, region. */
  regionField?: string | null;
  /** Region property holding the id; by default the feature id, then shapeID, id, ID, code, CODE. */
  regionIdField?: string | null;
  /** First day of the period, YYYY-MM-DD, inclusive; open when absent. */
  from?: string | null;
  /** Last day of the period, YYYY-MM-DD, inclusive; open when absent. */
  to?: string | null;
  /** Largest accepted |reported − computed| / computed before a zone is flagged; 0.1 = 10 %. */
  reportedAreaTolerance?: number;
  /**
   * About how many zones are measured together (whole connected components, so the figures do not
   * depend on it): fewer use less memory, more cost less set-up.
   */
  batchZones?: number;
  /** Told after each batch how many zones have been measured, of how many (a national file takes minutes). */
  onProgress?: ((measuredZones: number, totalZones: number) => void) | null;
}

/** Defaults of {@link SummarizeOptions}. */
export const defaultSummarizeOptions = {
  /** No region polygons: rows come from the zones' `region` property. */
  regions: null,
  /** Try name, shapeName, NAME, region in turn. */
  regionField: null,
  /** The feature id, then shapeID, id, ID, code, CODE. */
  regionIdField: null,
  /** Open start. */
  from: null,
  /** Open end. */
  to: null,
  /** 10 %. */
  reportedAreaTolerance: 0.1,
  /** Enough that per-batch set-up vanishes (indexes, week maps), few enough to keep memory small. */
  batchZones: 10_000,
  /** Nobody is told. */
  onProgress: null,
} as const satisfies SummarizeOptions;

/** How areas are measured, as the summary states it. */
export const AREA_METHOD =
  'WGS84 ellipsoid, geodesic edges (GeographicLib S12; rings under 0.02° on the authalic sphere with the bowing of geodesics added, within 1e-9); overlapping polygons dissolved per outcome (Clipper2 on a 1e-9° grid)';

/** What {@link summarize} measures: a LoadResult (its `zones` an array or a `ZoneList`), or zones. */
export type SummarizeInput = LoadResult | (Omit<LoadResult, 'zones'> & { zones: ZoneList }) | readonly ZoneFeature[];

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
 * Bad geometry never throws: overlay-engine failures fall back (see `clipping-fallback` issues).
 * Zones are measured in batches of whole connected components (`batchZones`), so the working
 * memory stays that of a batch; `zones` may be a `PackedZones` for national files.
 *
 * @throws Error for misuse: a region that is not a Polygon/MultiPolygon feature, a date that is not
 * YYYY-MM-DD, `from` after `to`, a negative tolerance, an input that is neither a LoadResult nor an array.
 * @example
 * const summary = summarize(await loadZones(pathSource('week17.geojson')), { regions: districts, from: '2024-04-21', to: '2024-04-27' });
 * summary.totals.clearedHa; // 12.3456…
 */
export function summarize(input: SummarizeInput, options: SummarizeOptions = {}): Summary {
  const settings = withDefaults(options);
  const period = resolvePeriod(settings);
  const tolerance = settings.reportedAreaTolerance;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new Error(`reportedAreaTolerance must be a share ≥ 0 (0.1 = 10 %); got ${String(tolerance)}`);
  }
  const batchSize = settings.batchZones;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchZones must be a whole number ≥ 1; got ${String(batchSize)}`);
  const { zones, loadIssues, accepted, rejected, fileName } = readInput(input);
  const resolution = settings.regions === null
    ? null
    : resolveRegions(settings.regions, { regionField: settings.regionField, regionIdField: settings.regionIdField });
  const regions = resolution?.regions ?? null;
  const regionIndex = regions ? indexRegions(regions.map((region) => region.geometry)) : null;

  const fallbacks: ValidationIssue[] = [];
  const report: ReportFallback = (fallback, what, involved) => fallbacks.push(fallbackIssue(fallback, what, involved, fileName));
  const context: FindingContext = { fileName, areaOf: (zone) => areaSquareMeters(zone.geometry), onFallback: report };
  const total = emptyTally();
  const byPolygon: RegionPolygonTallies | null = regions
    ? { total, regions: regions.map(() => emptyTally()), outside: emptyTally() }
    : null;
  const byName = new Map<string, Tally>();
  const weeks = new Map<string, WeekTally>();
  const findings = { overlaps: [] as ValidationIssue[], outsideHazard: [] as ValidationIssue[], areaMismatches: [] as ValidationIssue[] };
  const hazardsInFile = anyHazard(zones);

  let measuredZones = 0;
  for (const batch of batchByComponent(zones.boxes(), batchSize)) {
    // Most rings are measured several times (in each layer they pass into unchanged, each week,
    // each check): their areas are remembered for the batch, and forgotten with it.
    withRingAreaCache(() => {
      const batchZones = zones.featuresAt(batch);
      const outcomes = dissolveOutcomes(batchZones, { ...period, onFallback: reportOutcomeFallback(report, batchZones, '') });
      if (byPolygon && regionIndex) {
        const counted = batchZones.filter((zone) => countsInPeriod(zone.properties.endDate, period));
        tallyByRegionPolygons(outcomes, counted, regionIndex, report, byPolygon);
      } else {
        addToTally(total, measureLayers(outcomes), null);
        tallyByRegionProperty(batchZones, period, report, byName);
      }
      tallyWeeks(batchZones, period, report, weeks);
      appendAll(findings.overlaps, findOverlappingOutcomes(batchZones, context));
      appendAll(findings.outsideHazard, findReleasesOutsideHazard(batchZones, outcomes.hazard, hazardsInFile, context));
      appendAll(findings.areaMismatches, findReportedAreaMismatches(batchZones, tolerance, context));
    });
    measuredZones += batch.length;
    settings.onProgress?.(measuredZones, zones.length);
  }

  const rows: RegionSummary[] = regions && byPolygon
    ? regions.map((region, index) => ({ name: region.name, id: region.id, label: region.label, ...figuresOf(byPolygon.regions[index]) }))
    : regionNamesInOrder(byName.keys()).map((name) => ({ name, id: null, label: name, ...figuresOf(byName.get(name)!) }));
  const outside = byPolygon?.outside ?? null;
  const anythingOutside =
    outside !== null && (OUTCOME_LAYERS.some((layer) => outside.squareMeters[layer] > 0) || countItems(outside.items) > 0);
  const issues = [...loadIssues, ...(resolution?.issues ?? []), ...fallbacks];
  // Batches follow components, not the input: each kind of finding is put back in feature order.
  for (const kind of Object.values(findings)) appendAll(issues, kind.sort((a, b) => (a.feature ?? 0) - (b.feature ?? 0)));

  return {
    period: { from: period.from, to: period.to },
    areaMethod: AREA_METHOD,
    totals: areaFigures(total.squareMeters, countedItems(zones, period)),
    regions: rows,
    outsideRegions: anythingOutside && outside ? figuresOf(outside) : null,
    weeks: [...weeks.keys()].sort().map((weekStart) => weekSummary(weekStart, weeks.get(weekStart)!)),
    features: { accepted, rejected, undated: countUndated(zones, period) },
    issues,
  };
}

interface Settings {
  regions: readonly Feature[] | FeatureCollection | RegionLoadResult | null;
  regionField: string | null;
  regionIdField: string | null;
  from: string | null;
  to: string | null;
  reportedAreaTolerance: number;
  batchZones: number;
  onProgress: ((measuredZones: number, totalZones: number) => void) | null;
}

function withDefaults(options: SummarizeOptions): Settings {
  // Spread would let an explicit `undefined` (e.g. an absent CLI flag) override a default.
  const settings: Record<string, unknown> = { ...defaultSummarizeOptions };
  for (const [key, value] of Object.entries(options ?? {})) if (value !== undefined) settings[key] = value;
  return settings as unknown as Settings;
}

function readInput(input: SummarizeInput): {
  zones: ZoneList;
  loadIssues: ValidationIssue[];
  accepted: number;
  rejected: number;
  fileName: string;
} {
  if (Array.isArray(input)) return { zones: zoneListOf(input), loadIssues: [], accepted: input.length, rejected: 0, fileName: 'zones' };
  if (isZoneList(input)) throw new Error('input must be a LoadResult or an array of zone features; pass a ZoneList as the zones of a LoadResult');
  const result = input as LoadResult | null;
  const zones = result?.zones as unknown;
  if (!result || !(Array.isArray(zones) || isZoneList(zones))) {
    throw new Error(`input must be a LoadResult (from loadZones) or an array of zone features; got ${result === null ? 'null' : typeof result}`);
  }
  return {
    zones: Array.isArray(zones) ? zoneListOf(zones) : zones,
    loadIssues: [...(result.issues ?? [])],
    accepted: result.accepted,
    rejected: result.rejected,
    fileName: result.fileName,
  };
}

function figuresOf(tally: Tally): AreaFigures {
  return areaFigures(tally.squareMeters, tally.items);
}

function weekSummary(weekStart: string, week: WeekTally): WeekSummary {
  const { clearedHa, reducedHa, cancelledHa, releasedHa, items } = figuresOf(week);
  return { weekStart, weekEnd: week.weekEnd, clearedHa, reducedHa, cancelledHa, releasedHa, items };
}

/** Items of every zone counted in the period (releases and hazards alike). */
function countedItems(zones: ZoneList, period: Period): ItemCounts {
  const items: ItemCounts = { apMines: 0, atMines: 0, uxo: 0, otherItems: 0 };
  for (let index = 0; index < zones.length; index += 1) {
    const properties = zones.propertiesAt(index);
    if (countsInPeriod(properties.endDate, period)) addItems(items, properties);
  }
  return items;
}

function countUndated(zones: ZoneList, period: Period): number {
  if (!isBounded(period)) return 0;
  let undated = 0;
  for (let index = 0; index < zones.length; index += 1) {
    const { status, endDate } = zones.propertiesAt(index);
    if (RELEASE_STATUSES.includes(status) && calendarDay(endDate) === null) undated += 1;
  }
  return undated;
}

function anyHazard(zones: ZoneList): boolean {
  for (let index = 0; index < zones.length; index += 1) if (HAZARD_STATUSES.includes(zones.propertiesAt(index).status)) return true;
  return false;
}

function appendAll<T>(into: T[], items: readonly T[]): void {
  // push(...items) overflows the stack for very long lists.
  for (const item of items) into.push(item);
}
