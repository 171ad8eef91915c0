import type { Geometry, Position } from 'geojson';

/**
 * Parses Well-Known Text (OGC Simple Features; what `ogr2ogr -f CSV -lco GEOMETRY=AS_WKT`, QGIS and
 * PostGIS's `ST_AsText` write) into a GeoJSON geometry: POINT, LINESTRING, POLYGON, their MULTI
 * forms and GEOMETRYCOLLECTION, with `Z`, `M` or `ZM` (Z kept, M dropped), `EMPTY` anywhere, either
 * MULTIPOINT spelling (`(1 2, 3 4)` or `((1 2), (3 4))`), any case, and a PostGIS `SRID=n;` prefix
 * (returned as `srid`). `POINT EMPTY` is a null geometry; other empty geometries keep empty
 * coordinate arrays, for validation to name.
 *
 * One pass over the text, no regular expression and no recursion deeper than the nesting of the
 * text itself (bounded), so a hostile cell costs time in proportion to its length.
 *
 * @param text One WKT geometry.
 * @returns The geometry (null for POINT EMPTY) and the SRID of an EWKT prefix, if any.
 * @throws WktError naming the character where the text stops being WKT and what was expected.
 * @example
 * parseWkt('POLYGON ((46 40, 46.01 40, 46 40.01, 46 40))').geometry;
 * // { type: 'Polygon', coordinates: [[[46, 40], [46.01, 40], [46, 40.01], [46, 40]]] }
 */
export function parseWkt(text: string): { geometry: Geometry | null; srid: number | null } {
  const parser = new WktParser(text);
  const srid = parser.srid();
  const geometry = parser.geometry(0);
  parser.end();
  return { geometry, srid };
}

/** Why a WKT text could not be parsed; `position` is the 1-based character where it went wrong. */
export class WktError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'WktError';
    this.position = position;
  }
}

const MAX_NESTING = 32;
const TYPES = ['POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON', 'GEOMETRYCOLLECTION'] as const;
type WktType = (typeof TYPES)[number];

class WktParser {
  private at = 0;
  // Numbers per position: 2, 3 (Z or M) or 4 (ZM).
  private ordinates = 2;
  // Set for "M" geometries, whose third number is a measure and is dropped.
  private measured = false;

  constructor(private readonly text: string) {}

  srid(): number | null {
    this.space();
    if (this.text.slice(this.at, this.at + 5).toUpperCase() !== 'SRID=') return null;
    this.at += 5;
    const start = this.at;
    while (this.at < this.text.length && isDigit(this.text.charCodeAt(this.at))) this.at++;
    if (start === this.at || this.text[this.at] !== ';') this.fail('an SRID number and ";"');
    const srid = Number(this.text.slice(start, this.at));
    this.at++;
    return srid;
  }

  geometry(depth: number): Geometry | null {
    if (depth > MAX_NESTING) this.fail(`at most ${MAX_NESTING} levels of nesting`);
    this.space();
    const word = this.word();
    const type = TYPES.find((candidate) => candidate === word);
    if (type === undefined) {
      this.at -= word.length;
      this.fail(`a geometry type (${TYPES.join(', ')})${word ? `, not ${word}` : ''}`);
    }
    this.dimension();
    if (this.empty()) return emptyGeometry(type);
    switch (type) {
      case 'POINT': {
        this.open();
        const position = this.position();
        this.close();
        return { type: 'Point', coordinates: position };
      }
      case 'LINESTRING':
        return { type: 'LineString', coordinates: this.positions() };
      case 'POLYGON':
        return { type: 'Polygon', coordinates: this.list(() => this.positions()) };
      case 'MULTIPOINT':
        return { type: 'MultiPoint', coordinates: this.list(() => this.multiPointMember()).filter((position): position is Position => position !== null) };
      case 'MULTILINESTRING':
        return { type: 'MultiLineString', coordinates: this.list(() => (this.empty() ? [] : this.positions())) };
      case 'MULTIPOLYGON':
        return { type: 'MultiPolygon', coordinates: this.list(() => (this.empty() ? [] : this.list(() => this.positions()))) };
      case 'GEOMETRYCOLLECTION': {
        const members = this.list(() => this.geometry(depth + 1));
        return { type: 'GeometryCollection', geometries: members.filter((member): member is Geometry => member !== null) };
      }
    }
  }

  end(): void {
    this.space();
    if (this.at < this.text.length) this.fail('the end of the geometry');
  }

