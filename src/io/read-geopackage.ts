import type { Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import type { ValidationIssue } from '../validate/issue-codes.js';
import { authorityCrs } from './authority-crs.js';
import { decodeGeoPackageGeometry } from './decode-geopackage-geometry.js';
import { WkbError } from './decode-wkb.js';
import type { ParsedInput } from './parse-input.js';
import { loadSqlJs, SqlJsNotFoundError } from './load-sql-js.js';
import { loadProj4 } from './load-proj4.js';
import { nothingRead, parseIssue } from './parse-issue.js';
import { defaultInputLimits, InputLimitError } from './input-limits.js';

/** Options of {@link readGeoPackage}. */
export interface ReadGeoPackageOptions {
  /** The layer (table) to read; null: the first layer of polygons, in the file's own order. */
  layer: string | null;
  /** Rows past this many are not read: the layer is refused with an {@link InputLimitError}. */
  maxFeatures: number;
}

/** Defaults of {@link ReadGeoPackageOptions}. */
export const defaultReadGeoPackageOptions: ReadGeoPackageOptions = {
  // The first features layer whose geometry type can hold polygons.
  layer: null,
  maxFeatures: defaultInputLimits.maxFeatures,
};

/**
 * Reads one layer of a GeoPackage (`.gpkg`, the default format of QGIS) with sql.js, SQLite
 * compiled to WebAssembly, loaded (about 1 MB) only when a GeoPackage is opened; see
 * {@link loadSqlJs} for why the same code works in Node, a page and a Web Worker.
 *
 * The layer is `options.layer` (by table name, exactly, else ignoring case), or the first
 * `features` layer in `gpkg_contents` whose geometry type can hold polygons (POLYGON,
 * MULTIPOLYGON, GEOMETRY, …); when more such layers exist a warning names them and the flag
 * that reads them. A missing layer is an `unreadable-file` error listing the layers there are.
 * The layer's CRS (`gpkg_spatial_ref_sys`) becomes `declaredCrs`. Every column except the
 * geometry and the integer primary key becomes a property; a geometry that cannot be decoded
 * (a damaged blob, a curve type) is null with an `unreadable-geometry` or
 * `unsupported-geometry` error for its row.
 *
 * @param bytes The whole file; it starts with `SQLite format 3\0`.
 * @param fileName Name of the file, for messages.
 * @example
 * const parsed = await readGeoPackage(bytes, 'zones.gpkg', { layer: 'cleared_2024' });
 * parsed.format; // 'geopackage'
 */
export async function readGeoPackage(bytes: Uint8Array, fileName: string, options: Partial<ReadGeoPackageOptions> = {}): Promise<ParsedInput> {
  const { layer: wanted, maxFeatures } = { ...defaultReadGeoPackageOptions, ...options };
  let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
  try {
    SQL = await loadSqlJs();
  } catch (error) {
    const convert = `convert the file to FlatGeobuf or GeoJSON (ogr2ogr -f FlatGeobuf zones.fgb ${fileName})`;
    if (error instanceof SqlJsNotFoundError) {
      return nothingRead('unreadable-file', `${fileName} is a GeoPackage, but SQLite (sql.js) was not found: ${error.message}; or ${convert}.`);
    }
    // WebAssembly can be refused: a page's Content-Security-Policy without 'wasm-unsafe-eval', a
    // browser with WebAssembly turned off.
    return nothingRead(
      'unreadable-file',
      `${fileName} is a GeoPackage, but SQLite (sql.js, WebAssembly) could not be started here (${describe(error)}); a page's Content-Security-Policy must allow 'wasm-unsafe-eval' for GeoPackages, or ${convert}.`,
    );
  }
  let database: Database;
  try {
    database = new SQL.Database(bytes);
  } catch (error) {
    return nothingRead('unreadable-file', `${fileName} starts like a GeoPackage but SQLite cannot open it (${describe(error)}); export it again.`);
  }
  try {
    // authorityCrs reads the layer's WKT definition with proj4, which is loaded on demand; beside
    // sql.js it costs nothing worth avoiding.
    await loadProj4();
    return readLayer(database, fileName, wanted, maxFeatures);
  } catch (error) {
    if (error instanceof InputLimitError) throw error;
    // SQLite finds damage only when it reads the pages concerned ("database disk image is malformed").
    return nothingRead('unreadable-file', `${fileName} is a GeoPackage that SQLite cannot read (${describe(error)}); it may be cut short or damaged, so export it again.`);
  } finally {
    database.close();
  }
}

/** One row of `gpkg_contents` joined with its geometry column. */
interface Layer {
  name: string;
  dataType: string;
  srsId: number | null;
  geometryColumn: string | null;
  geometryType: string | null;
}

// Geometry types of gpkg_geometry_columns whose rows may be polygons.
const POLYGON_TYPES = new Set(['POLYGON', 'MULTIPOLYGON', 'GEOMETRY', 'GEOMETRYCOLLECTION', 'CURVEPOLYGON', 'MULTISURFACE', 'SURFACE']);

function readLayer(database: Database, fileName: string, wanted: string | null, maxFeatures: number): ParsedInput {
  if (!hasTable(database, 'gpkg_contents')) {
    return nothingRead('unreadable-file', `${fileName} says it is a GeoPackage but has no gpkg_contents table, so its layers cannot be found; export it again (e.g. ogr2ogr -f GPKG out.gpkg ${fileName}).`);
  }
  const layers = rows(
    database,
    `SELECT c.table_name, c.data_type, c.srs_id, g.column_name, g.geometry_type_name
       FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
      ORDER BY c.rowid`,
  ).map(
    (row): Layer => ({
      name: String(row[0]),
      dataType: String(row[1]),
      srsId: typeof row[2] === 'number' ? row[2] : null,
      geometryColumn: typeof row[3] === 'string' ? row[3] : null,
      geometryType: typeof row[4] === 'string' ? row[4].toUpperCase() : null,
    }),
  );
  const features = layers.filter((layer) => layer.dataType === 'features' && layer.geometryColumn !== null);
  const polygonLayers = features.filter((layer) => POLYGON_TYPES.has(layer.geometryType ?? ''));
  const issues: ValidationIssue[] = [];
  let layer: Layer | undefined;
  if (wanted !== null) {
    layer = features.find((candidate) => candidate.name === wanted) ?? features.find((candidate) => candidate.name.toLowerCase() === wanted.toLowerCase());
    if (!layer) {
      return nothingRead('unreadable-file', `${fileName} has no layer of features called "${wanted}"; its layers are ${describeLayers(features)}. Give one of them with --layer NAME (option layer).`);
    }
  } else {
    layer = polygonLayers[0];
    if (!layer) {
      const what = features.length === 0 ? 'no layers of features (only tables or tiles)' : `no layer of polygons; its layers are ${describeLayers(features)}`;
      return nothingRead('unreadable-file', `${fileName} is a GeoPackage with ${what}. Zones must be polygons; give a layer with --layer NAME if one holds them.`);
    }
    if (polygonLayers.length > 1) {
      const others = polygonLayers.slice(1).map((other) => `"${other.name}"`);
      issues.push(
        parseIssue('other-layers', null, `${fileName} holds ${polygonLayers.length} layers of polygons; "${layer.name}" was read and ${others.join(', ')} ${others.length === 1 ? 'was' : 'were'} not. Read another with --layer NAME (option layer).`, {
          severity: 'warning',
        }),
      );
    }
  }

  // A view is a query, and a query (a recursive one) can compute rows without end from a few
  // bytes of file; layers are read only from tables, whose rows are really in the file.
  if (!hasTable(database, layer.name, ['table'])) {
    return nothingRead('unreadable-file', `${fileName}: the layer "${layer.name}" is an SQL view or is missing, not a table, and cleared-land reads only tables; export the layer as a table (e.g. ogr2ogr -f GPKG zones.gpkg ${fileName} "${layer.name}").`);
  }
  const declaredCrs = layer.srsId === null ? null : crsOf(database, layer.srsId);
  const primaryKey = rows(database, `SELECT name FROM pragma_table_info(${quoteString(layer.name)}) WHERE pk = 1 AND upper(type) = 'INTEGER'`)[0]?.[0] ?? null;
  const statement = database.prepare(`SELECT * FROM ${quoteIdentifier(layer.name)}`);
  const featuresRead: Array<unknown | null> = [];
  try {
    const columns = statement.getColumnNames();
    const geometryIndex = columns.findIndex((column) => column === layer.geometryColumn);
    while (statement.step()) {
      const index = featuresRead.length;
      // Counted before the row is built: the rows are in the file, but a small page can hold many.
      if (index >= maxFeatures) throw new InputLimitError('maxFeatures', maxFeatures, `more than ${maxFeatures.toLocaleString('en')} rows in the layer "${layer.name}"`);
      const values = statement.get();
      const properties: Record<string, unknown> = {};
      columns.forEach((column, columnIndex) => {
        if (columnIndex === geometryIndex || column === primaryKey) return;
        properties[column] = toProperty(values[columnIndex]);
      });
      const blob = geometryIndex === -1 ? null : values[geometryIndex];
      let geometry: Geometry | null = null;
      if (blob instanceof Uint8Array) {
        try {
          geometry = decodeGeoPackageGeometry(blob);
        } catch (error) {
          const unsupported = error instanceof WkbError && error.unsupported;
          issues.push(
            parseIssue(
              unsupported ? 'unsupported-geometry' : 'unreadable-geometry',
              index,
              `${fileName}, layer "${layer.name}", row ${index + 1}: its geometry cannot be read (${describe(error)}); the feature was rejected.${unsupported ? '' : ' Repair or export the layer again.'}`,
            ),
          );
          featuresRead.push(null);
          continue;
        }
      }
      featuresRead.push({ type: 'Feature', properties, geometry });
    }
  } finally {
    statement.free();
  }
  if (featuresRead.length === 0) issues.push(parseIssue('empty', null, `${fileName}: the layer "${layer.name}" holds no features; there is nothing to measure.`));
  return { format: 'geopackage', features: featuresRead, declaredCrs, reprojected: false, issues };
}

function crsOf(database: Database, srsId: number): string | null {
  // GeoPackage reserves 0 (undefined geographic) and -1 (undefined Cartesian): no CRS is known.
  if (srsId <= 0) return null;
  const row = rows(database, `SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ${Math.trunc(srsId)}`)[0];
  if (!row) return `EPSG:${srsId}`;
  return authorityCrs(typeof row[0] === 'string' ? row[0] : null, typeof row[1] === 'number' ? row[1] : 0, typeof row[2] === 'string' ? row[2] : null);
}

function describeLayers(layers: Layer[]): string {
  if (layers.length === 0) return 'none';
  return layers.map((layer) => `"${layer.name}" (${(layer.geometryType ?? 'no geometry').toLowerCase()})`).join(', ');
}

function hasTable(database: Database, name: string, types: readonly string[] = ['table', 'view']): boolean {
  const typeList = types.map(quoteString).join(', ');
  return rows(database, `SELECT 1 FROM sqlite_master WHERE type IN (${typeList}) AND name = ${quoteString(name)}`).length > 0;
}

function rows(database: Database, sql: string): SqlValue[][] {
  return database.exec(sql)[0]?.values ?? [];
}

// Layer names come from the file: quoted, never pasted into SQL as they are.
function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

// A binary column other than the geometry has no place in a zone's properties, but is named.
function toProperty(value: SqlValue): unknown {
  return value instanceof Uint8Array ? `(${value.length}-byte binary value)` : value;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
