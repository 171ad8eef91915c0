import type { Geometry, Position } from 'geojson';

/**
 * Decodes Well-Known Binary (OGC Simple Features, ISO 13249-3) into a GeoJSON geometry: Point,
 * LineString, Polygon, their Multi forms and GeometryCollection, in either byte order, 2D, Z, M
 * or ZM, with the dimension given the ISO way (type + 1000/2000/3000, as GeoPackage and
 * FlatGeobuf-adjacent tools write it) or the PostGIS EWKB way (high flag bits, with or without an
 * embedded SRID). Z is kept as a third coordinate; M is dropped, since GeoJSON has no place for
 * it. An empty Point (NaN coordinates) becomes `null`; other empty geometries keep empty
 * coordinate arrays, for validation to name.
 *
 * Every count is checked against the bytes actually present before anything is allocated, so a
 * damaged or hostile blob claiming four billion rings ends at once with a {@link WkbError}. Curve
 * types (CircularString, CurvePolygon, MultiSurface, …) and TIN/PolyhedralSurface are a
 * {@link WkbError} with `unsupported: true`: they have no GeoJSON form.
 *
 * @param bytes The blob; decoding starts at `offset` and must end exactly at its end.
 * @param offset Where the WKB starts (after a GeoPackage header, for instance).
 * @returns The geometry, or null for an empty Point.
 * @throws WkbError naming what is wrong and the byte where it was found.
 * @example
 * // POINT (46 40), little-endian
 * const bytes = new Uint8Array([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 71, 64, 0, 0, 0, 0, 0, 0, 68, 64]);
 * decodeWkb(bytes); // { type: 'Point', coordinates: [46, 40] }
 */
export function decodeWkb(bytes: Uint8Array, offset = 0): Geometry | null {
  const reader = new WkbReader(bytes, offset);
  const geometry = reader.geometry(0);
  if (reader.offset !== bytes.length) {
    throw new WkbError(`${bytes.length - reader.offset} bytes follow the geometry, where the blob should end`, false);
  }
  return geometry;
}

/** Why a WKB blob could not be decoded. */
export class WkbError extends Error {
  /** True for valid WKB of a type GeoJSON cannot hold (curves, surfaces); false for damaged bytes. */
  readonly unsupported: boolean;

  constructor(message: string, unsupported: boolean) {
    super(message);
    this.name = 'WkbError';
    this.unsupported = unsupported;
  }
}

// The smallest encodings, used to reject counts that the remaining bytes cannot hold.
const BYTES_PER_ORDINATE = 8;
const COUNT_BYTES = 4;
const HEADER_BYTES = 5;
// Collections nest (a GeometryCollection inside one); real data nests one or two levels.
const MAX_NESTING = 32;

const ISO_DIMENSION_STEP = 1000;
const EWKB_Z = 0x80000000;
const EWKB_M = 0x40000000;
const EWKB_SRID = 0x20000000;
const EWKB_FLAGS = EWKB_Z | EWKB_M | EWKB_SRID;

const TYPE_NAMES: Readonly<Record<number, string>> = {
  8: 'CircularString',
  9: 'CompoundCurve',
  10: 'CurvePolygon',
  11: 'MultiCurve',
  12: 'MultiSurface',
  13: 'Curve',
  14: 'Surface',
  15: 'PolyhedralSurface',
  16: 'TIN',
  17: 'Triangle',
};

