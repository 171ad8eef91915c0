import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { boundingBox, type BoundingBox } from '../geometry/bounding-box.js';

/** ESRI's WKT for WGS 84 longitude/latitude, as ArcGIS writes it into a .prj. */
export const WGS84_ESRI_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** A property column of the dBASE table. */
interface DbfField {
  name: string;
  type: 'C' | 'N' | 'D';
  /** Width in bytes. */
  length: number;
  decimals: number;
}

/** Options of {@link writeZippedShapefile}. */
export interface ZippedShapefileOptions {
  /** The name of the .shp/.shx/.dbf/.prj/.cpg files inside the zip, without extension. */
  layerName: string;
}

/** Defaults of {@link ZippedShapefileOptions}. */
export const defaultZippedShapefileOptions: ZippedShapefileOptions = {
  // The files are released.shp, released.dbf, … unless named otherwise.
  layerName: 'layer',
};

/**
 * A polygon shapefile (.shp, .shx, .dbf, .prj, and a .cpg saying UTF-8) of MultiPolygon features in
 * WGS 84, zipped, as bytes. Rings are written in the shapefile's order (outer rings clockwise, holes
 * counter-clockwise), a null geometry as a null shape. Text properties are UTF-8 (the .cpg tells
 * QGIS, ArcGIS and GDAL so), cut to 254 bytes at a character boundary; numbers are written with 8
 * decimals; YYYY-MM-DD strings in fields whose name starts with `date` become dBASE dates.
 *
 * @example
 * const bytes = writeZippedShapefile(outcomeCollection(outcomes, 'cleared'), { layerName: 'cleared' });
 * await writeFile('cleared.zip', bytes);
 */
export function writeZippedShapefile(
  collection: FeatureCollection<MultiPolygon | null>,
  options: Partial<ZippedShapefileOptions> = {},
): Uint8Array {
  const { layerName } = { ...defaultZippedShapefileOptions, ...options };
  const { shp, shx } = writeShapes(collection.features);
  return zipSync(
    {
      [`${layerName}.shp`]: shp,
      [`${layerName}.shx`]: shx,
      [`${layerName}.dbf`]: writeDbf(collection.features),
      [`${layerName}.prj`]: new TextEncoder().encode(WGS84_ESRI_PRJ),
      [`${layerName}.cpg`]: new TextEncoder().encode('UTF-8'),
    },
    { level: 6 },
  );
}

const SHAPE_NULL = 0;
const SHAPE_POLYGON = 5;
const HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;

function writeShapes(features: readonly Feature<MultiPolygon | null>[]): { shp: Uint8Array; shx: Uint8Array } {
  const records = features.map((feature) => shapeRecord(feature.geometry));
  const shpBytes = HEADER_BYTES + records.reduce((sum, record) => sum + RECORD_HEADER_BYTES + record.byteLength, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(HEADER_BYTES + RECORD_HEADER_BYTES * records.length);
  const box = collectionBox(features);
  writeHeader(new DataView(shp.buffer), shpBytes, box);
  writeHeader(new DataView(shx.buffer), shx.byteLength, box);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  let offset = HEADER_BYTES;
  records.forEach((record, index) => {
    // Offsets and lengths are in 16-bit words, big-endian, as the format has always had them.
    shxView.setInt32(HEADER_BYTES + index * RECORD_HEADER_BYTES, offset / 2);
    shxView.setInt32(HEADER_BYTES + index * RECORD_HEADER_BYTES + 4, record.byteLength / 2);
    shpView.setInt32(offset, index + 1);
    shpView.setInt32(offset + 4, record.byteLength / 2);
    shp.set(record, offset + RECORD_HEADER_BYTES);
    offset += RECORD_HEADER_BYTES + record.byteLength;
  });
  return { shp, shx };
}

function writeHeader(view: DataView, byteLength: number, box: BoundingBox): void {
  view.setInt32(0, 9994);
  view.setInt32(24, byteLength / 2);
  view.setInt32(28, 1000, true);
  view.setInt32(32, SHAPE_POLYGON, true);
  box.forEach((value, index) => view.setFloat64(36 + index * 8, value, true));
}

function shapeRecord(geometry: MultiPolygon | null): Uint8Array {
  const rings = geometry ? geometry.coordinates.flatMap((polygon) => polygon.map((ring, index) => orientForShapefile(ring, index === 0))) : [];
  if (rings.length === 0) {
    const record = new Uint8Array(4);
    new DataView(record.buffer).setInt32(0, SHAPE_NULL, true);
    return record;
  }
  const points = rings.reduce((sum, ring) => sum + ring.length, 0);
  const record = new Uint8Array(44 + 4 * rings.length + 16 * points);
  const view = new DataView(record.buffer);
  view.setInt32(0, SHAPE_POLYGON, true);
  boundingBox(rings).forEach((value, index) => view.setFloat64(4 + index * 8, value, true));
  view.setInt32(36, rings.length, true);
  view.setInt32(40, points, true);
  let start = 0;
  rings.forEach((ring, index) => {
    view.setInt32(44 + index * 4, start, true);
    start += ring.length;
  });
  let offset = 44 + 4 * rings.length;
  for (const ring of rings) {
    for (const position of ring) {
      view.setFloat64(offset, position[0], true);
      view.setFloat64(offset + 8, position[1], true);
      offset += 16;
    }
  }
  return record;
}

// Shapefiles tell outer rings from holes by their turn: clockwise outside, counter-clockwise
// holes (the reverse of RFC 7946), whatever order the input had.
function orientForShapefile(ring: Position[], outer: boolean): Position[] {
  let twiceArea = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    twiceArea += ring[index][0] * ring[index + 1][1] - ring[index + 1][0] * ring[index][1];
  }
  const clockwise = twiceArea < 0;
  return clockwise === outer ? ring : [...ring].reverse();
}

