import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { boundingBox, type BoundingBox } from '../geometry/bounding-box.js';
import { loadSqlJs } from '../io/load-sql-js.js';

/** Options of {@link writeGeoPackage}. */
export interface GeoPackageWriteOptions {
  /** The feature table's name (letters, digits and underscores). */
  layerName: string;
}

/** Defaults of {@link GeoPackageWriteOptions}. */
export const defaultGeoPackageWriteOptions: GeoPackageWriteOptions = {
  // One table called "layer" unless named otherwise.
  layerName: 'layer',
};

const WGS84_SRS_ID = 4326;
// OGC 12-128r18, table 2.1.2: the application id 'GPKG' and version 1.3.
const GPKG_APPLICATION_ID = 0x47504b47;
const GPKG_USER_VERSION = 10300;
const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

/**
 * A GeoPackage 1.3 (what QGIS saves by default) holding one MultiPolygon feature table in
 * EPSG:4326, as bytes. Written with sql.js (SQLite compiled to WebAssembly), which is loaded only
 * when this is called, so the library costs nothing more for users who never write one. Property
 * columns take their type from the values: REAL for numbers, TEXT otherwise.
 *
 * sql.js is an optional peer dependency (31 MB installed, so only those who write GeoPackages
 * install it: `npm install sql.js`).
 *
 * @throws Error when `layerName` is not letters, digits and underscores, or when sql.js is not installed.
 * @example
 * const bytes = await writeGeoPackage(outcomeCollection(outcomes, 'released'), { layerName: 'released' });
 * await writeFile('released.gpkg', bytes);
 */
export async function writeGeoPackage(
  collection: FeatureCollection<MultiPolygon | null>,
  options: Partial<GeoPackageWriteOptions> = {},
): Promise<Uint8Array> {
  const { layerName } = { ...defaultGeoPackageWriteOptions, ...options };
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(layerName)) {
    throw new Error(`options.layerName must be letters, digits and underscores (a SQL table name); got '${layerName}'`);
  }
  const SQL = await loadSqlJs();
  const database = new SQL.Database();
  try {
    const columns = propertyColumns(collection.features);
    database.run(`PRAGMA application_id = ${GPKG_APPLICATION_ID}; PRAGMA user_version = ${GPKG_USER_VERSION};`);
    database.run(SCHEMA);
    database.run(
      `INSERT INTO gpkg_spatial_ref_sys VALUES
        ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
        ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),
        ('WGS 84 geodetic', ${WGS84_SRS_ID}, 'EPSG', 4326, ?, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')`,
      [WGS84_WKT],
    );
    const box = featuresBox(collection.features);
    database.run(
      `INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ${WGS84_SRS_ID})`,
      [layerName, layerName, ...(box ?? [null, null, null, null])],
    );
    database.run(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'MULTIPOLYGON', ${WGS84_SRS_ID}, 0, 0)`, [layerName]);
    const definitions = columns.map((column) => `"${column.name}" ${column.type}`).join(', ');
    database.run(`CREATE TABLE "${layerName}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON${definitions ? `, ${definitions}` : ''})`);
    const insert = database.prepare(
      `INSERT INTO "${layerName}" (geom${columns.map((column) => `, "${column.name}"`).join('')}) VALUES (?${', ?'.repeat(columns.length)})`,
    );
    for (const feature of collection.features) {
      const values = columns.map((column) => sqlValue(feature.properties?.[column.name]));
      insert.run([feature.geometry ? geoPackageGeometry(feature.geometry) : null, ...values]);
    }
    insert.free();
    return database.export();
  } finally {
    database.close();
  }
}

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
`;

interface Column {
  name: string;
  type: 'REAL' | 'TEXT';
}

function propertyColumns(features: readonly Feature<MultiPolygon | null>[]): Column[] {
  const names = [...new Set(features.flatMap((feature) => Object.keys(feature.properties ?? {})))];
  return names
    .filter((name) => name.toLowerCase() !== 'fid' && name.toLowerCase() !== 'geom')
    .map((name) => {
      const values = features.map((feature) => feature.properties?.[name]).filter((value) => value !== null && value !== undefined);
      return { name: name.replaceAll('"', ''), type: values.length > 0 && values.every((value) => typeof value === 'number') ? 'REAL' : 'TEXT' };
    });
}

function sqlValue(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The GeoPackage binary geometry (OGC 12-128r18, 2.1.3): the 'GP' header with its envelope,
 * then the geometry as little-endian WKB.
 */
function geoPackageGeometry(geometry: MultiPolygon): Uint8Array {
  const rings = geometry.coordinates.flat();
  const points = rings.reduce((sum, ring) => sum + ring.length, 0);
  const wkbBytes = 9 + geometry.coordinates.length * 9 + rings.length * 4 + points * 16;
  const bytes = new Uint8Array(8 + 32 + wkbBytes);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x47; // 'G'
  bytes[1] = 0x50; // 'P'
  bytes[2] = 0; // version 1
  bytes[3] = 0b0000_0011; // little-endian, envelope [minx, maxx, miny, maxy]
  view.setInt32(4, WGS84_SRS_ID, true);
  const [minX, minY, maxX, maxY] = boundingBox(rings);
  [minX, maxX, minY, maxY].forEach((value, index) => view.setFloat64(8 + index * 8, value, true));
  let at = 40;
  const header = (type: number, count: number) => {
    bytes[at] = 1;
    view.setUint32(at + 1, type, true);
    view.setUint32(at + 5, count, true);
    at += 9;
  };
  header(6, geometry.coordinates.length);
  for (const polygon of geometry.coordinates) {
    header(3, polygon.length);
    for (const ring of polygon) {
      view.setUint32(at, ring.length, true);
      at += 4;
      for (const position of ring) {
        view.setFloat64(at, position[0], true);
        view.setFloat64(at + 8, position[1], true);
        at += 16;
      }
    }
  }
  return bytes;
}

function featuresBox(features: readonly Feature<MultiPolygon | null>[]): BoundingBox | null {
  const rings = features.flatMap((feature) => feature.geometry?.coordinates.flat() ?? []);
  return rings.length > 0 ? boundingBox(rings) : null;
}
