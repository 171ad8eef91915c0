import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, test } from 'vitest';
import { loadZones, type LoadOptions } from '../src/io/load-zones.js';
import { pathSource } from '../src/node.js';
import { summarize, type SummarizeOptions } from '../src/report/summarize.js';
import { PackedZones } from '../src/zones/packed-zones.js';
import type { ZoneProperties } from '../src/zones/zone.js';

// The same zones with their dates written as real exports write them give the week figures GEOS
// and pyproj computed (test/fixtures/make-measure-fixtures.py, scenario south-weeks: releases in
// ISO weeks across a year end and a leap day). Only the dates are rewritten here; the truth is the
// fixture's, computed from its ISO dates.

interface Scenario {
  zones: Array<{ geometry: Polygon | MultiPolygon; properties: Omit<ZoneProperties, 'source'> }>;
  runs: Array<{
    options: SummarizeOptions;
    expected: {
      weeks: Array<{ weekStart: string; clearedHa: number; reducedHa: number; cancelledHa: number; releasedHa: number; items: object }>;
      undated: number;
    };
  }>;
}

const scenario: Scenario = JSON.parse(readFileSync(new URL('fixtures/measure-south-weeks.json', import.meta.url), 'utf8'));
const RELATIVE_TOLERANCE = 1e-6;
const dir = mkdtempSync(join(tmpdir(), 'cleared-land-date-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every run of the scenario gives the fixture's undated count and week figures (hectares to 1e-6, items exactly). */
function expectGeosWeeks(input: Parameters<typeof summarize>[0]): void {
  for (const run of scenario.runs) {
    const summary = summarize(input, run.options);
    expect(summary.features.undated, JSON.stringify(run.options)).toBe(run.expected.undated);
    expect(summary.weeks.map((week) => week.weekStart)).toEqual(run.expected.weeks.map((week) => week.weekStart));
    summary.weeks.forEach((week, index) => {
      const expected = run.expected.weeks[index];
      for (const key of ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa'] as const) {
        expect(Math.abs(week[key] - expected[key]), `${week.weekStart} ${key}`).toBeLessThanOrEqual(Math.abs(expected[key]) * RELATIVE_TOLERANCE);
      }
      expect(week.items).toEqual(expected.items);
    });
  }
}

function parts(iso: string): { y: string; m: string; d: string } {
  const [y, m, d] = iso.split('-');
  return { y, m, d };
}

/** Each form: how an ISO date is written, and the load options it needs. */
const FORMS: Array<[string, (iso: string) => unknown, Partial<LoadOptions>]> = [
  ['epoch milliseconds (ArcGIS, IMSMA Core)', (iso) => Date.parse(`${iso}T00:00:00Z`), {}],
  // Noon UTC, as services that store a day at local midday write it: still the same UTC day.
  ['epoch milliseconds at noon', (iso) => Date.parse(`${iso}T12:00:00Z`), {}],
  ['YYYY/MM/DD (GDAL KML)', (iso) => iso.replaceAll('-', '/'), {}],
  ['ISO date-time in UTC', (iso) => `${iso}T00:00:00.000Z`, {}],
  ['ISO date-time with an offset, late in the day', (iso) => `${iso}T23:30:00+04:00`, {}],
  ['ISO date-time with a space, no zone', (iso) => `${iso} 10:30`, {}],
  ['DD/MM/YYYY with --date-order dmy', (iso) => `${parts(iso).d}/${parts(iso).m}/${parts(iso).y}`, { dateOrder: 'dmy' }],
  ['DD/MM/YYYY settled by the file (31/12/2023)', (iso) => `${parts(iso).d}/${parts(iso).m}/${parts(iso).y}`, {}],
  ['MM/DD/YYYY with --date-order mdy', (iso) => `${parts(iso).m}/${parts(iso).d}/${parts(iso).y}`, { dateOrder: 'mdy' }],
  ['DD.MM.YYYY', (iso) => `${parts(iso).d}.${parts(iso).m}.${parts(iso).y}`, {}],
  ['DD-MM-YYYY with --date-order dmy', (iso) => `${parts(iso).d}-${parts(iso).m}-${parts(iso).y}`, { dateOrder: 'dmy' }],
];

function geojson(write: (iso: string) => unknown): string {
  const features = scenario.zones.map((zone) => {
    const { endDate, startDate, featureIndex: _index, ...rest } = zone.properties;
    return {
      type: 'Feature',
      geometry: zone.geometry,
      properties: { ...rest, endDate: endDate === null ? null : write(endDate), startDate: startDate === null ? null : write(startDate) },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

describe.each(FORMS)('dates as %s', (label, write, loadOptions) => {
  const text = geojson(write);
  const path = join(dir, `${label.replace(/[^a-z]+/gi, '-')}.geojson`);
  writeFileSync(path, text);

  test.each(['read whole', 'streamed into PackedZones'])('%s: every run\'s weeks agree with GEOS/pyproj', async (how) => {
    const zones = new PackedZones();
    const loaded =
      how === 'read whole'
        ? await loadZones(text, { ...loadOptions, fileName: 'zones.geojson' })
        : await loadZones(pathSource(path), { ...loadOptions, zoneSink: zones });
    expect(loaded.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expectGeosWeeks(how === 'read whole' ? loaded : { ...loaded, zones });
  });
});

// GDAL exports of the same zones, made by test/fixtures/make-date-export-fixtures.py: KML writes
// dates as 2024/05/25; the shapefile holds a DBF date field whose empty value is 00000000.
describe.each(['south-weeks-gdal.kml', 'south-weeks-gdal.zip'])('%s', (name) => {
  test('every run\'s weeks agree with GEOS/pyproj, and an empty date is blank, not an error', async () => {
    const loaded = await loadZones(pathSource(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))));
    expect(loaded.accepted).toBe(scenario.zones.length);
    expect(loaded.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expectGeosWeeks(loaded);
  });
});