  // A MULTIPOINT member is written bare ("1 2") or in parentheses ("(1 2)"), or EMPTY.
  private multiPointMember(): Position | null {
    this.space();
    if (this.empty()) return null;
    if (this.text[this.at] !== '(') return this.position();
    this.open();
    const position = this.position();
    this.close();
    return position;
  }

  private positions(): Position[] {
    return this.list(() => this.position());
  }

  // "(" item ("," item)* ")"
  private list<T>(item: () => T): T[] {
    this.open();
    const items: T[] = [item()];
    for (;;) {
      this.space();
      const character = this.text[this.at];
      if (character === ',') {
        this.at++;
        items.push(item());
      } else if (character === ')') {
        this.at++;
        return items;
      } else this.fail('"," or ")"');
    }
  }

  private position(): Position {
    const x = this.number();
    const y = this.number();
    const extra: number[] = [];
    for (let index = 2; index < this.ordinates; index++) extra.push(this.number());
    // Untagged positions with three or four numbers (PostGIS EWKT, some exporters) are XYZ and XYZM.
    if (this.ordinates === 2) {
      this.space();
      while (extra.length < 2 && this.startsNumber()) {
        extra.push(this.number());
        this.space();
      }
    }
    return this.measured || extra.length === 0 ? [x, y] : [x, y, extra[0]];
  }

  private number(): number {
    this.space();
    const start = this.at;
    while (this.at < this.text.length && isNumberCharacter(this.text.charCodeAt(this.at))) this.at++;
    const value = start === this.at ? Number.NaN : Number(this.text.slice(start, this.at));
    if (!Number.isFinite(value)) {
      this.at = start;
      this.fail('a number');
    }
    return value;
  }

  private startsNumber(): boolean {
    const code = this.text.charCodeAt(this.at);
    return isDigit(code) || code === MINUS || code === PLUS || code === DOT;
  }

  // "Z", "M", "ZM" or nothing after the type; sets how many numbers make a position.
  private dimension(): void {
    this.space();
    const start = this.at;
    const word = this.word();
    if (word === 'Z') this.ordinates = 3;
    else if (word === 'M') this.ordinates = 3;
    else if (word === 'ZM') this.ordinates = 4;
    else {
      this.at = start;
      this.ordinates = 2;
    }
    this.measured = word === 'M';
  }

  private empty(): boolean {
    this.space();
    const start = this.at;
    if (this.word() === 'EMPTY') return true;
    this.at = start;
    return false;
  }

  private open(): void {
    this.space();
    if (this.text[this.at] !== '(') this.fail('"("');
    this.at++;
  }

  private close(): void {
    this.space();
    if (this.text[this.at] !== ')') this.fail('")"');
    this.at++;
  }

  private word(): string {
    const start = this.at;
    while (this.at < this.text.length && isLetter(this.text.charCodeAt(this.at))) this.at++;
    return this.text.slice(start, this.at).toUpperCase();
  }

  private space(): void {
    while (this.at < this.text.length && isSpace(this.text.charCodeAt(this.at))) this.at++;
  }

  private fail(expected: string): never {
    const found = this.at >= this.text.length ? 'the end of the text' : `"${this.text.slice(this.at, this.at + QUOTED_CHARACTERS)}"`;
    throw new WktError(`expected ${expected} at character ${this.at + 1}, found ${found}`, this.at + 1);
  }
}

// Enough of the text after an error to find the place.
const QUOTED_CHARACTERS = 12;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;

function emptyGeometry(type: WktType): Geometry | null {
  switch (type) {
    case 'POINT':
      return null;
    case 'LINESTRING':
      return { type: 'LineString', coordinates: [] };
    case 'POLYGON':
      return { type: 'Polygon', coordinates: [] };
    case 'MULTIPOINT':
      return { type: 'MultiPoint', coordinates: [] };
    case 'MULTILINESTRING':
      return { type: 'MultiLineString', coordinates: [] };
    case 'MULTIPOLYGON':
      return { type: 'MultiPolygon', coordinates: [] };
    case 'GEOMETRYCOLLECTION':
      return { type: 'GeometryCollection', geometries: [] };
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// Digits, sign, decimal point and exponent: Number() then decides whether the run is a number.
function isNumberCharacter(code: number): boolean {
  return isDigit(code) || code === MINUS || code === PLUS || code === DOT || code === 0x65 || code === 0x45;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
