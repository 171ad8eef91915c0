import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import { describe, expect, it, vi } from 'vitest';
import { writeGeoPackage } from '../export/write-geopackage.js';
import { readGeoPackage } from './read-geopackage.js';

// Made by test/fixtures/make-gdal-fixtures.py: a point layer "finds", then the 36 zones as the
// layer "zones", in WGS 84 / UTM zone 38N.
const GPKG = new Uint8Array(readFileSync(new URL('../../test/fixtures/gdal/zones.gpkg', import.meta.url)));

// The fixture changed with SQL, as a damaged or unusual file would be.
async function altered(...statements: string[]): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const database = new SQL.Database(GPKG);
  // GDAL's spatial-index triggers call SpatiaLite functions sql.js does not have.
  const triggers = database.exec("SELECT name FROM sqlite_master WHERE type = 'trigger'")[0]?.values ?? [];
  for (const [name] of triggers) database.run(`DROP TRIGGER "${String(name)}"`);
  for (const statement of statements) database.run(statement);
  const bytes = database.export();
  database.close();
  return bytes;
}

describe('readGeoPackage', () => {
  it('reads the first layer of polygons, with its CRS, every column but the geometry and fid as properties', async () => {
    const parsed = await readGeoPackage(GPKG, 'zones.gpkg');
    expect(parsed.format).toBe('geopackage');
    expect(parsed.declaredCrs).toBe('EPSG:32638');
    expect(parsed.issues).toEqual([]);
    expect(parsed.features).toHaveLength(36);
    const first = parsed.features[0] as { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][] } };
    expect(first.properties).toMatchObject({ id: 'AGD-001', status: 'cleared', endDate: '2024-05-25', apMines: 2 });
    expect(first.properties).not.toHaveProperty('fid');
    expect(first.geometry.type).toBe('Polygon');
    // UTM metres, as stored: easting of zone 38N near 46.93°E, northing near 40°N.
    expect(first.geometry.coordinates[0][0][0]).toBeGreaterThan(600_000);
    expect(first.geometry.coordinates[0][0][1]).toBeGreaterThan(4_400_000);
  });

  it('reads the layer asked for, and lists the layers when it is not there', async () => {
    const finds = await readGeoPackage(GPKG, 'zones.gpkg', { layer: 'FINDS' });
    expect(finds.features).toEqual([{ type: 'Feature', properties: { category: 'AP mine' }, geometry: { type: 'Point', coordinates: [expect.any(Number), expect.any(Number)] } }]);
    const missing = await readGeoPackage(GPKG, 'zones.gpkg', { layer: 'cleared' });
    expect(missing.issues).toEqual([
      expect.objectContaining({
        code: 'unreadable-file',
        message: 'zones.gpkg has no layer of features called "cleared"; its layers are "finds" (point), "zones" (geometry). Give one of them with --layer NAME (option layer).',
      }),
    ]);
  });

  it('warns, naming them, when other layers of polygons were not read', async () => {
    const bytes = await altered(
      'CREATE TABLE zones_2023 AS SELECT * FROM zones',
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('zones_2023', 'features', 'zones_2023', 32638)",
      "INSERT INTO gpkg_geometry_columns VALUES ('zones_2023', 'geom', 'MULTIPOLYGON', 32638, 0, 0)",
    );
    const parsed = await readGeoPackage(bytes, 'zones.gpkg');
    expect(parsed.features).toHaveLength(36);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'other-layers', severity: 'warning', message: expect.stringContaining('"zones" was read and "zones_2023" was not') }),
    ]);
  });

  it('rejects one row whose geometry blob is damaged and keeps the others', async () => {
    const bytes = await altered("UPDATE zones SET geom = X'47500001000000000103000000' WHERE fid = 2");
    const parsed = await readGeoPackage(bytes, 'zones.gpkg');
    expect(parsed.features[1]).toBeNull();
    expect(parsed.features.filter((feature) => feature !== null)).toHaveLength(35);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'unreadable-geometry', feature: 1, message: expect.stringContaining('zones.gpkg, layer "zones", row 2: its geometry cannot be read (the blob ends at byte 13, in the middle of a count of rings)') }),
    ]);
  });

  it('says so when a GeoPackage has no polygon layer or is cut short', async () => {
    const pointsOnly = await altered("DELETE FROM gpkg_contents WHERE table_name = 'zones'");
    expect((await readGeoPackage(pointsOnly, 'finds.gpkg')).issues[0].message).toBe(
      'finds.gpkg is a GeoPackage with no layer of polygons; its layers are "finds" (point). Zones must be polygons; give a layer with --layer NAME if one holds them.',
    );
    const cut = await readGeoPackage(GPKG.subarray(0, 8192), 'cut.gpkg');
    expect(cut.format).toBeNull();
    expect(cut.issues[0]).toMatchObject({ code: 'unreadable-file', message: expect.stringMatching(/^cut\.gpkg (is a GeoPackage that SQLite cannot read|says it is a GeoPackage)/) });
  });

  it('reads tables only: a view, which could compute rows without end, is refused', async () => {
    const bytes = await altered(
      'CREATE VIEW endless AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS fid, NULL AS geom FROM n',
      "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('endless', 'features', 'endless', 4326)",
      "INSERT INTO gpkg_geometry_columns VALUES ('endless', 'geom', 'POLYGON', 4326, 0, 0)",
    );
    const parsed = await readGeoPackage(bytes, 'view.gpkg', { layer: 'endless' });
    expect(parsed.issues[0]).toMatchObject({ code: 'unreadable-file', message: expect.stringContaining('the layer "endless" is an SQL view or is missing, not a table') });
  });

  it('reads back what writeGeoPackage writes, exactly', async () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[[[46, 40], [46.01, 40], [46, 40.01], [46, 40]]], [[[47, 40], [47.01, 40], [47, 40.01], [47, 40]]]] };
    const bytes = await writeGeoPackage({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { outcome: 'cleared', hectares: 12.5 }, geometry }] }, { layerName: 'released' });
    const parsed = await readGeoPackage(bytes, 'released.gpkg');
    expect(parsed.declaredCrs).toBeNull();
    expect(parsed.features).toEqual([{ type: 'Feature', properties: { outcome: 'cleared', hectares: 12.5 }, geometry }]);
  });

  it('says so in one sentence when WebAssembly cannot start (a strict Content-Security-Policy)', async () => {
    vi.resetModules();
    vi.doMock('./load-sql-js.js', async (importOriginal) => ({
      ...(await importOriginal<typeof import('./load-sql-js.js')>()),
      loadSqlJs: () => Promise.reject(new Error('WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module')),
    }));
    try {
      const { readGeoPackage: readWithoutWasm } = await import('./read-geopackage.js');
      const parsed = await readWithoutWasm(GPKG, 'zones.gpkg');
      expect(parsed.issues).toEqual([
        expect.objectContaining({ code: 'unreadable-file', message: expect.stringMatching(/^zones\.gpkg is a GeoPackage, but SQLite \(sql\.js, WebAssembly\) could not be started here \(WebAssembly\.instantiate\(\): Refused/) }),
      ]);
    } finally {
      vi.doUnmock('./load-sql-js.js');
      vi.resetModules();
    }
  });

  it('says where to get sql.js when it is not installed, without the advice about WebAssembly', async () => {
    vi.resetModules();
    vi.doMock('./load-sql-js.js', async (importOriginal) => {
      const original = await importOriginal<typeof import('./load-sql-js.js')>();
      return { ...original, loadSqlJs: () => Promise.reject(new original.SqlJsNotFoundError('GeoPackages need sql.js; install it with `npm install sql.js`')) };
    });
    try {
      const { readGeoPackage: readWithoutSqlJs } = await import('./read-geopackage.js');
      const parsed = await readWithoutSqlJs(GPKG, 'zones.gpkg');
      expect(parsed.issues.map((issue) => [issue.code, issue.message])).toEqual([
        [
          'unreadable-file',
          'zones.gpkg is a GeoPackage, but SQLite (sql.js) was not found: GeoPackages need sql.js; install it with `npm install sql.js`; ' +
            'or convert the file to FlatGeobuf or GeoJSON (ogr2ogr -f FlatGeobuf zones.fgb zones.gpkg).',
        ],
      ]);
    } finally {
      vi.doUnmock('./load-sql-js.js');
      vi.resetModules();
    }
  });
});
