import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Polygon } from 'geojson';
import { runCli, scratchFolder } from './run-cli.js';
import { loadRegionFile, loadRegions, summarize, type Summary, type ZoneFeature } from '../src/index.js';
import { pathSource } from '../src/node.js';
import { buildZone } from './fixtures/build-zone.js';

// Truth from shapely/GEOS and pyproj: test/fixtures/make-region-files.py.
interface Fixture {
  aze: {
    regions: Array<{ shapeName: string; shapeID: string }>;
    duplicatedNames: string[];
    hazards: Array<{ regionIndex: number; shapeID: string; geometry: Polygon; hazardHa: number }>;
  };
  invalid: {
    regions: Array<{ name: string; code: string; geometry: object; isValid: boolean; makeValidHa: number; nonZeroHa: number }>;
    hazard: { geometry: Polygon; hazardHa: number };
    outsideHazardHa: number;
  };
}
const fixture = JSON.parse(readFileSync(new URL('fixtures/region-files.json', import.meta.url), 'utf8')) as Fixture;
// geoBoundaries AZE ADM2 (Runfola et al. 2020), CC BY-SA 3.0; beside the repository, not in it.
const DISTRICTS = new URL('../../shared/data/geoboundaries-aze-adm2/geoBoundaries-AZE-ADM2_simplified.topojson', import.meta.url).pathname;
const RELATIVE_TOLERANCE = 1e-6;

const { write } = scratchFolder('cleared-land-regions-');
const run = (...argv: string[]) => runCli(argv);

