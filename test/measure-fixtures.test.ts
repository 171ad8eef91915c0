import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { summarize, type SummarizeOptions } from '../src/report/summarize.js';
import type { AreaFigures, Summary } from '../src/report/summary.js';
import type { ZoneFeature, ZoneProperties } from '../src/zones/zone.js';
import { PackedZones } from '../src/zones/packed-zones.js';

// Truth from shapely/GEOS and pyproj: test/fixtures/make-measure-fixtures.py.
const SCENARIOS = ['equator-overlaps', 'north-40-hazard', 'north-60-regions', 'south-weeks', 'aze-districts'];
const DISTRICTS = new URL('../../shared/data/geoboundaries-aze-adm2/geoBoundaries-AZE-ADM2_simplified.topojson', import.meta.url);
const RELATIVE_TOLERANCE = 1e-6;
const ABSOLUTE_TOLERANCE_HA = 1e-4; // 1 m²

interface ExpectedFigures extends Omit<AreaFigures, 'itemsPerClearedHa'> {
  itemsPerClearedHa: number | null;
}
interface Scenario {
  name: string;
  zones: Array<{ geometry: Polygon | MultiPolygon; properties: Omit<ZoneProperties, 'source'> }>;
  regions: Feature<Polygon | MultiPolygon>[] | null;
  regionsSource?: { shapeNames: string[] };
  runs: Array<{
    options: SummarizeOptions;
    expected: {
      totals: ExpectedFigures;
      regions: Array<ExpectedFigures & { name: string }>;
      outsideRegions: ExpectedFigures | null;
      weeks: Array<{ weekStart: string; weekEnd: string; clearedHa: number; reducedHa: number; cancelledHa: number; releasedHa: number; items: object }>;
      undated: number;
      findings: Array<{ code: string; feature: number; overlapM2?: number; computedM2?: number }>;
    };
  }>;
}

const load = (name: string): Scenario => JSON.parse(readFileSync(new URL(`fixtures/measure-${name}.json`, import.meta.url), 'utf8'));

function expectHectares(actual: number, expected: number, label: string): void {
  const tolerance = Math.max(Math.abs(expected) * RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE_HA);
  expect(Math.abs(actual - expected), `${label}: ${actual} ha vs ${expected} ha`).toBeLessThanOrEqual(tolerance);
}

function expectFigures(actual: AreaFigures | null, expected: ExpectedFigures | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  for (const key of ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa', 'hazardHa', 'remainingHazardHa'] as const) {
    expectHectares(actual![key], expected[key], `${label} ${key}`);
  }
  expect(actual!.items, `${label} items`).toEqual(expected.items);
  if (expected.itemsPerClearedHa === null) expect(actual!.itemsPerClearedHa, `${label} itemsPerClearedHa`).toBeNull();
  else {
    const difference = Math.abs(actual!.itemsPerClearedHa! - expected.itemsPerClearedHa);
    expect(difference, `${label} itemsPerClearedHa`).toBeLessThanOrEqual(expected.itemsPerClearedHa * RELATIVE_TOLERANCE);
  }
}

/** Districts converted with topojson-client, as an application would. */
function districts(shapeNames: string[]): Feature<Polygon | MultiPolygon>[] {
  const topology = JSON.parse(readFileSync(DISTRICTS, 'utf8')) as Topology;
  const collection = topologyFeature(topology, Object.values(topology.objects)[0]) as FeatureCollection<Polygon | MultiPolygon>;
  return shapeNames.map((name) => collection.features.find((feature) => feature.properties?.shapeName === name)!);
}

/** The m² figures a message names, in order. */
const squareMetersIn = (message: string) => [...message.matchAll(/([\d,]+) m²/g)].map((match) => Number(match[1].replaceAll(',', '')));

describe.each(SCENARIOS)('scenario %s', (name) => {
  const scenario = load(name);
  const zones: ZoneFeature[] = scenario.zones.map((zone) => ({ type: 'Feature', geometry: zone.geometry, properties: { ...zone.properties, source: {} } }));
  const regions = scenario.regionsSource ? districts(scenario.regionsSource.shapeNames) : scenario.regions;

  if (scenario.regionsSource) {
    test('topojson-client gives the same district coordinates the truth was computed from', () => {
      expect(regions!.map((region) => region.geometry)).toEqual(scenario.regions!.map((region) => region.geometry));
    });
  }

  // batchZones 1 measures every connected component on its own and adds the figures up, as
  // national files are measured: the truth must not depend on it.
  // PackedZones (how the CLI holds national files) rebuilds the same zones batch by batch.
  const packed = new PackedZones();
  for (const zone of zones) packed.add(zone);
  const packedInput = { fileName: 'zones', format: null, zones: packed, issues: [], accepted: zones.length, rejected: 0 };
  const runs = scenario.runs.flatMap((run) => [
    [JSON.stringify(run.options), run, {}, zones] as const,
    [`${JSON.stringify(run.options)}, a batch per component`, run, { batchZones: 1 }, zones] as const,
    [`${JSON.stringify(run.options)}, packed, batches of about two zones`, run, { batchZones: 2 }, packedInput] as const,
  ]);
  describe.each(runs)('options %s', (_label, run, batching, input) => {
    let summary: Summary;
    const summarizeOnce = () => (summary ??= summarize(input, { ...run.options, ...batching, regions }));

    test('totals agree with GEOS/pyproj', () => expectFigures(summarizeOnce().totals, run.expected.totals, 'totals'));

    test('region rows agree, in order', () => {
      const rows = summarizeOnce().regions;
      expect(rows.map((row) => row.name)).toEqual(run.expected.regions.map((row) => row.name));
      rows.forEach((row, index) => expectFigures(row, run.expected.regions[index], `region ${row.name}`));
    });

    test('land outside every region agrees', () => expectFigures(summarizeOnce().outsideRegions, run.expected.outsideRegions, 'outside'));

    test('weeks agree', () => {
      const weeks = summarizeOnce().weeks;
      expect(weeks.map((week) => [week.weekStart, week.weekEnd])).toEqual(run.expected.weeks.map((week) => [week.weekStart, week.weekEnd]));
      weeks.forEach((week, index) => {
        const expected = run.expected.weeks[index];
        for (const key of ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa'] as const) expectHectares(week[key], expected[key], `week ${week.weekStart} ${key}`);
        expect(week.items).toEqual(expected.items);
      });
    });

    test('features and findings agree', () => {
      const result = summarizeOnce();
      expect(result.features).toEqual({ accepted: zones.length, rejected: 0, undated: run.expected.undated });
      const findings = [...result.issues].sort((a, b) => a.code.localeCompare(b.code) || a.feature! - b.feature!);
      expect(findings.map((issue) => [issue.code, issue.feature, issue.severity])).toEqual(
        run.expected.findings.map((finding) => [finding.code, finding.feature, 'warning']),
      );
      findings.forEach((issue, index) => {
        const expected = run.expected.findings[index];
        const figures = squareMetersIn(issue.message);
        if (expected.overlapM2 !== undefined) expect(Math.abs(figures[0] - expected.overlapM2)).toBeLessThanOrEqual(1);
        if (expected.computedM2 !== undefined) expect(Math.abs(figures[1] - expected.computedM2)).toBeLessThanOrEqual(1);
      });
    });
  });
});
