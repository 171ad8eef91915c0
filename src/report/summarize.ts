import type { Feature, FeatureCollection } from 'geojson';
import { areaSquareMeters } from '../geometry/area.js';
import { dissolveOutcomes, type OutcomeFallback, type OutcomeGeometries } from '../geometry/dissolve-outcomes.js';
import { measureByRegion } from '../geometry/measure-by-region.js';
import { indexRegions, type RegionIndex } from '../geometry/region-index.js';
import type { ClipFallback } from '../geometry/try-boolean.js';
import type { LoadResult } from '../io/load-result.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { RELEASE_STATUSES, type ZoneFeature } from '../zones/zone.js';
import { areaFigures, type OutcomeSquareMeters } from './area-figures.js';
import { fallbackIssue } from './fallback-issue.js';
import type { FindingContext } from './finding-context.js';
import { findOverlappingOutcomes } from './find-overlapping-outcomes.js';
import { findReleasesOutsideHazard } from './find-releases-outside-hazard.js';
import { findReportedAreaMismatches } from './find-reported-area-mismatches.js';
import { isoWeek } from './iso-week.js';
import { calendarDay, countsInPeriod, isBounded, resolvePeriod, type Period } from './period.js';
import { resolveRegions, type ResolvedRegion } from './resolve-regions.js';
import { countItems, sumItems } from './sum-items.js';
import type { AreaFigures, RegionSummary, Summary, WeekSummary } from './summary.js';

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

/** The row of zones without a `region` property when rows come from that property. */
export const NO_REGION_NAME = '(no region)';

const LAYERS: readonly (keyof OutcomeGeometries)[] = ['cleared', 'reduced', 'cancelled', 'released', 'hazard', 'remainingHazard'];
const LAYER_WORDS: Record<keyof OutcomeGeometries, string> = {
  cleared: 'cleared land',
  reduced: 'reduced land',
  cancelled: 'cancelled land',
  released: 'released land',
  hazard: 'hazardous areas',
  remainingHazard: 'remaining hazard',
};

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
  const settings = withDefaults(options);
  const period = resolvePeriod(settings);
  const tolerance = settings.reportedAreaTolerance;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new Error(`reportedAreaTolerance must be a share ≥ 0 (0.1 = 10 %); got ${String(tolerance)}`);
  }
  const { zones, loadIssues, accepted, rejected, fileName } = readInput(input);
  const regions = settings.regions === null ? null : resolveRegions(settings.regions, settings.regionField);

  const findings: ValidationIssue[] = [];
  const fallbackTo = (what: string, involved: readonly ZoneFeature[]) => (fallback: ClipFallback) =>
    findings.push(fallbackIssue(fallback, what, involved, fileName));
  const outcomeFallback = (subset: readonly ZoneFeature[], scope: string) => (fallback: OutcomeFallback) =>
    fallbackTo(`dissolving ${LAYER_WORDS[fallback.layer]}${scope}`, fallback.zones.map((index) => subset[index]))(fallback);

  const outcomes = dissolveOutcomes(zones, { ...period, onFallback: outcomeFallback(zones, '') });
  const counted = zones.filter((zone) => countsInPeriod(zone.properties.endDate, period));

  let totals: AreaFigures;
  let rows: RegionSummary[];
  let outsideRegions: AreaFigures | null = null;
  if (regions) {
    const byRegion = summarizeByRegionPolygons(outcomes, counted, regions, fallbackTo);
    totals = areaFigures(byRegion.totalSquareMeters, sumItems(counted));
    rows = byRegion.rows;
    outsideRegions = byRegion.outside;
  } else {
    totals = areaFigures(measureLayers(outcomes), sumItems(counted));
    rows = summarizeByRegionProperty(zones, period, outcomeFallback);
  }

  const areaCache = new WeakMap<ZoneFeature, number>();
  const context: FindingContext = {
    fileName,
    areaOf: (zone) => {
      let area = areaCache.get(zone);
      if (area === undefined) {
        area = areaSquareMeters(zone.geometry);
        areaCache.set(zone, area);
      }
      return area;
    },
    onFallback: (fallback, what, involved) => fallbackTo(what, involved)(fallback),
  };
  const weeks = summarizeWeeks(zones, period, outcomeFallback);
  const quality = [
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
    issues: [...loadIssues, ...findings, ...quality],
  };
}

type Settings = {
  regions: readonly Feature[] | FeatureCollection | null;
  regionField: string | null;
  from: string | null;
  to: string | null;
  reportedAreaTolerance: number;
};

function withDefaults(options: SummarizeOptions): Settings {
  // Spread would let an explicit `undefined` (e.g. an absent CLI flag) override a default.
  const settings: Record<string, unknown> = { ...defaultSummarizeOptions };
  for (const [key, value] of Object.entries(options ?? {})) if (value !== undefined) settings[key] = value;
  return settings as Settings;
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
    throw new Error('input must be a LoadResult (from loadZones) or an array of zone features; got ' + (result === null ? 'null' : typeof result));
  }
  return {
    zones: result.zones,
    loadIssues: [...(result.issues ?? [])],
    accepted: result.accepted,
    rejected: result.rejected,
    fileName: result.fileName,
  };
}

function measureLayers(outcomes: OutcomeGeometries): OutcomeSquareMeters {
  const squareMeters = {} as OutcomeSquareMeters;
  for (const layer of LAYERS) squareMeters[layer] = areaSquareMeters(outcomes[layer]);
  return squareMeters;
}

