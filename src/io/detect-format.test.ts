import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';

const bytes = (text: string, length = 100): Uint8Array => {
  const out = new Uint8Array(Math.max(length, text.length));
  out.set([...text].map((character) => character.charCodeAt(0)));
  return out;
};

function sqlite(applicationId: string): Uint8Array {
  const header = bytes('SQLite format 3\0');
  header.set(bytes(applicationId, 4), 68);
  return header;
}

describe('detectFormat', () => {
  it('recognises what cleared-land reads by its first bytes', () => {
    expect(detectFormat(sqlite('GPKG'))).toEqual({ kind: 'geopackage' });
    expect(detectFormat(sqlite('GP11'))).toEqual({ kind: 'geopackage' });
    expect(detectFormat(bytes('fgb\x03fgb\x01'))).toEqual({ kind: 'flatgeobuf' });
    expect(detectFormat(bytes('PK\x03\x04'))).toEqual({ kind: 'zip' });
    expect(detectFormat(bytes('\x1f\x8b\x08'))).toEqual({ kind: 'gzip' });
    expect(detectFormat(new TextEncoder().encode('WKT,id\n'))).toEqual({ kind: 'text' });
  });

  it('names, in one sentence, the formats it does not read', () => {
    const problem = (input: Uint8Array) => {
      const detected = detectFormat(input);
      return detected.kind === 'unsupported' ? detected.problem : detected.kind;
    };
    expect(problem(sqlite('\0\0\0\0'))).toMatch(/^is an SQLite database but not a GeoPackage/);
    expect(problem(bytes('%PDF-1.7'))).toMatch(/^is a PDF document, not map data;/);
    expect(problem(bytes('\x89PNG\r\n'))).toMatch(/^is a PNG image/);
    expect(problem(bytes('II*\0'))).toMatch(/^is a TIFF image or GeoTIFF raster/);
    expect(problem(bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'))).toMatch(/^is an old Microsoft Office file/);
    expect(problem(bytes('PAR1'))).toMatch(/^is a Parquet \(GeoParquet\) file/);
    expect(problem(bytes('\0\0\x27\x0a'))).toMatch(/^is a bare \.shp \(or \.shx\) file/);
  });

  it('takes a dBASE header for a bare .dbf only when its date and header length are plausible', () => {
    // Version 3, last updated 2024-05-25, 2 records, a header of 32 + 2 × 32 + 1 bytes.
    const dbf = new Uint8Array(100);
    dbf.set([0x03, 124, 5, 25, 2, 0, 0, 0, 97, 0]);
    expect(detectFormat(dbf)).toMatchObject({ kind: 'unsupported', problem: expect.stringMatching(/^is a bare \.dbf file/) });
    dbf[2] = 13;
    expect(detectFormat(dbf)).toEqual({ kind: 'text' });
  });
});
