import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDelimitedText } from './read-delimited-text.js';

const GDAL_CSV = readFileSync(new URL('../../test/fixtures/gdal/zones.csv', import.meta.url), 'utf8');
const TRIANGLE = [[[46, 40], [46.01, 40], [46, 40.01], [46, 40]]];

describe('readDelimitedText', () => {
  it('reads the CSV ogr2ogr writes with -lco GEOMETRY=AS_WKT, other columns as properties', () => {
    const parsed = readDelimitedText(GDAL_CSV, 'zones.csv')!;
    expect(parsed.format).toBe('csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.features).toHaveLength(36);
    expect(parsed.features[0]).toMatchObject({ properties: { id: 'AGD-001', status: 'cleared', apMines: '2' }, geometry: { type: 'Polygon' } });
    expect((parsed.features[0] as { properties: object }).properties).not.toHaveProperty('WKT');
  });

  it('reads semicolon and tab tables and finds the_geom, geom or a named column', () => {
    const semicolon = readDelimitedText('id;the_geom\nA;"POLYGON ((46 40,46.01 40,46 40.01,46 40))"\n', 'zones.txt')!;
    expect(semicolon.features[0]).toEqual({ type: 'Feature', properties: { id: 'A' }, geometry: { type: 'Polygon', coordinates: TRIANGLE } });
    const tab = readDelimitedText('footprint\tid\nPOLYGON ((46 40,46.01 40,46 40.01,46 40))\tA\n', 'zones.tsv', { geometryColumn: 'FOOTPRINT' })!;
    expect(tab.features[0]).toEqual({ type: 'Feature', properties: { id: 'A' }, geometry: { type: 'Polygon', coordinates: TRIANGLE } });
  });

  it('rejects a row whose cell is not WKT, naming the line, and keeps the others', () => {
    const parsed = readDelimitedText('WKT,id\n"POLYGON ((46 40,46.01 40,46 40.01,46 40))",A\n"POLYGON ((46 40,",B\n,C\n', 'zones.csv')!;
    expect(parsed.features).toHaveLength(3);
    expect(parsed.features[1]).toBeNull();
    expect(parsed.features[2]).toEqual({ type: 'Feature', properties: { id: 'C' }, geometry: null });
    expect(parsed.issues).toEqual([
      {
        code: 'unreadable-geometry',
        severity: 'error',
        feature: 1,
        id: null,
        message: 'zones.csv, feature 1 (line 3): the WKT cell is not Well-Known Text: expected a number at character 17, found the end of the text. The feature was rejected; fix the cell or export the file again.',
      },
    ]);
  });

  it('takes a common EWKT SRID as the declared CRS', () => {
    expect(readDelimitedText('geom\n"SRID=32638;POINT (500000 4400000)"\n', 'p.csv')!.declaredCrs).toBe('EPSG:32638');
  });

  it('names a table without a geometry column, and leaves text that is no table to the caller', () => {
    expect(readDelimitedText('id;status\nA;cleared\n', 'zones.csv')!.issues[0].message).toContain('has no WKT geometry column');
    expect(readDelimitedText('id,status\nA,cleared\n', 'zones.csv', { geometryColumn: 'shape' })!.issues[0].message).toContain('has no column "shape"; its columns are "id", "status"');
    expect(readDelimitedText('hello there', 'notes')).toBeNull();
    expect(readDelimitedText('a,b\n1,2,3\n', 'notes')).toBeNull();
  });

  it('does not pay a wide header for each short record', () => {
    const header = `WKT,${Array.from({ length: 200_000 }, (_, index) => `c${index}`).join(',')}`;
    const parsed = readDelimitedText(`${header}\n${'"POINT (1 2)"\n'.repeat(1000)}`, 'wide.csv')!;
    expect(parsed.features).toHaveLength(1000);
    expect(parsed.features[0]).toEqual({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } });
  });

  it('keeps the records before a quote that never closes and says where it opened', () => {
    const parsed = readDelimitedText('WKT,id\n"POLYGON ((46 40,46.01 40,46 40.01,46 40))",A\n"POLYGON ((46 40,B\n', 'zones.csv')!;
    expect(parsed.features).toHaveLength(1);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: 'unreadable-file', feature: null, message: expect.stringContaining('a quoted field opened on line 3 is never closed') }),
    ]);
  });
});