function expectHectares(actual: number, expected: number, label: string): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} ha vs ${expected} ha`).toBeLessThanOrEqual(expected * RELATIVE_TOLERANCE);
}

// Cleared on 2024-05-01, one square inside each of the two "Lankaran District" features.
const lankaranZones: ZoneFeature[] = fixture.aze.hazards.map((hazard) => buildZone('cleared', hazard.geometry, { endDate: '2024-05-01' }));
const zonesFile = write('lankaran-zones.geojson', {
  type: 'FeatureCollection',
  features: fixture.aze.hazards.map((hazard) => ({ type: 'Feature', properties: { status: 'cleared', endDate: '2024-05-01' }, geometry: hazard.geometry })),
});

describe('real district boundaries with a duplicated name (geoBoundaries AZE ADM2)', () => {
  test('the file really has two districts of one name, with different shapeIDs', () => {
    expect(fixture.aze.duplicatedNames).toEqual(['Lankaran District']);
    expect(fixture.aze.hazards.map((hazard) => hazard.regionIndex)).toEqual([27, 35]);
  });

  test('gives one row per feature, each with its shapeID, and tells the two Lankaran Districts apart with a warning', async () => {
    const regions = await loadRegionFile(pathSource(DISTRICTS));
    expect([regions.format, regions.regions.length]).toEqual(['topojson', 79]);
    // The file's only other findings: positions repeated in a row where quantised arcs meet.
    expect(new Set(regions.issues.map((issue) => `${issue.code} ${issue.severity}`))).toEqual(new Set(['repeated-position warning']));
    const summary = summarize(lankaranZones, { regions });
    expect(summary.regions.map((row) => [row.name, row.id])).toEqual(fixture.aze.regions.map((region) => [region.shapeName, region.shapeID]));
    const lankaran = summary.regions.filter((row) => row.name === 'Lankaran District');
    expect(lankaran.map((row) => row.label)).toEqual([
      'Lankaran District (AZE-ADM2-54616110B26341487)',
      'Lankaran District (AZE-ADM2-54616110B12911193)',
    ]);
    expect(summary.regions.filter((row) => row.label !== row.name)).toHaveLength(2);
    fixture.aze.hazards.forEach((hazard, index) => expectHectares(lankaran[index].clearedHa, hazard.hazardHa, hazard.shapeID));
    expect(summary.issues.filter((issue) => issue.code === 'duplicate-region-name')).toEqual([
      {
        code: 'duplicate-region-name',
        severity: 'warning',
        feature: 35,
        id: 'AZE-ADM2-54616110B12911193',
        message:
          `${DISTRICTS}, feature 35 (id AZE-ADM2-54616110B12911193): its name "Lankaran District" is also the name of feature 27 (id AZE-ADM2-54616110B26341487); ` +
          'both are reported, as separate rows "Lankaran District (AZE-ADM2-54616110B26341487)" and "Lankaran District (AZE-ADM2-54616110B12911193)". If they are one district, give them the same id.',
      },
    ]);
  });

  test('every output of the CLI tells the two apart', async () => {
    const json = await run('report', zonesFile, '--regions', DISTRICTS, '--format', 'json');
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as Summary;
    expect(summary.regions.filter((row) => row.name === 'Lankaran District').map((row) => [row.id, row.label])).toEqual([
      ['AZE-ADM2-54616110B26341487', 'Lankaran District (AZE-ADM2-54616110B26341487)'],
      ['AZE-ADM2-54616110B12911193', 'Lankaran District (AZE-ADM2-54616110B12911193)'],
    ]);
    expect(summary.issues.filter((issue) => issue.code !== 'repeated-position').map((issue) => issue.code)).toEqual(['duplicate-region-name']);

    const csv = (await run('report', zonesFile, '--regions', DISTRICTS, '--format', 'csv')).stdout.split('\r\n');
    expect(csv.filter((line) => line.startsWith('Lankaran District')).map((line) => [line.split(',')[0], line.split(',').at(-1)])).toEqual([
      ['Lankaran District (AZE-ADM2-54616110B26341487)', 'AZE-ADM2-54616110B26341487'],
      ['Lankaran District (AZE-ADM2-54616110B12911193)', 'AZE-ADM2-54616110B12911193'],
    ]);
    const markdown = (await run('report', zonesFile, '--regions', DISTRICTS, '--format', 'md')).stdout;
    expect(markdown).toContain('| Lankaran District \\(AZE\\-ADM2\\-54616110B26341487\\) |');
    expect(markdown).toContain('| Lankaran District \\(AZE\\-ADM2\\-54616110B12911193\\) |');
    const text = await run('report', zonesFile, '--regions', DISTRICTS);
    expect(text.stdout).toContain('cleared in Lankaran District (AZE-ADM2-54616110B12911193) and Lankaran District (AZE-ADM2-54616110B26341487).');
    expect(text.stdout).toContain('duplicate-region-name');
  });

  test('--region-id-field names the id property; one missing on a region is a usage error in one sentence', async () => {
    const { code, stdout } = await run('report', zonesFile, '--regions', DISTRICTS, '--region-id-field', 'shapeID', '--format', 'json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Summary).regions[0].id).toBe(fixture.aze.regions[0].shapeID);
    const missing = await run('report', zonesFile, '--regions', DISTRICTS, '--region-id-field', 'pcode');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "cleared-land report: regionIdField 'pcode' is missing on region 0; its properties are: shapeISO, shapeName, Level, shapeID, shapeGroup, shapeType. Pass one of those as regionIdField.\n",
    );
  });
});

const invalidRegionsGeoJson = write('invalid-regions.geojson', {
  type: 'FeatureCollection',
  features: fixture.invalid.regions.map((region) => ({ type: 'Feature', properties: { name: region.name, code: region.code }, geometry: region.geometry })),
});
// The same regions as GDAL writes them: ogr2ogr -f "ESRI Shapefile", zipped (make-region-files.py).
const invalidRegionsShapefile = new URL('fixtures/invalid-regions-shapefile.zip', import.meta.url).pathname;

describe.each([
  ['GeoJSON', invalidRegionsGeoJson],
  ['a zipped shapefile', invalidRegionsShapefile],
])('region polygons GEOS calls invalid, from %s', (_format, regionsFile) => {
  test('are repaired like zones, with issues naming the region file, the feature and its id', async () => {
    expect(fixture.invalid.regions.map((region) => region.isValid)).toEqual([false, false, false, true]);
    const regions = await loadRegionFile(pathSource(regionsFile));
    expect(regions.regions).toHaveLength(4);
    // The ring that only touches itself at a vertex is invalid to GEOS but has one reading (two
    // squares, make_valid's area below): zones and regions alike take it as it is, without a word.
    expect(regions.issues.map((issue) => [issue.code, issue.severity, issue.feature, issue.id])).toEqual([
      ['self-intersection', 'warning', 0, 'R-1'],
      ['self-intersection', 'warning', 2, 'R-2'],
    ]);
    expect(regions.issues[0].message.startsWith(`${regionsFile}, region "Bowtie", feature 0 (id R-1): `)).toBe(true);
  });

  test('and measure as GEOS does: make_valid where its reading is the non-zero one, the union of overlapping parts', async () => {
    const regions = await loadRegionFile(pathSource(regionsFile));
    const summary = summarize([buildZone('confirmed', fixture.invalid.hazard.geometry)], { regions });
    // A crossing or self-touching ring: GEOS make_valid and cleared-land's repair read it alike.
    expect(fixture.invalid.regions.slice(0, 2).map((region) => region.nonZeroHa)).toEqual(fixture.invalid.regions.slice(0, 2).map((region) => region.makeValidHa));
    // Overlapping parts: make_valid's linework rule makes the overlap a hole; the parts' union
    // (GEOS unary_union) keeps it, as zones are repaired (--repair is issue #10 item 5).
    summary.regions.forEach((row, index) => expectHectares(row.hazardHa, fixture.invalid.regions[index].nonZeroHa, row.name));
    expectHectares(summary.outsideRegions!.hazardHa, fixture.invalid.outsideHazardHa, 'outside');
    expectHectares(summary.totals.hazardHa, fixture.invalid.hazard.hazardHa, 'total');
    // The repairs reach the report's issues.
    expect(summary.issues.map((issue) => issue.code)).toEqual(['self-intersection', 'self-intersection']);
  });
});

// Broken outlines with their GEOS areas under both readings: test/fixtures/make-repair-fixtures.py.
const repairCases = (JSON.parse(readFileSync(new URL('fixtures/repair-readings.json', import.meta.url), 'utf8')) as {
  cases: Array<{ name: string; geometry: Polygon; nonzeroHa: number; lineworkHa: number }>;
}).cases;

describe('a region whose two readings differ (a hole drawn across its exterior)', () => {
  const broken = repairCases.find((candidate) => candidate.name === 'hole drawn across its exterior')!;
  const path = write('hole-across.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Crossed', code: 'C-1' }, geometry: broken.geometry }] });
  // A hazard square around the region, so that the region's hazard is the region itself.
  const positions = broken.geometry.coordinates.flat();
  const west = Math.min(...positions.map(([x]) => x)) - 0.01;
  const south = Math.min(...positions.map(([, y]) => y)) - 0.01;
  const hazard = buildZone('confirmed', { type: 'Polygon', coordinates: [[[west, south], [west + 0.05, south], [west + 0.05, south + 0.05], [west, south + 0.05], [west, south]]] });

  test.each([
    ['nonzero', broken.nonzeroHa],
    ['linework', broken.lineworkHa],
  ] as const)('is counted with the reading chosen, as zones are (--repair %s), with an ambiguous-repair warning', async (repair, expectedHa) => {
    expect(Math.abs(broken.nonzeroHa - broken.lineworkHa)).toBeGreaterThan(0.01 * broken.lineworkHa);
    const regions = await loadRegionFile(pathSource(path), { repair });
    expect(regions.issues.map((issue) => [issue.code, issue.feature, issue.id])).toContainEqual(['ambiguous-repair', 0, 'C-1']);
    const summary = summarize([hazard], { regions });
    expectHectares(summary.regions[0].hazardHa, expectedHa, `region under ${repair}`);
  });
});

describe('broken region files give one sentence, never an exception', () => {
  const square = [[[46.5, 40], [46.51, 40], [46.51, 40.01], [46.5, 40.01], [46.5, 40]]];
  const cases: Array<[string, string, unknown, RegExp]> = [
    ['TopoJSON without objects', 'no-objects.topojson', { type: 'Topology', arcs: [] }, /no-objects\.topojson is a broken TopoJSON topology: its "objects" member is missing, not an object of named geometry collections\. Export/],
    [
      'TopoJSON with an arc index that does not exist',
      'bad-arc.topojson',
      { type: 'Topology', arcs: [[[0, 0], [1, 0], [1, 1], [0, 0]]], objects: { d: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }, { type: 'Polygon', arcs: [[-8]] }] } } },
      /bad-arc\.topojson is a broken TopoJSON topology: in object "d", geometry 1 \(a Polygon\) refers to arc -8 \(arc 7 reversed\), but the topology has 1 arc\. Export/,
    ],
    ['TopoJSON whose arcs are not an array', 'arcs-object.topojson', { type: 'Topology', arcs: { 0: [] }, objects: {} }, /arcs-object\.topojson is a broken TopoJSON topology: its "arcs" member is a object, not an array of arcs/],
    ['TopoJSON with an arc that is not an array', 'arc-number.topojson', { type: 'Topology', arcs: [5], objects: {} }, /arc-number\.topojson is a broken TopoJSON topology: arc 0 is a number, not an array of positions/],
    ['TopoJSON with a geometry whose arcs are not arrays', 'flat-arcs.topojson', { type: 'Topology', arcs: [[[0, 0]]], objects: { d: { type: 'Polygon', arcs: [0] } } }, /flat-arcs\.topojson is a broken TopoJSON topology: in object "d", the object \(a Polygon\) has arcs that are a number where an array belongs/],
    [
      'a coordinate system nobody knows',
      'unknown-crs.geojson',
      { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:99999' } }, features: [{ type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: square } }] },
      /unknown-crs\.geojson: .*EPSG:99999/,
    ],
    ['an empty file', 'empty.geojson', '', /empty\.geojson is empty \(0 bytes\); there is nothing to measure\.$/],
    ['a collection with no features', 'none.geojson', { type: 'FeatureCollection', features: [] }, /none\.geojson is a FeatureCollection with no features; there is nothing to measure\.$/],
    ['TopoJSON with no geometries', 'no-geometries.topojson', { type: 'Topology', arcs: [], objects: {} }, /no-geometries\.topojson holds no regions/],
    [
      'regions with no polygons',
      'points.geojson',
      { type: 'FeatureCollection', features: [0, 1].map((index) => ({ type: 'Feature', properties: { name: `P${index}` }, geometry: { type: 'Point', coordinates: [46.5, 40] } })) },
      /points\.geojson, region "P0", feature 0 \(no id\): its geometry is a Point; .* \(and 1 more error in .*points\.geojson\)$/,
    ],
    [
      'a region whose coordinates are out of range',
      'out-of-range.geojson',
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: square } }, { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'Polygon', coordinates: [[[400, 40], [401, 40], [401, 41], [400, 40]]] } }] },
      /out-of-range\.geojson, region "B", feature 1 \(no id\): 4 of 4 positions are outside longitude/,
    ],
  ];

  test.each(cases)('%s', async (_label, name, content, message) => {
    const path = write(name, content);
    const result = await loadRegionFile(pathSource(path));
    expect(result.issues.filter((issue) => issue.severity === 'error').length).toBeGreaterThan(0);
    await expect(loadRegions(pathSource(path))).rejects.toThrow(message);
    const zones = write(`zones-for-${name}.geojson`, { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { status: 'cleared' }, geometry: { type: 'Polygon', coordinates: square } }] });
    const cli = await run('report', zones, '--regions', path);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.split('\n')).toHaveLength(2);
    expect(cli.stderr).toMatch(/^cleared-land report: /);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
    expect(cli.stderr.slice('cleared-land report: '.length, -1)).toMatch(message);
  });

  test('a KML MultiGeometry region is merged into one MultiPolygon with a warning, as for zones', async () => {
    const path = write('multi.kml', `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Two parts</name><MultiGeometry>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>46.5,40 46.51,40 46.51,40.01 46.5,40</coordinates></LinearRing></outerBoundaryIs></Polygon>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>46.6,40 46.61,40 46.61,40.01 46.6,40</coordinates></LinearRing></outerBoundaryIs></Polygon>
    </MultiGeometry></Placemark></Document></kml>`);
    const result = await loadRegionFile(pathSource(path));
    expect(result.regions.map((region) => region.geometry.type)).toEqual(['MultiPolygon']);
    expect(result.issues.map((issue) => [issue.code, issue.feature])).toEqual([['merged-geometry-collection', 0]]);
  });
});
