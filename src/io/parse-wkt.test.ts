import { describe, expect, it } from 'vitest';
import { parseWkt } from './parse-wkt.js';

const TRIANGLE = [[[0, 0], [1, 0], [0, 1], [0, 0]]];

describe('parseWkt', () => {
  it('reads POLYGON and MULTIPOLYGON as GDAL writes them, in any case and spacing', () => {
    expect(parseWkt('POLYGON ((0 0,1 0,0 1,0 0))').geometry).toEqual({ type: 'Polygon', coordinates: TRIANGLE });
    expect(parseWkt('  multipolygon(((0 0, 1 0, 0 1, 0 0)),((0 0,1 0,0 1,0 0)))\n').geometry).toEqual({ type: 'MultiPolygon', coordinates: [TRIANGLE, TRIANGLE] });
    expect(parseWkt('POLYGON ((0 0,1e1 0,0 -2.5E-1,0 0))').geometry).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [0, -0.25], [0, 0]]] });
  });

  it('keeps Z, drops M, and reads untagged third numbers as Z', () => {
    const withZ = { type: 'Polygon', coordinates: [[[0, 0, 7], [1, 0, 7], [0, 1, 7], [0, 0, 7]]] };
    expect(parseWkt('POLYGON Z ((0 0 7,1 0 7,0 1 7,0 0 7))').geometry).toEqual(withZ);
    expect(parseWkt('POLYGON ZM ((0 0 7 9,1 0 7 9,0 1 7 9,0 0 7 9))').geometry).toEqual(withZ);
    expect(parseWkt('POLYGON((0 0 7,1 0 7,0 1 7,0 0 7))').geometry).toEqual(withZ);
    expect(parseWkt('POLYGON M ((0 0 9,1 0 9,0 1 9,0 0 9))').geometry).toEqual({ type: 'Polygon', coordinates: TRIANGLE });
  });

  it('reads EMPTY wherever it may stand', () => {
    expect(parseWkt('POINT EMPTY').geometry).toBeNull();
    expect(parseWkt('POLYGON EMPTY').geometry).toEqual({ type: 'Polygon', coordinates: [] });
    expect(parseWkt('MULTIPOLYGON Z EMPTY').geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
    expect(parseWkt('MULTIPOLYGON (((0 0,1 0,0 1,0 0)), EMPTY)').geometry).toEqual({ type: 'MultiPolygon', coordinates: [TRIANGLE, []] });
    expect(parseWkt('MULTIPOINT ((1 2), EMPTY, 3 4)').geometry).toEqual({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] });
  });

  it('reads a PostGIS SRID prefix and geometry collections', () => {
    expect(parseWkt('SRID=32638;POINT (500000 4400000)')).toEqual({ geometry: { type: 'Point', coordinates: [500000, 4400000] }, srid: 32638 });
    expect(parseWkt('GEOMETRYCOLLECTION (POINT (1 2), POLYGON ((0 0,1 0,0 1,0 0)))').geometry).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'Polygon', coordinates: TRIANGLE }],
    });
  });

  it('says where the text stops being WKT and what was expected', () => {
    expect(() => parseWkt('POLYGON ((0 0,1 0,0 1,0 0)')).toThrow('expected "," or ")" at character 27, found the end of the text');
    expect(() => parseWkt('POLYGON ((0 0,1 x,0 1,0 0))')).toThrow('expected a number at character 17, found "x,0 1,0 0))"');
    expect(() => parseWkt('CIRCULARSTRING (0 0,1 1,2 0)')).toThrow('expected a geometry type');
    expect(() => parseWkt('POLYGON ((0 0,1 0,0 1,0 0)) junk')).toThrow('expected the end of the geometry at character 29');
  });

  it('bounds nesting, so a hostile cell cannot exhaust the stack', () => {
    const deep = 'GEOMETRYCOLLECTION ('.repeat(100) + 'POINT (1 2)' + ')'.repeat(100);
    expect(() => parseWkt(deep)).toThrow('at most 32 levels of nesting');
  });

  it('reads a megabyte of coordinates in linear time and fails fast on a megabyte of digits', () => {
    const ring = Array.from({ length: 60_000 }, (_, index) => `${index % 7} ${index % 5}`).join(',');
    expect((parseWkt(`POLYGON ((${ring}))`).geometry as { coordinates: number[][][] }).coordinates[0]).toHaveLength(60_000);
    expect(() => parseWkt(`POLYGON ((${'1'.repeat(1_000_000)}x`)).toThrow('expected a number');
  });
});
