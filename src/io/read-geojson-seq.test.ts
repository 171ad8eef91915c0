import { describe, expect, test } from 'vitest';
import { readGeoJsonSeq } from './read-geojson-seq.js';

const point = (longitude: number) => ({ type: 'Feature', properties: { n: longitude }, geometry: { type: 'Point', coordinates: [longitude, 40] } });
const line = (value: unknown) => JSON.stringify(value);

describe('readGeoJsonSeq', () => {
  test('reads RFC 8142 records, skipping empty ones, wrapping bare geometries', () => {
    const text = `\x1e${line(point(46))}\n\x1e\n\x1e${line({ type: 'Point', coordinates: [47, 40] })}\n`;
    expect(readGeoJsonSeq(text, 'a.geojsons')).toEqual({
      format: 'geojson-seq',
      features: [point(46), { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [47, 40] } }],
      declaredCrs: null,
      reprojected: false,
      issues: [],
    });
  });

  test('reads a pretty-printed record spanning lines, and names the line where a bad record starts', () => {
    const text = `\x1e${JSON.stringify(point(46), null, 2)}\n\x1e{"type": "Feature",\n "properties": {}\n}}\n`;
    const parsed = readGeoJsonSeq(text, 'b.geojsons');
    expect(parsed?.features).toEqual([point(46), null]);
    expect(parsed?.issues.map((issue) => [issue.code, issue.feature, issue.message])).toEqual([
      [
        'invalid-json',
        1,
        "b.geojsons, feature 1 (line 14) is not valid JSON (Unexpected non-whitespace character after JSON at character 40 of the record); fix or remove that record — the other features were read.",
      ],
    ]);
  });

  test('reads newline-delimited features with CRLF line ends and blank lines, counting only records', () => {
    const text = `${line(point(46))}\r\n\r\n${line(point(47))}\r\n{broken\r\n${line(point(48))}`;
    const parsed = readGeoJsonSeq(text, 'c.ndjson');
    expect(parsed?.features).toEqual([point(46), point(47), null, point(48)]);
    expect(parsed?.issues).toEqual([
      {
        code: 'invalid-json',
        severity: 'error',
        feature: 2,
        id: null,
        message:
          "c.ndjson, feature 2 (line 4) is not valid JSON (Expected property name or '}' at character 2 of the record); fix or remove that record — the other features were read.",
      },
    ]);
  });

  test('reports a record that is valid JSON but not a feature as not-geojson, with its line', () => {
    const collection = { type: 'FeatureCollection', features: [] };
    const parsed = readGeoJsonSeq(`${line(point(46))}\n${line(collection)}\n`, 'd.ndjson');
    expect(parsed?.features).toEqual([point(46), null]);
    expect(parsed?.issues[0]).toMatchObject({ code: 'not-geojson', feature: 1 });
    expect(parsed?.issues[0].message).toBe(
      'd.ndjson, feature 1 (line 2) is an object with "type": "FeatureCollection", not a Feature; give it "type": "Feature" with "geometry" and "properties", or remove it.',
    );
  });

  test('keeps a sequence whose lines are half bad, but not a broken pretty-printed document', () => {
    expect(readGeoJsonSeq(`${line(point(46))}\nnot json\n`, 'e.ndjson')?.features).toEqual([point(46), null]);
    const brokenDocument = `{"type": "FeatureCollection", "features": [\n${line(point(46))},\n${line(point(47))}\n}`;
    expect(readGeoJsonSeq(brokenDocument, 'f.geojson')).toBeNull();
    expect(readGeoJsonSeq('{"type": "Feature",', 'g.geojson')).toBeNull();
  });

  test('a sequence of nothing but separators is empty', () => {
    const parsed = readGeoJsonSeq('\x1e\n\x1e\n', 'h.geojsons');
    expect(parsed?.features).toEqual([]);
    expect(parsed?.issues).toEqual([
      { code: 'empty', severity: 'error', feature: null, id: null, message: 'h.geojsons is a GeoJSON text sequence with no records; there is nothing to measure.' },
    ]);
  });
});
