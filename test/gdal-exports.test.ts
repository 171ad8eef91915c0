import { describe, expect, it } from 'vitest';
import { loadZones, summarize } from '../src/index.js';
import { pathSource } from '../src/node.js';
import expected from './fixtures/gdal/expected.json' with { type: 'json' };

// The same 36 held-out zones exported by GDAL 3.6 (ogr2ogr) into each format QGIS users send, read
// back and reported for one week; the truth is GEOS + GeographicLib (test/fixtures/make-gdal-fixtures.py).
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

describe('the week of 20–26 May 2024 from GDAL exports of the same zones', () => {
  for (const { file, format } of EXPORTS) {
    it(`gives GEOS + GeographicLib's hectares and items from ${file}`, async () => {
      const result = await loadZones(pathSource(`${FIXTURES}${file}`));
      expect(result.format).toBe(format);
      expect(result.accepted).toBe(ZONES_IN_FILE);
      expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
      const summary = summarize(result, { from: expected.from, to: expected.to });
      for (const [key, hectares] of Object.entries(expected.hectares)) {
        const actual = summary.totals[key as keyof typeof expected.hectares];
        expect(Math.abs(actual - hectares) / hectares, `${key}: ${actual} vs ${hectares}`).toBeLessThan(RELATIVE_TOLERANCE);
      }
      expect(summary.totals.items).toEqual(expected.items);
    });
  }
});