class WkbReader {
  offset: number;
  private readonly view: DataView;
  private littleEndian = true;
  private ordinates = 2;
  private hasZ = false;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = start;
  }

  geometry(depth: number): Geometry | null {
    if (depth > MAX_NESTING) throw new WkbError(`geometries nest more than ${MAX_NESTING} levels deep`, false);
    const at = this.offset;
    this.need(HEADER_BYTES, 'a geometry header');
    const order = this.bytes[this.offset++];
    if (order !== 0 && order !== 1) throw new WkbError(`byte ${at} should give the byte order (0 or 1) but is ${order}`, false);
    this.littleEndian = order === 1;
    let code = this.view.getUint32(this.offset, this.littleEndian);
    this.offset += COUNT_BYTES;
    let hasZ = (code & EWKB_Z) !== 0;
    let hasM = (code & EWKB_M) !== 0;
    if ((code & EWKB_SRID) !== 0) {
      this.need(COUNT_BYTES, 'an SRID');
      this.offset += COUNT_BYTES;
    }
    code = (code & ~EWKB_FLAGS) >>> 0;
    const dimension = Math.floor(code / ISO_DIMENSION_STEP);
    const type = code % ISO_DIMENSION_STEP;
    if (dimension > 3) throw new WkbError(`byte ${at}: ${code} is not a WKB geometry type`, false);
    hasZ ||= dimension === 1 || dimension === 3;
    hasM ||= dimension === 2 || dimension === 3;
    this.hasZ = hasZ;
    this.ordinates = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);

    switch (type) {
      case 1: {
        const position = this.position();
        return position.some(Number.isNaN) ? null : { type: 'Point', coordinates: position };
      }
      case 2:
        return { type: 'LineString', coordinates: this.positions() };
      case 3:
        return { type: 'Polygon', coordinates: this.rings() };
      case 4:
        return { type: 'MultiPoint', coordinates: this.parts(1, 'Point', depth).map((part) => (part as { coordinates: Position }).coordinates) };
      case 5:
        return { type: 'MultiLineString', coordinates: this.parts(2, 'LineString', depth).map((part) => (part as { coordinates: Position[] }).coordinates) };
      case 6:
        return { type: 'MultiPolygon', coordinates: this.parts(3, 'Polygon', depth).map((part) => (part as { coordinates: Position[][] }).coordinates) };
      case 7: {
        const count = this.count(HEADER_BYTES, 'geometries');
        const geometries: Geometry[] = [];
        for (let index = 0; index < count; index++) {
          const member = this.geometry(depth + 1);
          if (member !== null) geometries.push(member);
        }
        return { type: 'GeometryCollection', geometries };
      }
      default: {
        const name = TYPE_NAMES[type];
        if (name) throw new WkbError(`it is a ${name}, which GeoJSON cannot hold; convert curves to polygons in your GIS (e.g. ogr2ogr -nlt MULTIPOLYGON)`, true);
        throw new WkbError(`byte ${at}: ${code} is not a WKB geometry type`, false);
      }
    }
  }

  // Members of a Multi geometry are whole WKB geometries of one type, each with its own header.
  private parts(expected: number, name: string, depth: number): Array<Geometry | null> {
    const count = this.count(HEADER_BYTES, `${name}s`);
    const parts: Array<Geometry | null> = [];
    for (let index = 0; index < count; index++) {
      const at = this.offset;
      const part = this.geometry(depth + 1);
      const code = this.lastType(at);
      if (code !== expected) throw new WkbError(`byte ${at}: a member of a Multi${name} is not a ${name}`, false);
      // An empty Point member has no GeoJSON form inside a MultiPoint; it is left out.
      if (part !== null) parts.push(part);
    }
    return parts;
  }

  private lastType(at: number): number {
    const code = (this.view.getUint32(at + 1, this.bytes[at] === 1) & ~EWKB_FLAGS) >>> 0;
    return code % ISO_DIMENSION_STEP;
  }

  private rings(): Position[][] {
    const count = this.count(COUNT_BYTES, 'rings');
    const rings: Position[][] = [];
    for (let index = 0; index < count; index++) rings.push(this.positions());
    return rings;
  }

  private positions(): Position[] {
    const count = this.count(this.ordinates * BYTES_PER_ORDINATE, 'points');
    const positions: Position[] = [];
    for (let index = 0; index < count; index++) positions.push(this.position());
    return positions;
  }

  private position(): Position {
    this.need(this.ordinates * BYTES_PER_ORDINATE, 'a point');
    const x = this.view.getFloat64(this.offset, this.littleEndian);
    const y = this.view.getFloat64(this.offset + BYTES_PER_ORDINATE, this.littleEndian);
    const position = this.hasZ ? [x, y, this.view.getFloat64(this.offset + 2 * BYTES_PER_ORDINATE, this.littleEndian)] : [x, y];
    this.offset += this.ordinates * BYTES_PER_ORDINATE;
    return position;
  }

  // A count whose items, at their smallest, would not fit in the bytes left is a lie.
  private count(minimumItemBytes: number, what: string): number {
    this.need(COUNT_BYTES, `a count of ${what}`);
    const count = this.view.getUint32(this.offset, this.littleEndian);
    const at = this.offset;
    this.offset += COUNT_BYTES;
    const left = this.bytes.length - this.offset;
    if (count * minimumItemBytes > left) {
      throw new WkbError(`byte ${at} claims ${count} ${what}, but only ${left} bytes follow`, false);
    }
    return count;
  }

  private need(byteCount: number, what: string): void {
    if (this.offset + byteCount > this.bytes.length) {
      throw new WkbError(`the blob ends at byte ${this.bytes.length}, in the middle of ${what}`, false);
    }
  }
}
