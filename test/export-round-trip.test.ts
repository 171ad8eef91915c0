import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { areaHectares } from '../src/geometry/area.js';
import { EXPORT_FORMATS, EXPORT_EXTENSIONS, type ExportFormat } from '../src/export/encode-collection.js';
import { EXPORT_OUTCOMES, type ExportOutcome } from '../src/export/outcome-collection.js';
import { writeZippedShapefile } from '../src/export/write-zipped-shapefile.js';

// Each export is read back by GDAL (ogr2ogr, as QGIS would open it) and measured; the truth is the
// GEOS + pyproj figures of test/fixtures/make-measure-fixtures.py.
const dir = mkdtempSync(join(tmpdir(), 'cleared-land-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RELATIVE_TOLERANCE = 1e-6;
const ABSOLUTE_TOLERANCE_HA = 1e-4;
const EXPECTED_KEY: Record<ExportOutcome, 'releasedHa' | 'remainingHazardHa' | 'clearedHa' | 'reducedHa' | 'cancelledHa'> = {
  released: 'releasedHa',
  remaining: 'remainingHazardHa',
  cleared: 'clearedHa',
  reduced: 'reducedHa',
  cancelled: 'cancelledHa',
};

interface Scenario {
  zones: Array<{ geometry: Polygon | MultiPolygon; properties: Record<string, unknown> }>;
  regions: FeatureCollection['features'] | null;
  runs: Array<{
    options: { from?: string; to?: string; regionField?: string };
    expected: { totals: Record<string, number>; regions: Array<Record<string, number> & { name: string }>; outsideRegions: Record<string, number> | null };
  }>;
}

function scenario(name: string): Scenario {
  return JSON.parse(readFileSync(new URL(`fixtures/measure-${name}.json`, import.meta.url), 'utf8'));
}

function ogr2ogrPath(): string {
  try {
    execFileSync('ogr2ogr', ['--version'], { stdio: 'ignore' });
    return 'ogr2ogr';
  } catch {
    throw new Error('these tests read exports back with GDAL: install it with `apt-get install -y gdal-bin` (.ci/run does)');
  }
}

/** The file as GDAL reads it, converted to GeoJSON in WGS 84. */
function readWithGdal(path: string, format: ExportFormat): FeatureCollection<MultiPolygon | Polygon | null> {
  const source = format === 'shp' ? `/vsizip/${path}` : path;
  const text = execFileSync(ogr2ogrPath(), ['-f', 'GeoJSON', '-t_srs', 'EPSG:4326', '/vsistdout/', source], { encoding: 'utf8' });
  return JSON.parse(text);
}

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(argv, { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stderr };
}

function expectHectares(actual: number, expected: number, label: string): void {
  const tolerance = Math.max(Math.abs(expected) * RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE_HA);
  expect(Math.abs(actual - expected), `${label}: ${actual} ha vs ${expected} ha`).toBeLessThanOrEqual(tolerance);
}

const measured = (collection: FeatureCollection<MultiPolygon | Polygon | null>) =>
  collection.features.reduce((sum, feature) => sum + (feature.geometry ? areaHectares(feature.geometry) : 0), 0);

describe('cleared-land export, read back by GDAL, has the hectares GEOS and GeographicLib give', () => {
  const hazard = scenario('north-40-hazard');
  const zonesPath = join(dir, 'north-40.geojson');
  writeFileSync(zonesPath, JSON.stringify({ type: 'FeatureCollection', features: hazard.zones.map((zone) => ({ type: 'Feature', ...zone })) }));
  const run = hazard.runs[0];
  const cases = EXPORT_FORMATS.flatMap((format) =>
    EXPORT_OUTCOMES.map((what) => [format, what] as const),
  );

  test.each(cases)('%s of %s land in the week', async (format, what) => {
    const output = join(dir, `${what}-${format}${EXPORT_EXTENSIONS[format]}`);
    const result = await cli('export', zonesPath, '--what', what, '--format', format, '-o', output, '--from', run.options.from!, '--to', run.options.to!);
    expect(result.code, result.stderr).toBe(0);
    const collection = readWithGdal(output, format);
    const expected = run.expected.totals[EXPECTED_KEY[what]];
    expectHectares(measured(collection), expected, `${what} as ${format}`);
    expect(collection.features).toHaveLength(1);
    const properties = collection.features[0].properties!;
    expectHectares(Number(properties.area_ha), expected, `${what} as ${format}, its area_ha attribute`);
    expect(properties.outcome).toBe(what);
    expect(String(properties.date_from).replaceAll('/', '-')).toBe(run.options.from);
  });
});

describe('cleared-land export --regions cuts the outcome by district', () => {
  const northern = scenario('north-60-regions');
  const run = northern.runs[1];
  const zonesPath = join(dir, 'north-60.geojson');
  const regionsPath = join(dir, 'north-60-regions.geojson');
  writeFileSync(zonesPath, JSON.stringify({ type: 'FeatureCollection', features: northern.zones.map((zone) => ({ type: 'Feature', ...zone })) }));
  writeFileSync(regionsPath, JSON.stringify({ type: 'FeatureCollection', features: northern.regions }));

  test.each(['gpkg', 'shp'] as const)('each district’s released land, as %s, has its hectares', async (format) => {
    const output = join(dir, `released-by-region${EXPORT_EXTENSIONS[format]}`);
    const argv = ['export', zonesPath, '--what', 'released', '--format', format, '-o', output, '--regions', regionsPath, '--region-field', 'name'];
    const result = await cli(...argv, '--from', run.options.from!, '--to', run.options.to!);
    expect(result.code, result.stderr).toBe(0);
    const collection = readWithGdal(output, format);
    const byRegion = new Map(collection.features.map((feature) => [feature.properties!.region ?? null, feature]));
    for (const row of run.expected.regions.filter((region) => region.releasedHa > 0)) {
      const feature = byRegion.get(row.name);
      expect(feature, `a feature for ${row.name}`).toBeDefined();
      expectHectares(areaHectares(feature!.geometry!), row.releasedHa, `released in ${row.name}`);
    }
    const outside = run.expected.outsideRegions?.releasedHa ?? 0;
    if (outside > 0) expectHectares(areaHectares(byRegion.get(null)!.geometry!), outside, 'released outside every district');
    expectHectares(measured(collection), run.expected.totals.releasedHa, 'the pieces add up to the total');
  });
});

describe('export mistakes are one sentence', () => {
  test('an unknown outcome names the choices', async () => {
    const result = await cli('export', 'zones.geojson', '--what', 'demined', '--format', 'kml', '-o', join(dir, 'x.kml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--what must be one of released, remaining, cleared, reduced, cancelled');
  });

  test('a folder that does not exist is named, and nothing is left behind', async () => {
    const zonesPath = join(dir, 'north-40.geojson');
    const result = await cli('export', zonesPath, '--what', 'cleared', '--format', 'geojson', '-o', join(dir, 'missing', 'cleared.geojson'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot write .*missing\/cleared\.geojson: no such directory/);
  });
});

describe('the zipped shapefile as GDAL sees it', () => {
  test('declares WGS 84 and UTF-8, so Azerbaijani names and dates survive', () => {
    const bytes = writeZippedShapefile(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { region: 'Şuşa şəhəri', date_to: '2024-04-27', area_ha: 1.25 },
            geometry: { type: 'MultiPolygon', coordinates: [[[[46.7, 39.7], [46.71, 39.7], [46.71, 39.71], [46.7, 39.7]]]] },
          },
        ],
      },
      { layerName: 'cleared' },
    );
    const path = join(dir, 'names.zip');
    writeFileSync(path, bytes);
    ogr2ogrPath();
    const info = execFileSync('ogrinfo', ['-al', '-so', `/vsizip/${path}`], { encoding: 'utf8' });
    expect(info).toMatch(/GEOGCRS\["WGS 84"|GEOGCS\["GCS_WGS_1984"/);
    expect(info).toContain('date_to: Date');
    const read = readWithGdal(path, 'shp');
    expect(read.features[0].properties).toMatchObject({ region: 'Şuşa şəhəri', date_to: '2024-04-27', area_ha: 1.25 });
  });
});
