// The numbers one thread of bench/threads-experiment.ts sends back: hectares, not geometry.
import type { Feature } from 'geojson';
import { summarize } from '../src/report/summarize.js';
import type { ZoneFeature } from '../src/zones/zone.js';

/** Area figures (ha) of the totals and of each region row, and how many issues were found. */
export interface MeasuredNumbers {
  totals: Record<string, number>;
  regions: Record<string, number>[];
  issues: number;
}

const FIGURES = ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa', 'hazardHa', 'remainingHazardHa'] as const;

/** Summarizes the zones by the regions and keeps only the numbers. */
export function measureNumbers(zones: readonly ZoneFeature[], regions: readonly Feature[]): MeasuredNumbers {
  const summary = summarize(zones, { regions });
  const pick = (figures: Record<(typeof FIGURES)[number], number>) => Object.fromEntries(FIGURES.map((key) => [key, figures[key]]));
  return { totals: pick(summary.totals), regions: summary.regions.map(pick), issues: summary.issues.length };
}
