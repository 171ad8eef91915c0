import fc from 'fast-check';
import type { Feature, Polygon } from 'geojson';
import { summarize } from '../../src/report/summarize.js';
import type { AreaFigures, Summary } from '../../src/report/summary.js';
import { validateFeatures } from '../../src/validate/validate-features.js';
import { checkIssues } from './check-invariants.js';
import { countCase } from './fuzz-runs.js';
import { featureArbitrary, zoneFeatureArbitrary } from './geojson-arbitraries.js';

// Reusable fuzz property of summarize, on zones that came through validation (as summarize only
// ever sees them): random, overlapping, repaired polygons anywhere on the globe.

const FILE_NAME = 'summary.geojson';

const dayArbitrary = fc.date({ min: new Date('2023-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** Optional period (from ≤ to) and optional region squares around some zones. */
const summaryInputArbitrary = fc.record({
  features: fc.array(fc.oneof({ weight: 4, arbitrary: zoneFeatureArbitrary }, { weight: 1, arbitrary: featureArbitrary }), { maxLength: 8 }),
  period: fc.option(fc.tuple(dayArbitrary, dayArbitrary).map(([a, b]) => (a <= b ? [a, b] : [b, a])), { nil: null }),
  regionSizesDegrees: fc.array(fc.constantFrom(0.001, 0.05, 1, 30), { maxLength: 3 }),
});

type SummaryInput = typeof summaryInputArbitrary extends fc.Arbitrary<infer T> ? T : never;

/**
 * summarize never throws on validated zones and never gives NaN, infinite or negative figures;
 * released land is at most the sum of its three outcomes, remaining hazard at most the hazard
 * (both up to rounding), and its issues are well formed.
 *
 * @example
 * fc.assert(summaryFiguresProperty(), { numRuns: 200 });
 */
export function summaryFiguresProperty(): fc.IPropertyWithHooks<[SummaryInput]> {
  return fc.property(summaryInputArbitrary, ({ features, period, regionSizesDegrees }) => {
    countCase('summarize on validated random zones');
    const validated = validateFeatures(features, { fileName: FILE_NAME });
    const zones = validated.zones;
    const regions: Feature<Polygon>[] = regionSizesDegrees.map((size, index) => {
      const [lon, lat] = zones.length > 0 ? firstPosition(zones[index % zones.length].geometry) : [46, 40];
      const west = Math.max(-180, lon - size / 2);
      const south = Math.max(-90, lat - size / 2);
      const east = Math.min(180, lon + size / 2);
      const north = Math.min(90, lat + size / 2);
      return {
        type: 'Feature',
        properties: { name: `R${index}` },
        geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
      };
    });
    const input = { fileName: FILE_NAME, format: 'geojson' as const, zones, issues: validated.issues, accepted: zones.length, rejected: features.length - zones.length };
    const options = { regions: regions.length > 0 ? regions : null, from: period?.[0] ?? null, to: period?.[1] ?? null };
    const summary = summarize(input, options);
    checkSummary(summary, features.length);
    // Measuring each connected component on its own must give the same figures and findings.
    expectSameSummary(summarize(input, { ...options, batchZones: 1 }), summary);
  });
}

const HECTARE_KEYS = ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa', 'hazardHa', 'remainingHazardHa'] as const;

function expectSameSummary(batched: Summary, whole: Summary): void {
  const rows = (summary: Summary) => [summary.totals, summary.outsideRegions, ...summary.regions];
  rows(batched).forEach((row, index) => {
    const expected = rows(whole)[index];
    if (row === null || expected === null) {
      if (row !== expected) throw new Error(`batched row ${index} is ${JSON.stringify(row)}, whole ${JSON.stringify(expected)}`);
      return;
    }
    for (const key of HECTARE_KEYS) {
      // Sums in another order: equal up to rounding (1e-9 relative, or 1e-6 ha).
      if (Math.abs(row[key] - expected[key]) > Math.max(1e-6, Math.abs(expected[key]) * 1e-9)) {
        throw new Error(`batched ${key} of row ${index} is ${row[key]}, whole ${expected[key]}`);
      }
    }
    if (JSON.stringify(row.items) !== JSON.stringify(expected.items)) throw new Error(`batched items of row ${index} differ`);
  });
  const findings = (summary: Summary) => summary.issues.map((issue) => `${issue.code}@${issue.feature}`).sort().join(' ');
  if (findings(batched) !== findings(whole)) throw new Error(`batched findings ${findings(batched)} differ from ${findings(whole)}`);
  if (batched.weeks.length !== whole.weeks.length) throw new Error('batched weeks differ');
}

function firstPosition(geometry: { type: string; coordinates: unknown }): [number, number] {
  const rings = (geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates as unknown[])[0]) as number[][][];
  return [rings[0][0][0], rings[0][0][1]];
}

/**
 * The checks of {@link summaryFiguresProperty} on one summary.
 *
 * @example
 * checkSummary(summarize(result), result.accepted + result.rejected);
 */
export function checkSummary(summary: Summary, featureCount: number): void {
  checkFigures('totals', summary.totals);
  summary.regions.forEach((region) => checkFigures(`region ${region.name}`, region));
  if (summary.outsideRegions !== null) checkFigures('outside regions', summary.outsideRegions);
  for (const week of summary.weeks) {
    for (const [name, value] of Object.entries({ clearedHa: week.clearedHa, reducedHa: week.reducedHa, cancelledHa: week.cancelledHa, releasedHa: week.releasedHa })) {
      checkHectares(`week ${week.weekStart} ${name}`, value);
    }
  }
  const { accepted, rejected, undated } = summary.features;
  if (accepted + rejected !== featureCount) throw new Error(`features: ${accepted} + ${rejected} ≠ ${featureCount}`);
  if (!Number.isSafeInteger(undated) || undated < 0 || undated > accepted) throw new Error(`undated ${undated}`);
  checkIssues(summary.issues, FILE_NAME, featureCount);
}

// Union ≤ sum and difference ≤ minuend hold exactly; the measured figures may differ by rounding.
const RELATIVE_ROUNDING = 1e-9;
const ABSOLUTE_ROUNDING_HECTARES = 1e-9;

function checkFigures(where: string, figures: AreaFigures): void {
  const { clearedHa, reducedHa, cancelledHa, releasedHa, hazardHa, remainingHazardHa, items, itemsPerClearedHa } = figures;
  for (const [name, value] of Object.entries({ clearedHa, reducedHa, cancelledHa, releasedHa, hazardHa, remainingHazardHa })) {
    checkHectares(`${where} ${name}`, value);
  }
  const outcomes = clearedHa + reducedHa + cancelledHa;
  if (releasedHa > outcomes * (1 + RELATIVE_ROUNDING) + ABSOLUTE_ROUNDING_HECTARES) {
    throw new Error(`${where}: released ${releasedHa} ha exceeds cleared + reduced + cancelled ${outcomes} ha`);
  }
  if (remainingHazardHa > hazardHa * (1 + RELATIVE_ROUNDING) + ABSOLUTE_ROUNDING_HECTARES) {
    throw new Error(`${where}: remaining hazard ${remainingHazardHa} ha exceeds the hazard ${hazardHa} ha`);
  }
  for (const [name, count] of Object.entries(items)) {
    if (!Number.isSafeInteger(count) || count < 0) throw new Error(`${where}: items.${name} is ${count}`);
  }
  if (itemsPerClearedHa !== null && !(Number.isFinite(itemsPerClearedHa) && itemsPerClearedHa >= 0)) {
    throw new Error(`${where}: itemsPerClearedHa is ${itemsPerClearedHa}`);
  }
}

function checkHectares(where: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${where} is ${value}`);
}
