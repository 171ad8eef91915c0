import type { OutcomeGeometries } from '../geometry/dissolve-outcomes.js';
import { measureByRegion } from '../geometry/measure-by-region.js';
import type { RegionIndex } from '../geometry/region-index.js';
import type { ZoneFeature } from '../zones/zone.js';
import type { ReportFallback } from './finding-context.js';
import { LAYER_WORDS, OUTCOME_LAYERS } from './measure-layers.js';
import { countItems, sumItems } from './sum-items.js';
import { addToTally, type Tally } from './tally.js';

/** What {@link tallyByRegionPolygons} adds to. */
export interface RegionPolygonTallies {
  /** Area of each whole layer, in m² (items are counted apart). */
  total: Tally;
  /** One tally per region, in the order of the index. */
  regions: Tally[];
  /** Land and items outside every region. */
  outside: Tally;
}

/**
 * Splits each dissolved outcome layer among region polygons (see `measureByRegion`) and adds the
 * areas to `tallies`; gives each counted zone's items to the region holding the largest share of
 * its area (or to outside, when most of it lies outside every region; ties go to the first region).
 *
 * @example
 * tallyByRegionPolygons(outcomes, countedZones, indexRegions(districts.map((d) => d.geometry)), report, tallies);
 */
export function tallyByRegionPolygons(
  outcomes: OutcomeGeometries,
  counted: readonly ZoneFeature[],
  index: RegionIndex,
  report: ReportFallback,
  tallies: RegionPolygonTallies,
): void {
  for (const layer of OUTCOME_LAYERS) {
    const areas = measureByRegion(outcomes[layer], index, {
      onFallback: (fallback) => report(fallback, `splitting ${LAYER_WORDS[layer]} by region`, []),
    });
    tallies.total.squareMeters[layer] += areas.totalSquareMeters;
    tallies.outside.squareMeters[layer] += areas.outsideSquareMeters;
    areas.regionSquareMeters.forEach((squareMeters, regionIndex) => (tallies.regions[regionIndex].squareMeters[layer] += squareMeters));
  }
  for (const zone of counted) {
    const items = sumItems([zone]);
    // Only zones with finds need a home; the area figures come from the dissolved layers.
    if (countItems(items) === 0) continue;
    const home = largestShare(zone, index, report);
    addToTally(home === null ? tallies.outside : tallies.regions[home], null, items);
  }
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
