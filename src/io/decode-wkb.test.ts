import { describe, expect, it } from 'vitest';
import { decodeWkb, WkbError } from './decode-wkb.js';

// WKB written by hand, byte by byte, from the OGC Simple Features layout.
function wkb(littleEndian: boolean, type: number, body: Array<['u32', number] | ['f64', number]>): Uint8Array {
  const size = 5 + body.reduce((total, [kind]) => total + (kind === 'u32' ? 4 : 8), 0);
  const view = new DataView(new ArrayBuffer(size));
  view.setUint8(0, littleEndian ? 1 : 0);
  view.setUint32(1, type, littleEndian);
  let at = 5;
  for (const [kind, value] of body) {
    if (kind === 'u32') view.setUint32(at, value, littleEndian);
    else view.setFloat64(at, value, littleEndian);
    at += kind === 'u32' ? 4 : 8;
  }
  return new Uint8Array(view.buffer);
}

const u32 = (value: number): ['u32', number] => ['u32', value];
const f64 = (...values: number[]): Array<['f64', number]> => values.map((value) => ['f64', value]);
const TRIANGLE = [0, 0, 1, 0, 0, 1, 0, 0];

describe('decodeWkb', () => {
  it('reads a polygon in either byte order', () => {
    for (const littleEndian of [true, false]) {
      expect(decodeWkb(wkb(littleEndian, 3, [u32(1), u32(4), ...f64(...TRIANGLE)]))).toEqual({
        type: 'Polygon',
        coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]],
      });
    }
  });

  it('keeps Z and drops M, in the ISO and the EWKB (with SRID) spellings', () => {
    const xyzm = [0, 0, 5, 9, 1, 0, 5, 9, 0, 1, 5, 9, 0, 0, 5, 9];
    const expected = { type: 'Polygon', coordinates: [[[0, 0, 5], [1, 0, 5], [0, 1, 5], [0, 0, 5]]] };
    expect(decodeWkb(wkb(true, 3003, [u32(1), u32(4), ...f64(...xyzm)]))).toEqual(expected);
    expect(decodeWkb(wkb(true, (0xe0000003 >>> 0), [u32(32638), u32(1), u32(4), ...f64(...xyzm)]))).toEqual(expected);
    const xym = [0, 0, 9, 1, 0, 9, 0, 1, 9, 0, 0, 9];
    expect(decodeWkb(wkb(false, 2003, [u32(1), u32(4), ...f64(...xym)]))).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] });
  });

  it('reads a MultiPolygon whose members carry their own headers', () => {
    const member = wkb(false, 3, [u32(1), u32(4), ...f64(...TRIANGLE)]);
    const head = wkb(true, 6, [u32(2)]);
    const bytes = new Uint8Array([...head, ...member, ...member]);
    expect(decodeWkb(bytes)).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [0, 1], [0, 0]]], [[[0, 0], [1, 0], [0, 1], [0, 0]]]] });
  });

  it('gives null for an empty point and empty arrays for an empty polygon', () => {
    expect(decodeWkb(wkb(true, 1, f64(Number.NaN, Number.NaN)))).toBeNull();
    expect(decodeWkb(wkb(true, 3, [u32(0)]))).toEqual({ type: 'Polygon', coordinates: [] });
  });

  it('rejects a count the bytes cannot hold at once, without allocating for it', () => {
    expect(() => decodeWkb(wkb(true, 3, [u32(4_000_000_000)]))).toThrow('claims 4000000000 rings, but only 0 bytes follow');
    expect(() => decodeWkb(wkb(true, 3, [u32(1), u32(100), ...f64(0, 0)]))).toThrow('claims 100 points, but only 16 bytes follow');
  });

  it('names curve types as unsupported and damaged bytes as damaged', () => {
    const curve = (() => {
      try {
        decodeWkb(wkb(true, 10, [u32(0)]));
      } catch (error) {
        return error as WkbError;
      }
    })();
    expect(curve).toBeInstanceOf(WkbError);
    expect(curve?.unsupported).toBe(true);
    expect(curve?.message).toContain('CurvePolygon');
    expect(() => decodeWkb(new Uint8Array([7, 1, 0, 0, 0]))).toThrow('should give the byte order');
    expect(() => decodeWkb(new Uint8Array([...wkb(true, 1, f64(1, 2)), 0]))).toThrow('1 bytes follow the geometry');
  });
});
