import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { areaSquareMeters, SQUARE_METERS_PER_HECTARE } from '../src/geometry/area.js';
import { dissolveOutcomes } from '../src/geometry/dissolve-outcomes.js';
import type { LoadResult } from '../src/io/load-result.js';
import { loadZones } from '../src/io/load-zones.js';
import { summarize, type SummarizeOptions } from '../src/report/summarize.js';
import type { Summary } from '../src/report/summary.js';
import type { ZoneFeature } from '../src/zones/zone.js';

// Truth from shapely/GEOS and pyproj: test/fixtures/make-degenerate-fixtures.py, which also states
// what the right answer for each degenerate case is (notes/readme-degenerate.md has the table).
const DISTRICTS = new URL('../../shared/data/geoboundaries-aze-adm2/geoBoundaries-AZE-ADM2_simplified.topojson', import.meta.url);
const RELATIVE_TOLERANCE = 1e-6;
const ABSOLUTE_TOLERANCE_HA = 1e-4; // 1 m²
// Region shares must add up to the total: a sliver lost or counted twice along a shared border shows.
const REGION_SUM_RELATIVE_TOLERANCE = 1e-9;
const LAYERS = ['cleared', 'reduced', 'cancelled', 'released', 'hazard', 'remainingHazard'] as const;

type Layer = (typeof LAYERS)[number];
type LayerHectares = Record<`${Layer}Ha`, number>;
interface Case {
  name: string;
  /** The bug this case caught, when it caught one. */
  regression?: string;
  description: string;
  rule: string;
  features: Feature[];
  regions?: Feature<Polygon | MultiPolygon>[];
  regionsSource?: { shapeNames: string[] };
  expected: {
    accepted: number;
    rejected: number;
    /** Per input feature: accepted or not, and the code/severity pairs it raises (null: not pinned). */
    features: Array<{ accepted: boolean; issues: Array<[string, string]> | null }>;
    hectares: LayerHectares;
    regions?: Array<LayerHectares & { name: string }>;
    outsideRegions?: LayerHectares;
  };
}

const corpus = JSON.parse(readFileSync(new URL('fixtures/degenerate-corpus.json', import.meta.url), 'utf8')) as { cases: Case[] };

function expectHectares(actual: number, expected: number, label: string): void {
  const tolerance = Math.max(Math.abs(expected) * RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE_HA);
  expect(Math.abs(actual - expected), `${label}: ${actual} ha, GEOS/pyproj ${expected} ha`).toBeLessThanOrEqual(tolerance);
}

/** Districts converted with topojson-client, as an application would. */
function districts(shapeNames: string[]): Feature<Polygon | MultiPolygon>[] {
  const topology = JSON.parse(readFileSync(DISTRICTS, 'utf8')) as Topology;
  const collection = topologyFeature(topology, Object.values(topology.objects)[0]) as FeatureCollection<Polygon | MultiPolygon>;
  return shapeNames.map((name) => collection.features.find((feature) => feature.properties?.shapeName === name)!);
}

test('the corpus covers every degenerate case of the hardening issue', () => {
  const names = corpus.cases.map((entry) => entry.name);
  for (const prefix of [
    'sliver-', 'spike-', 'zero-area', 'repeated-positions', 'bowties', 'hole-touching-shell-at-a-point',
    'hole-touching-shell-along-an-edge', 'hole-outside-shell', 'nested-shells', 'antimeridian-crossing',
    'near-north-pole', 'near-south-pole', 'seventeen-significant-digits', 'identical-duplicates',
    'shared-edge-exact', 'shared-edge-gap-1e-12', 'shared-edge-overlap-1e-12', 'near-duplicate-vertices',
    'touching-at-one-point', 'district-border', 'polar-cap', 'antimeridian-already-cut',
    'antimeridian-longitudes-beyond-180', 'adjacent-lanes-dropped-shared-corners', 'shared-edge-t-junction',
  ]) {
    expect(names.some((name) => name.startsWith(prefix)), prefix).toBe(true);
  }
});

const label = (entry: Case) => (entry.regression ? `${entry.name} (regression: ${entry.regression})` : entry.name);

