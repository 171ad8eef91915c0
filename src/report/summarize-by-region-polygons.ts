import type { OutcomeGeometries } from '../geometry/dissolve-outcomes.js';
import { measureByRegion } from '../geometry/measure-by-region.js';
import { indexRegions, type RegionIndex } from '../geometry/region-index.js';
import type { ZoneFeature } from '../zones/zone.js';
import { areaFigures, type OutcomeSquareMeters } from './area-figures.js';
import type { ReportFallback } from './finding-context.js';
import { LAYER_WORDS, OUTCOME_LAYERS } from './measure-layers.js';
import type { ResolvedRegion } from './resolve-regions.js';
import { countItems, sumItems } from './sum-items.js';
import type { AreaFigures, RegionSummary } from './summary.js';

/** Totals, region rows and land outside every region, measured against region polygons. */
export interface RegionPolygonFigures {
  /** Area of each whole layer, in m². */
  totalSquareMeters: OutcomeSquareMeters;
  /** One row per region, in the order given. */
  rows: RegionSummary[];
  /** Land and items outside every region; null when there are none. */
  outside: AreaFigures | null;
}

/**
 * Splits each dissolved outcome layer among region polygons (see `measureByRegion`), and gives
 * each counted zone's items to the region holding the largest share of its area (or to outside,
 * when most of it lies outside every region; ties go to the first region).
 *
 * @example
 * const { rows, outside } = summarizeByRegionPolygons(outcomes, countedZones, resolveRegions(districts, null), report);
 */
export function summarizeByRegionPolygons(
  outcomes: OutcomeGeometries,
  counted: readonly ZoneFeature[],
  regions: readonly ResolvedRegion[],
  report: ReportFallback,
): RegionPolygonFigures {
  const index = indexRegions(regions.map((region) => region.geometry));
  const totalSquareMeters = {} as OutcomeSquareMeters;
  const outsideSquareMeters = {} as OutcomeSquareMeters;
  const regionSquareMeters = regions.map(() => ({}) as OutcomeSquareMeters);
  for (const layer of OUTCOME_LAYERS) {
    const areas = measureByRegion(outcomes[layer], index, {
      onFallback: (fallback) => report(fallback, `splitting ${LAYER_WORDS[layer]} by region`, []),
    });
    totalSquareMeters[layer] = areas.totalSquareMeters;
    outsideSquareMeters[layer] = areas.outsideSquareMeters;
    areas.regionSquareMeters.forEach((squareMeters, regionIndex) => (regionSquareMeters[regionIndex][layer] = squareMeters));
  }

  const zonesByRegion: ZoneFeature[][] = regions.map(() => []);
  const zonesOutside: ZoneFeature[] = [];
  for (const zone of counted) {
    // Only zones with finds need a home; the area figures come from the dissolved layers.
    if (countItems(sumItems([zone])) === 0) continue;
    const home = largestShare(zone, index, report);
    (home === null ? zonesOutside : zonesByRegion[home]).push(zone);
  }

  const rows = regions.map((region, regionIndex) => ({
    name: region.name,
    ...areaFigures(regionSquareMeters[regionIndex], sumItems(zonesByRegion[regionIndex])),
  }));
  const outsideItems = sumItems(zonesOutside);
  const anythingOutside = OUTCOME_LAYERS.some((layer) => outsideSquareMeters[layer] > 0) || countItems(outsideItems) > 0;
  return { totalSquareMeters, rows, outside: anythingOutside ? areaFigures(outsideSquareMeters, outsideItems) : null };
}

/** Index of the region holding most of the zone's area, or null when most of it lies outside all. */
function largestShare(zone: ZoneFeature, index: RegionIndex, report: ReportFallback): number | null {
  const areas = measureByRegion(zone.geometry, index, {
    onFallback: (fallback) => report(fallback, 'finding the region of a zone with items', [zone]),
  });
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
