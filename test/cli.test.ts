import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { runCli, scratchFolder } from './run-cli.js';

const { dir, write } = scratchFolder('cleared-land-cli-');
const run = (...argv: string[]) => runCli(argv);

// A 0.001° square at 40°N: 9,481.6 m² on the WGS84 ellipsoid (pyproj Geod.polygon_area_perimeter).
const SQUARE_HECTARES = 0.948160720;
function square(lon: number, lat: number, properties: Record<string, unknown>, size = 0.001) {
  return {
    type: 'Feature',
    properties,
    geometry: {
      type: 'Polygon',
      coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
    },
  };
}

const good = write('good.geojson', {
  type: 'FeatureCollection',
  features: [
    square(46.5, 40, { id: 'A', status: 'cleared', endDate: '2024-04-22', apMines: 3 }),
    square(46.6, 40, { id: 'B', status: 'CHA' }),
  ],
});
const mixed = write('mixed.geojson', {
  type: 'FeatureCollection',
  features: [
    square(46.5, 40, { id: 'A', status: 'cleared' }),
    square(46.6, 40, { id: 'B', status: 'swept twice' }),
    { type: 'Feature', properties: { id: 'C', status: 'cleared' }, geometry: null },
  ],
});
const utm = write('utm.geojson', {
  type: 'FeatureCollection',
  features: [square(612_000, 4_428_000, { id: 'U', status: 'cleared' }, 100)],
});

describe('cleared-land validate', () => {
  it('exits 0 and counts features when nothing is rejected', async () => {
    const { code, stdout } = await run('validate', good);
    expect(code).toBe(0);
    expect(stdout).toContain('2 features, 2 accepted, 0 rejected');
  });

  it('exits 1 and names each rejected feature in JSON', async () => {
    const { code, stdout } = await run('validate', mixed, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.accepted).toBe(1);
    expect(report.rejected).toBe(2);
    const errors = report.issues.filter((issue: { severity: string }) => issue.severity === 'error');
    expect(errors.map((issue: { code: string; feature: number; id: string }) => [issue.code, issue.feature, issue.id])).toEqual([
      ['unknown-status', 1, 'B'],
      ['null-geometry', 2, 'C'],
    ]);
  });

  it('groups issues by code in text', async () => {
    const { stdout } = await run('validate', mixed);
    expect(stdout).toMatch(/Rejected \(errors\): 2/);
    expect(stdout).toMatch(/unknown-status × 1/);
    expect(stdout).toContain('feature 1');
  });

  it('refuses metres read as degrees, and reads them with --crs', async () => {
    const refused = await run('validate', utm, '--format', 'json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).issues[0].code).toBe('projected-coordinates');
    const read = await run('validate', utm, '--crs', 'EPSG:32638', '--format', 'json');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).accepted).toBe(1);
  });

  it('maps a column with --field', async () => {
    const path = write('mapped.geojson', {
      type: 'FeatureCollection',
      features: [square(46.5, 40, { TASK: 'T-1', Hazard_Typ: 'Cleared' })],
    });
    const { code, stdout } = await run('validate', path, '--field', 'status=Hazard_Typ', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).accepted).toBe(1);
  });

  it('reads the GeoPackage layer named by --layer, and lists the layers for a wrong name', async () => {
    const gpkg = fileURLToPath(new URL('./fixtures/gdal/zones.gpkg', import.meta.url));
    const zones = await run('validate', gpkg, '--layer', 'zones', '--format', 'json');
    expect(zones.code).toBe(0);
    expect(JSON.parse(zones.stdout).accepted).toBe(36);
    const wrong = await run('validate', gpkg, '--layer', 'cleared');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout + wrong.stderr).toContain('its layers are "finds" (point), "zones" (geometry). Give one of them with --layer NAME');
  });

  it('reads the WKT column of a CSV named by --field geometry=COLUMN', async () => {
    const csv = write('footprints.csv', 'task;state;footprint\nT-1;cleared;"POLYGON ((46.5 40,46.501 40,46.501 40.001,46.5 40.001,46.5 40))"\n');
    const { code, stdout } = await run('validate', csv, '--field', 'geometry=footprint', '--field', 'id=task', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).accepted).toBe(1);
  });

  it('exits 1 without a stack trace for a missing file', async () => {
    const { code, stderr } = await run('validate', join(dir, 'nope.geojson'));
    expect(code).toBe(1);
    expect(stderr).toContain('nope.geojson');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for usage errors', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', good, '--format', 'xml')).code).toBe(2);
    expect((await run('validate', good, '--bogus')).code).toBe(2);
    expect((await run('validate', good, '--field', 'colour=X')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('prints help for every command', async () => {
    for (const argv of [['--help'], ['validate', '--help'], ['report', '--help']]) {
      const { code, stdout } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: cleared-land/);
    }
  });
});