describe.each(corpus.cases.map((entry) => [label(entry), entry] as const))('%s', (_label, entry) => {
  const { name } = entry;
  const fileName = `${name}.geojson`;
  const regions = entry.regionsSource ? districts(entry.regionsSource.shapeNames) : undefined;
  let loaded: LoadResult;
  let summary: Summary;

  beforeAll(async () => {
    loaded = await loadZones(JSON.stringify({ type: 'FeatureCollection', features: entry.features }), { fileName });
    summary = summarize(loaded, { regions });
  });

  test(`accepts ${entry.expected.accepted} and rejects ${entry.expected.rejected} features: ${entry.rule}`, () => {
    expect([loaded.accepted, loaded.rejected]).toEqual([entry.expected.accepted, entry.expected.rejected]);
    const acceptedIndexes = loaded.zones.map((zone) => zone.properties.featureIndex);
    const expectedIndexes = entry.expected.features.flatMap((feature, index) => (feature.accepted ? [index] : []));
    expect(acceptedIndexes).toEqual(expectedIndexes);
  });

  test('each feature raises the issues the corpus documents, and no other', () => {
    entry.expected.features.forEach((feature, index) => {
      if (feature.issues === null) return;
      const raised = loaded.issues.filter((issue) => issue.feature === index).map((issue) => `${issue.code}/${issue.severity}`);
      const messages = loaded.issues.filter((issue) => issue.feature === index).map((issue) => issue.message);
      expect([...new Set(raised)].sort(), `feature ${index}: ${messages.join(' | ')}`).toEqual(
        [...new Set(feature.issues.map(([code, severity]) => `${code}/${severity}`))].sort(),
      );
    });
    for (const issue of loaded.issues) expect(issue.message.startsWith(`${fileName}, feature ${issue.feature} (`)).toBe(true);
  });

  test('dissolveOutcomes measures every layer as GEOS/pyproj do', () => {
    const outcomes = dissolveOutcomes(loaded.zones, { onFallback: (fallback) => expect.unreachable(JSON.stringify(fallback)) });
    for (const layer of LAYERS) {
      expectHectares(areaSquareMeters(outcomes[layer]) / SQUARE_METERS_PER_HECTARE, entry.expected.hectares[`${layer}Ha`], layer);
    }
  });

  test('summarize totals agree with GEOS/pyproj, with no clipping fallback', () => {
    expect(summary.issues.filter((issue) => issue.code === 'clipping-fallback')).toEqual([]);
    expect(summary.features).toEqual({ accepted: entry.expected.accepted, rejected: entry.expected.rejected, undated: 0 });
    for (const layer of LAYERS) expectHectares(summary.totals[`${layer}Ha`], entry.expected.hectares[`${layer}Ha`], `totals ${layer}`);
  });

  if (entry.regions) {
    test('topojson-client gives the district coordinates the truth was computed from', () => {
      expect(regions!.map((region) => region.geometry)).toEqual(entry.regions!.map((region) => region.geometry));
    });

    test('each district and the land outside both get their GEOS share', () => {
      expect(summary.regions.map((row) => row.name)).toEqual(entry.expected.regions!.map((row) => row.name));
      summary.regions.forEach((row, index) => {
        for (const layer of LAYERS) expectHectares(row[`${layer}Ha`], entry.expected.regions![index][`${layer}Ha`], `${row.name} ${layer}`);
      });
      for (const layer of LAYERS) {
        expectHectares(summary.outsideRegions?.[`${layer}Ha`] ?? 0, entry.expected.outsideRegions![`${layer}Ha`], `outside ${layer}`);
      }
    });

    test(`district shares add up to the total within ${REGION_SUM_RELATIVE_TOLERANCE} relative`, () => {
      for (const layer of LAYERS) {
        const key = `${layer}Ha` as const;
        const sum = summary.regions.reduce((total, row) => total + row[key], 0) + (summary.outsideRegions?.[key] ?? 0);
        const total = summary.totals[key];
        expect(Math.abs(sum - total), `${layer}: districts ${sum} ha, total ${total} ha`).toBeLessThanOrEqual(total * REGION_SUM_RELATIVE_TOLERANCE);
      }
    });
  }
});

// The measurement fixtures' district scenarios, where the shares once fell 7.4e-7 short of the total.
describe.each(['aze-districts', 'north-60-regions'])('measurement fixture %s', (fixture) => {
  const scenario = JSON.parse(readFileSync(new URL(`fixtures/measure-${fixture}.json`, import.meta.url), 'utf8')) as {
    zones: Array<{ geometry: Polygon | MultiPolygon; properties: Omit<ZoneFeature['properties'], 'source'> }>;
    regions: Feature<Polygon | MultiPolygon>[];
    runs: Array<{ options: SummarizeOptions }>;
  };
  const zones: ZoneFeature[] = scenario.zones.map((zone) => ({ type: 'Feature', geometry: zone.geometry, properties: { ...zone.properties, source: {} } }));

  test.each(scenario.runs.map((run) => [JSON.stringify(run.options), run.options] as const))(
    `region rows and land outside add up to the totals within ${REGION_SUM_RELATIVE_TOLERANCE} relative, options %s`,
    (_options, options) => {
      const summary = summarize(zones, { ...options, regions: scenario.regions });
      for (const layer of LAYERS) {
        const key = `${layer}Ha` as const;
        const sum = summary.regions.reduce((total, row) => total + row[key], 0) + (summary.outsideRegions?.[key] ?? 0);
        expect(Math.abs(sum - summary.totals[key]), `${layer}: rows ${sum} ha, total ${summary.totals[key]} ha`).toBeLessThanOrEqual(
          summary.totals[key] * REGION_SUM_RELATIVE_TOLERANCE,
        );
      }
    },
  );
});