function summarizeByRegionPolygons(
  outcomes: OutcomeGeometries,
  counted: readonly ZoneFeature[],
  regions: readonly ResolvedRegion[],
  fallbackTo: (what: string, involved: readonly ZoneFeature[]) => (fallback: ClipFallback) => void,
): { totalSquareMeters: OutcomeSquareMeters; rows: RegionSummary[]; outside: AreaFigures | null } {
  const index = indexRegions(regions.map((region) => region.geometry));
  const totalSquareMeters = {} as OutcomeSquareMeters;
  const outsideSquareMeters = {} as OutcomeSquareMeters;
  const regionSquareMeters = regions.map(() => ({}) as OutcomeSquareMeters);
  for (const layer of LAYERS) {
    const areas = measureByRegion(outcomes[layer], index, { onFallback: fallbackTo(`splitting ${LAYER_WORDS[layer]} by region`, []) });
    totalSquareMeters[layer] = areas.totalSquareMeters;
    outsideSquareMeters[layer] = areas.outsideSquareMeters;
    areas.regionSquareMeters.forEach((squareMeters, regionIndex) => (regionSquareMeters[regionIndex][layer] = squareMeters));
  }

  const zonesByRegion: ZoneFeature[][] = regions.map(() => []);
  const zonesOutside: ZoneFeature[] = [];
  for (const zone of counted) {
    // Only zones with finds need a home; their items go where most of their land is.
    if (countItems(sumItems([zone])) === 0) continue;
    const home = largestShare(zone, index, fallbackTo);
    (home === null ? zonesOutside : zonesByRegion[home]).push(zone);
  }

  const rows = regions.map((region, regionIndex) => ({
    name: region.name,
    ...areaFigures(regionSquareMeters[regionIndex], sumItems(zonesByRegion[regionIndex])),
  }));
  const outsideItems = sumItems(zonesOutside);
  const anythingOutside = LAYERS.some((layer) => outsideSquareMeters[layer] > 0) || countItems(outsideItems) > 0;
  return { totalSquareMeters, rows, outside: anythingOutside ? areaFigures(outsideSquareMeters, outsideItems) : null };
}

/** Index of the region holding most of the zone's area, or null when most of it lies outside all. */
function largestShare(
  zone: ZoneFeature,
  index: RegionIndex,
  fallbackTo: (what: string, involved: readonly ZoneFeature[]) => (fallback: ClipFallback) => void,
): number | null {
  const areas = measureByRegion(zone.geometry, index, { onFallback: fallbackTo('finding the region of a zone with items', [zone]) });
  let best: number | null = null;
  let bestSquareMeters = areas.outsideSquareMeters;
  areas.regionSquareMeters.forEach((squareMeters, regionIndex) => {
    if (squareMeters > bestSquareMeters) {
      best = regionIndex;
      bestSquareMeters = squareMeters;
    }
  });
  return best;
}

const NAME_ORDER = new Intl.Collator('en', { numeric: true });

function summarizeByRegionProperty(
  zones: readonly ZoneFeature[],
  period: Period,
  outcomeFallback: (subset: readonly ZoneFeature[], scope: string) => (fallback: OutcomeFallback) => void,
): RegionSummary[] {
  const groups = new Map<string, ZoneFeature[]>();
  for (const zone of zones) {
    const region = zone.properties.region;
    const name = typeof region === 'string' && region.trim() !== '' ? region.trim() : NO_REGION_NAME;
    let group = groups.get(name);
    if (!group) groups.set(name, (group = []));
    group.push(zone);
  }
  const names = [...groups.keys()].sort((a, b) =>
    a === NO_REGION_NAME ? 1 : b === NO_REGION_NAME ? -1 : NAME_ORDER.compare(a, b),
  );
  return names.map((name) => {
    const group = groups.get(name)!;
    const outcomes = dissolveOutcomes(group, { ...period, onFallback: outcomeFallback(group, ` of region ${name}`) });
    const counted = group.filter((zone) => countsInPeriod(zone.properties.endDate, period));
    return { name, ...areaFigures(measureLayers(outcomes), sumItems(counted)) };
  });
}

function summarizeWeeks(
  zones: readonly ZoneFeature[],
  period: Period,
  outcomeFallback: (subset: readonly ZoneFeature[], scope: string) => (fallback: OutcomeFallback) => void,
): WeekSummary[] {
  const weeks = new Map<string, { weekEnd: string; zones: ZoneFeature[] }>();
  for (const zone of zones) {
    if (!RELEASE_STATUSES.includes(zone.properties.status)) continue;
    const day = calendarDay(zone.properties.endDate);
    if (day === null || !countsInPeriod(day, period)) continue;
    const { weekStart, weekEnd } = isoWeek(day);
    let week = weeks.get(weekStart);
    if (!week) weeks.set(weekStart, (week = { weekEnd, zones: [] }));
    week.zones.push(zone);
  }
  return [...weeks.keys()].sort().map((weekStart) => {
    const { weekEnd, zones: weekZones } = weeks.get(weekStart)!;
    const outcomes = dissolveOutcomes(weekZones, {
      from: weekStart,
      to: weekEnd,
      onFallback: outcomeFallback(weekZones, ` of the week of ${weekStart}`),
    });
    const figures = areaFigures(measureLayers(outcomes), sumItems(weekZones));
    return {
      weekStart,
      weekEnd,
      clearedHa: figures.clearedHa,
      reducedHa: figures.reducedHa,
      cancelledHa: figures.cancelledHa,
      releasedHa: figures.releasedHa,
      items: figures.items,
    };
  });
}

function countUndated(zones: readonly ZoneFeature[], period: Period): number {
  if (!isBounded(period)) return 0;
  return zones.filter((zone) => RELEASE_STATUSES.includes(zone.properties.status) && calendarDay(zone.properties.endDate) === null).length;
}