describe('cleared-land report', () => {
  it('prints the JSON contract with unrounded hectares', async () => {
    const { code, stdout } = await run('report', good, '--format', 'json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining(['period', 'areaMethod', 'totals', 'regions', 'features', 'issues']),
    );
    expect(summary.features).toEqual({ accepted: 2, rejected: 0, undated: 0 });
    expect(summary.totals.items.apMines).toBe(3);
    expect(summary.totals.clearedHa).toBeCloseTo(SQUARE_HECTARES, 6);
    expect(summary.totals.hazardHa).toBeCloseTo(SQUARE_HECTARES, 6);
  });

  it('on a terminal, says how many zones it has measured on one line it then clears; not otherwise', async () => {
    let stderr = '';
    const terminal = { isTTY: true, write: (text: string) => (stderr += text) };
    let stdout = '';
    expect(await main(['report', good, '--format', 'json'], { stdout: { write: (text: string) => (stdout += text) }, stderr: terminal })).toBe(0);
    // The issues that follow (as in any --format json run) start on the cleared line.
    expect(stderr.startsWith('\r\x1b[KMeasuring: 2 of 2 zones\r\x1b[K')).toBe(true);
    expect(stderr.slice('\r\x1b[KMeasuring: 2 of 2 zones\r\x1b[K'.length)).toBe((await run('report', good, '--format', 'json')).stderr);
    expect(JSON.parse(stdout).features.accepted).toBe(2);
    expect((await run('report', good, '--format', 'json')).stderr).not.toContain('Measuring');
  });

  it('leaves rejected features out, lists them, and fails only with --strict', async () => {
    const lenient = await run('report', mixed, '--format', 'json');
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout).features.rejected).toBe(2);
    expect(lenient.stderr).toContain('unknown-status');
    expect((await run('report', mixed, '--strict', '--format', 'json')).code).toBe(1);
  });

  it('reads day-first dates with --date-order dmy, says so once without it, and refuses an unknown order', async () => {
    const ambiguous = write('ambiguous-dates.geojson', {
      type: 'FeatureCollection',
      features: [square(46, 40, { status: 'cleared', endDate: '05/06/2024' }), square(46.01, 40, { status: 'cleared', endDate: '07/06/2024' })],
    });
    const unsettled = await run('report', ambiguous, '--format', 'json', '--from', '2024-06-03', '--to', '2024-06-09');
    expect(JSON.parse(unsettled.stdout).features.undated).toBe(2);
    expect(JSON.parse(unsettled.stdout).totals.clearedHa).toBe(0);
    expect(unsettled.stderr.match(/could be read day first or month first/g)).toHaveLength(1);
    expect(unsettled.stderr).toContain('--date-order dmy');
    const dayFirst = await run('report', ambiguous, '--format', 'json', '--date-order', 'dmy', '--from', '2024-06-03', '--to', '2024-06-09');
    expect(dayFirst.code).toBe(0);
    expect(JSON.parse(dayFirst.stdout).features.undated).toBe(0);
    expect(JSON.parse(dayFirst.stdout).totals.clearedHa).toBeCloseTo(2 * SQUARE_HECTARES, 4);
    const validated = await run('validate', ambiguous, '--date-order', 'mdy', '--format', 'json');
    expect(JSON.parse(validated.stdout).issues).toEqual([]);
    const wrong = await run('validate', ambiguous, '--date-order', 'dd/mm');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--date-order must be one of dmy, mdy, ymd');
  });

  it('counts the reading of a broken outline that --repair names, and refuses an unknown one', async () => {
    // The 0.001° square traced out and back along its own vertices: no land under non-zero, the square by its linework.
    const ring = [[46, 40], [46.001, 40], [46.001, 40.001], [46, 40.001], [46, 40], [46, 40.001], [46.001, 40.001], [46.001, 40], [46, 40]];
    const traced = write('traced.geojson', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { status: 'cleared' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    });
    const byDefault = await run('report', traced, '--format', 'json');
    expect(JSON.parse(byDefault.stdout).features.rejected).toBe(1);
    expect(byDefault.stderr).toContain('ambiguous-repair');
    const linework = await run('report', traced, '--format', 'json', '--repair', 'linework');
    expect(JSON.parse(linework.stdout).totals.clearedHa).toBeCloseTo(SQUARE_HECTARES, 6);
    expect((await run('validate', traced, '--repair', 'evenodd')).code).toBe(2);
  });

  it('rejects a malformed date as a usage error', async () => {
    const { code, stderr } = await run('report', good, '--from', '21/04/2024');
    expect(code).toBe(2);
    expect(stderr).toContain('YYYY-MM-DD');
  });
});