function collectionBox(features: readonly Feature<MultiPolygon | null>[]): BoundingBox {
  const rings = features.flatMap((feature) => feature.geometry?.coordinates.flat() ?? []);
  return rings.length > 0 ? boundingBox(rings) : [0, 0, 0, 0];
}

const TEXT_BYTES = 254;
const NUMBER_WIDTH = 24;
const NUMBER_DECIMALS = 8;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function writeDbf(features: readonly Feature<MultiPolygon | null>[]): Uint8Array {
  const encoder = new TextEncoder();
  const fields = dbfFields(features);
  const recordBytes = 1 + fields.reduce((sum, field) => sum + field.length, 0);
  const headerBytes = 32 + 32 * fields.length + 1;
  const dbf = new Uint8Array(headerBytes + recordBytes * features.length + 1).fill(0x20, headerBytes);
  const view = new DataView(dbf.buffer);
  const today = new Date();
  dbf[0] = 0x03;
  dbf[1] = today.getUTCFullYear() - 1900;
  dbf[2] = today.getUTCMonth() + 1;
  dbf[3] = today.getUTCDate();
  view.setUint32(4, features.length, true);
  view.setUint16(8, headerBytes, true);
  view.setUint16(10, recordBytes, true);
  fields.forEach((field, index) => {
    const at = 32 + index * 32;
    dbf.set(encoder.encode(field.name).subarray(0, 10), at);
    dbf[at + 11] = field.type.charCodeAt(0);
    dbf[at + 16] = field.length;
    dbf[at + 17] = field.decimals;
  });
  dbf[headerBytes - 1] = 0x0d;
  features.forEach((feature, row) => {
    let at = headerBytes + row * recordBytes + 1;
    for (const field of fields) {
      dbf.set(fieldBytes(feature.properties?.[field.name], field, encoder), at);
      at += field.length;
    }
  });
  dbf[dbf.length - 1] = 0x1a;
  return dbf;
}

function dbfFields(features: readonly Feature<MultiPolygon | null>[]): DbfField[] {
  const names = [...new Set(features.flatMap((feature) => Object.keys(feature.properties ?? {})))];
  return names.map((name): DbfField => {
    const values = features.map((feature) => feature.properties?.[name]).filter((value) => value !== null && value !== undefined);
    if (values.length > 0 && values.every((value) => typeof value === 'number')) {
      return { name, type: 'N', length: NUMBER_WIDTH, decimals: NUMBER_DECIMALS };
    }
    if (name.startsWith('date') && values.every((value) => typeof value === 'string' && DATE_PATTERN.test(value))) {
      return { name, type: 'D', length: 8, decimals: 0 };
    }
    return { name, type: 'C', length: TEXT_BYTES, decimals: 0 };
  });
}

function fieldBytes(value: unknown, field: DbfField, encoder: TextEncoder): Uint8Array {
  if (value === null || value === undefined) return new Uint8Array(0);
  if (field.type === 'N') {
    const text = Number(value).toFixed(field.decimals);
    return encoder.encode(text.length > field.length ? text.slice(0, field.length) : text.padStart(field.length, ' '));
  }
  if (field.type === 'D') return encoder.encode(String(value).replaceAll('-', ''));
  return cutAtCharacter(encoder.encode(String(value)), field.length);
}

// A UTF-8 byte that starts 10xxxxxx continues a character: cutting before it would split one.
function cutAtCharacter(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end);
}
