import { describe, expect, it } from 'vitest';
import { loadZones, summarize, type LoadResult } from '../src/index.js';
import { pathSource } from '../src/node.js';
import expected from './fixtures/gdal/expected.json' with { type: 'json' };

// The same 36 held-out zones exported by GDAL 3.6 (ogr2ogr) into each format QGIS users send, read
// back and reported; the truth is GEOS + GeographicLib (test/fixtures/make-gdal-fixtures.py).
const FIXTURES = new URL('./fixtures/gdal/', import.meta.url).pathname;
const EXPORTS = [
  { file: 'zones.geojson', format: 'geojson' },
  { file: 'zones.gpkg', format: 'geopackage' },
  { file: 'zones.fgb', format: 'flatgeobuf' },
  { file: 'zones.kml', format: 'kml' },
  { file: 'zones-shp.zip', format: 'shapefile' },
  { file: 'zones.csv', format: 'csv' },
] as const;
const RELATIVE_TOLERANCE = 1e-6;
const ZONES_IN_FILE = 36;

type Figures = { hectares: Record<string, number>; items: Record<string, number> };

function expectFigures(result: LoadResult, options: { from?: string; to?: string }, truth: Figures): void {
  const summary = summarize(result, options);
  for (const [key, hectares] of Object.entries(truth.hectares)) {
    const actual = summary.totals[key as keyof typeof summary.totals] as number;
    expect(Math.abs(actual - hectares) / hectares, `${key}: ${actual} vs ${hectares}`).toBeLessThan(RELATIVE_TOLERANCE);
  }
  expect(summary.totals.items).toEqual(truth.items);
}

describe('GDAL exports of the same zones', () => {
  for (const { file, format } of EXPORTS) {
    it(`give GEOS + GeographicLib's hectares and items over every release from ${file}`, async () => {
      const result = await loadZones(pathSource(`${FIXTURES}${file}`));
      expect(result.format).toBe(format);
      expect(result.accepted).toBe(ZONES_IN_FILE);
      // KML has no MultiPolygon: the MultiPolygon zone comes back as a MultiGeometry, merged with a warning.
      const expectedWarnings = new Set(['merged-geometry-collection']);
      expect(result.issues.filter((issue) => !expectedWarnings.has(issue.code) && issue.severity !== 'info')).toEqual([]);
      expectFigures(result, {}, expected.allTime);
    });
  }

  for (const { file } of EXPORTS) {
    // GDAL writes the dates as 2024-05-25 (GeoJSON, GeoPackage), 2024-05-25T00:00:00 (FlatGeobuf),
    // 2024/05/25 (KML, CSV) and as DBF dates, empty for the hazards (shapefile).
    it(`give GEOS + GeographicLib's hectares and items for the week of 20–26 May 2024 from ${file}`, async () => {
      const result = await loadZones(pathSource(`${FIXTURES}${file}`));
      const expectedWarnings = new Set(['merged-geometry-collection']);
      expect(result.issues.filter((issue) => !expectedWarnings.has(issue.code) && issue.severity !== 'info')).toEqual([]);
      expectFigures(result, { from: expected.from, to: expected.to }, expected);
    });
  }
});
