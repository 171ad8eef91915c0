import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { write } from '@mapbox/shp-write';
import { storedZip } from '../../test/fixtures/stored-zip.js';
import { parseInput } from './parse-input.js';

const encode = (text: string) => new TextEncoder().encode(text);

const SQUARE = {
  type: 'Polygon',
  coordinates: [[[46, 40], [46.01, 40], [46.01, 40.01], [46, 40.01], [46, 40]]],
};
const FEATURE = { type: 'Feature', id: 'T-1', properties: { status: 'cleared' }, geometry: SQUARE };

describe('parseInput reads GeoJSON', () => {
  test('a FeatureCollection: every feature, in order, untouched', async () => {
    const second = { type: 'Feature', properties: { status: 'suspected' }, geometry: null };
    const parsed = await parseInput(encode(JSON.stringify({ type: 'FeatureCollection', features: [FEATURE, second] })), 'zones.geojson');
    expect(parsed).toEqual({ format: 'geojson', features: [FEATURE, second], declaredCrs: null, reprojected: false, issues: [] });
  });

  test('a single Feature', async () => {
    const parsed = await parseInput(encode(JSON.stringify(FEATURE)), 'zone.geojson');
    expect(parsed.features).toEqual([FEATURE]);
    expect(parsed.format).toBe('geojson');
  });

  test('a bare geometry, wrapped in a Feature with empty properties', async () => {
    const parsed = await parseInput(encode(JSON.stringify(SQUARE)), 'zone.json');
    expect(parsed.features).toEqual([{ type: 'Feature', properties: {}, geometry: SQUARE }]);
    expect(parsed.issues).toEqual([]);
  });

  test('text after a UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(JSON.stringify(FEATURE))]);
    expect((await parseInput(bytes, 'bom.geojson')).features).toEqual([FEATURE]);
  });

  test('UTF-16 text with its byte order mark, as Windows tools save "Unicode"', async () => {
    const text = JSON.stringify({ ...FEATURE, properties: { region: 'Ağdam' } });
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) {
      bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    const parsed = await parseInput(bytes, 'utf16.geojson');
    expect((parsed.features[0] as typeof FEATURE).properties).toEqual({ region: 'Ağdam' });
  });

  test('the legacy crs member as declaredCrs, in its named and EPSG forms', async () => {
    const named = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32638' } }, features: [FEATURE] };
    expect((await parseInput(encode(JSON.stringify(named)), 'utm.geojson')).declaredCrs).toBe('urn:ogc:def:crs:EPSG::32638');
    const epsg = { ...FEATURE, crs: { type: 'EPSG', properties: { code: 28408 } } };
    expect((await parseInput(encode(JSON.stringify(epsg)), 'gk.geojson')).declaredCrs).toBe('EPSG:28408');
  });

  test('warns about a crs member it cannot read, and keeps the features', async () => {
    const linked = { type: 'FeatureCollection', crs: { type: 'link', properties: { href: 'http://example.org/crs' } }, features: [FEATURE] };
    const parsed = await parseInput(encode(JSON.stringify(linked)), 'linked.geojson');
    expect(parsed.declaredCrs).toBeNull();
    expect(parsed.features).toEqual([FEATURE]);
    expect(parsed.issues).toEqual([
      {
        code: 'unsupported-crs',
        severity: 'warning',
        feature: null,
        id: null,
        message:
          'linked.geojson has a "crs" member cleared-land cannot read ({"type":"link","properties":{"href":"http://example.org/crs"}}), so it was ignored; if the coordinates are not WGS 84 longitude/latitude, give the CRS, e.g. --crs EPSG:32638.',
      },
    ]);
  });

  test('entries of "features" that are not objects: a not-geojson error each, null in place, others kept', async () => {
    const collection = { type: 'FeatureCollection', features: [FEATURE, 42, null, 'T-9', [46, 40], { type: 'Zone', id: 'Z-1' }, SQUARE] };
    const parsed = await parseInput(encode(JSON.stringify(collection)), 'mixed.geojson');
    expect(parsed.features).toEqual([FEATURE, null, null, null, null, null, { type: 'Feature', properties: {}, geometry: SQUARE }]);
    expect(parsed.issues.map(({ code, severity, feature, id }) => ({ code, severity, feature, id }))).toEqual([
      { code: 'not-geojson', severity: 'error', feature: 1, id: null },
      { code: 'not-geojson', severity: 'error', feature: 2, id: null },
      { code: 'not-geojson', severity: 'error', feature: 3, id: null },
      { code: 'not-geojson', severity: 'error', feature: 4, id: null },
      { code: 'not-geojson', severity: 'error', feature: 5, id: 'Z-1' },
    ]);
    expect(parsed.issues[0].message).toBe(
      'mixed.geojson, feature 1 is a JSON number (42), not a Feature object; replace it with {"type": "Feature", "geometry": …, "properties": {…}} or remove it.',
    );
    expect(parsed.issues[3].message).toContain('mixed.geojson, feature 4 is a JSON array of 2 items, not a Feature object');
    expect(parsed.issues[4].message).toBe(
      'mixed.geojson, feature 5 is an object with "type": "Zone", not a Feature; give it "type": "Feature" with "geometry" and "properties", or remove it.',
    );
  });

  test('a GeoJSON text sequence (RS-separated records)', async () => {
    const text = `\x1e${JSON.stringify(FEATURE)}\n\x1e${JSON.stringify(SQUARE)}\n`;
    const parsed = await parseInput(encode(text), 'zones.geojsons');
    expect(parsed.format).toBe('geojson-seq');
    expect(parsed.features).toEqual([FEATURE, { type: 'Feature', properties: {}, geometry: SQUARE }]);
  });

  test('newline-delimited features, one bad line reported by index and line, the others kept', async () => {
    const text = `${JSON.stringify(FEATURE)}\n{"type": "Feature", "properties": {}, "geometry": nul}\n${JSON.stringify(FEATURE)}\n`;
    const parsed = await parseInput(encode(text), 'zones.ndjson');
    expect(parsed.format).toBe('geojson-seq');
    expect(parsed.features).toEqual([FEATURE, null, FEATURE]);
    expect(parsed.issues).toEqual([
      {
        code: 'invalid-json',
        severity: 'error',
        feature: 1,
        id: null,
        message: "zones.ndjson, feature 1 (line 2) is not valid JSON (Unexpected token '}'); fix or remove that record — the other features were read.",
      },
    ]);
  });
});

describe('parseInput detects the format from the bytes, not the name', () => {
  test('KML named .geojson is read as KML', async () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Point><coordinates>46,40</coordinates></Point></Placemark></kml>';
    const parsed = await parseInput(encode(kml), 'mislabelled.geojson');
    expect(parsed.format).toBe('kml');
    expect(parsed.features).toEqual([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [46, 40] } }]);
  });

  test('GPX after white space and a byte order mark', async () => {
    const gpx = '\ufeff\n  <?xml version="1.0"?><gpx version="1.1" creator="test"><wpt lat="40" lon="46"/></gpx>';
    expect((await parseInput(encode(gpx), 'track.txt')).format).toBe('gpx');
  });

  test('a zip archive named .json is read as a zipped shapefile', async () => {
    let shp: DataView = new DataView(new ArrayBuffer(0));
    write([{ id: 'A' }], 'POINT', [[46, 40]], (_error: unknown, files: { shp: DataView }) => {
      shp = files.shp;
    });
    const zip = storedZip([{ name: 'points.shp', bytes: new Uint8Array(shp.buffer, shp.byteOffset, shp.byteLength) }]);
    const parsed = await parseInput(zip, 'export.json');
    expect(parsed.format).toBe('shapefile');
    expect((parsed.features[0] as { geometry: unknown }).geometry).toEqual({ type: 'Point', coordinates: [46, 40] });
  });

  test('a CSV with a byte order mark, and the UTF-16 tab-separated text Excel saves as "Unicode Text"', async () => {
    const table = 'WKT\tid\nPOLYGON ((46 40,46.01 40,46 40.01,46 40))\tA\n';
    const expected = [{ type: 'Feature', properties: { id: 'A' }, geometry: { type: 'Polygon', coordinates: [[[46, 40], [46.01, 40], [46, 40.01], [46, 40]]] } }];
    const withBom = await parseInput(encode('\ufeffWKT,id\n"POLYGON ((46 40,46.01 40,46 40.01,46 40))",A\n'), 'zones.csv');
    expect(withBom).toMatchObject({ format: 'csv', features: expected, issues: [] });
    const utf16 = new Uint8Array(2 + table.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < table.length; index++) utf16[2 + index * 2] = table.charCodeAt(index);
    expect(await parseInput(utf16, 'zones.txt')).toMatchObject({ format: 'csv', features: expected, issues: [] });
  });

  test('GeoPackage and FlatGeobuf files are recognised whatever they are called', async () => {
    const read = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/gdal/${name}`, import.meta.url)));
    expect((await parseInput(read('zones.gpkg'), 'zones.geojson')).format).toBe('geopackage');
    expect((await parseInput(read('zones.fgb'), 'zones')).format).toBe('flatgeobuf');
  });
});

describe('parseInput reports whole-file problems as issues, never throwing', () => {
  async function onlyIssue(text: string | Uint8Array, fileName: string) {
    const parsed = await parseInput(typeof text === 'string' ? encode(text) : text, fileName);
    expect(parsed.features).toEqual([]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ severity: 'error', feature: null, id: null });
    return { ...parsed.issues[0], format: parsed.format };
  }

  test('invalid-json names the line and column where parsing stopped, and the fix', async () => {
    const text = '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature" "geometry": null}\n  ]\n}';
    expect(await onlyIssue(text, 'broken.geojson')).toMatchObject({
      code: 'invalid-json',
      format: null,
      message:
        "broken.geojson is not valid JSON: Expected ',' or '}' after property value at line 4, column 24. Look for a missing comma, quote or bracket just before that point, or export the file again from your GIS.",
    });
  });

  test.each([
    // Cut after a bracket, inside a string, after a member name: V8 words each differently.
    [40, 'Unexpected end of JSON input'],
    [44, 'Unterminated string'],
    [47, "Expected ':' after property name"],
  ])('invalid-json says a file cut after %i characters ends too early', async (length, reason) => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [FEATURE] }).slice(0, length);
    const issue = await onlyIssue(text, 'cut.geojson');
    expect(issue.code).toBe('invalid-json');
    expect(issue.message).toBe(
      `cut.geojson is not valid JSON: ${reason}. The file ends too early: was the export or download cut short? Export or download it again.`,
    );
  });

  test('invalid-json for text that is no format at all says what it starts with', async () => {
    const issue = await onlyIssue('Survey notes\nT-1 cleared 1.5 ha\n', 'zones.dat');
    expect(issue).toMatchObject({
      code: 'invalid-json',
      message:
        'zones.dat is not GeoJSON, KML, GPX, a GeoPackage, FlatGeobuf, a CSV table with WKT or a zipped shapefile: it starts with "Survey notes T-1 cleared 1.5 h…". Export the zones from your GIS as GeoJSON, KML or a zipped shapefile.',
    });
  });

  test('unreadable-file for a CSV table without a WKT column, naming its columns and the flag', async () => {
    expect(await onlyIssue('id,status,area\nT-1,cleared,1.5\n', 'zones.csv')).toMatchObject({
      code: 'unreadable-file',
      message:
        'zones.csv is a ","-separated table that has no WKT geometry column (WKT, geometry, the_geom, geom); its columns are "id", "status", "area". Name the column that holds WKT with --field geometry=COLUMN (option fieldMap.geometry), or export with ogr2ogr -f CSV -lco GEOMETRY=AS_WKT.',
    });
  });

  test('not-geojson for a JSON array, suggesting a FeatureCollection', async () => {
    expect(await onlyIssue(JSON.stringify([FEATURE, FEATURE]), 'list.json')).toMatchObject({
      code: 'not-geojson',
      format: null,
      message:
        'list.json holds a JSON array of 2 items, not a GeoJSON object. If its items are features, wrap them: {"type": "FeatureCollection", "features": [ … ]}.',
    });
  });

  test('not-geojson for an object without a type, listing its members', async () => {
    expect(await onlyIssue(JSON.stringify({ features: [FEATURE], name: 'zones' }), 'untyped.json')).toMatchObject({
      code: 'not-geojson',
      message:
        'untyped.json holds a JSON object without a "type" member (its members are "features", "name"). It has a "features" array: add "type": "FeatureCollection".',
    });
    expect((await onlyIssue('{"rows": 3}', 'other.json')).message).toBe(
      'other.json holds a JSON object without a "type" member (its members are "rows"). GeoJSON needs "type": "FeatureCollection", "Feature" or a geometry type.',
    );
  });

  test('not-geojson for a JSON number, TopoJSON, an unknown type and a collection without a features array', async () => {
    expect((await onlyIssue('42', 'n.json')).message).toBe('n.json holds a JSON number (42), not a GeoJSON object.');
    expect((await onlyIssue('{"type": "Topology", "objects": {}, "arcs": []}', 'districts.topojson')).message).toBe(
      "districts.topojson is TopoJSON, not GeoJSON; convert it first (topojson-client's feature(), or mapshaper -o format=geojson).",
    );
    expect((await onlyIssue('{"type": "Zone"}', 'z.json')).message).toBe(
      'z.json has "type": "Zone", which is not a GeoJSON type; expected "FeatureCollection", "Feature" or a geometry type such as "Polygon".',
    );
    expect((await onlyIssue('{"type": "FeatureCollection", "features": {}}', 'fc.json')).message).toBe(
      'fc.json is a FeatureCollection whose "features" is a JSON object; it must be an array of Feature objects.',
    );
  });

  test('empty for a file of 0 bytes, of white space, or a FeatureCollection without features', async () => {
    expect(await onlyIssue(new Uint8Array(0), 'nothing.geojson')).toMatchObject({
      code: 'empty',
      message: 'nothing.geojson is empty (0 bytes); there is nothing to measure.',
    });
    expect(await onlyIssue(' \n\t\n', 'blank.geojson')).toMatchObject({ code: 'empty' });
    expect(await onlyIssue('{"type": "FeatureCollection", "features": []}', 'none.geojson')).toMatchObject({
      code: 'empty',
      format: 'geojson',
      message: 'none.geojson is a FeatureCollection with no features; there is nothing to measure.',
    });
  });

  test('unreadable-file for a bare .shp, a damaged gzip file and an SQLite database that is no GeoPackage, saying what to do', async () => {
    const shp = new Uint8Array(100);
    shp.set([0x00, 0x00, 0x27, 0x0a]);
    expect(await onlyIssue(shp, 'zones.shp')).toMatchObject({
      code: 'unreadable-file',
      message: 'zones.shp is a bare .shp (or .shx) file; zip it together with its .shx, .dbf and .prj and load the zip, so the attributes and CRS come along.',
    });
    expect((await onlyIssue(new Uint8Array([0x1f, 0x8b, 8, 0]), 'zones.geojson.gz')).message).toMatch(
      /^zones\.geojson\.gz is gzip-compressed but could not be decompressed \(.+\); it may have been cut short\./,
    );
    expect((await onlyIssue(encode('SQLite format 3\0rest'), 'zones.gpkg')).message).toContain('zones.gpkg is an SQLite database but not a GeoPackage');
  });

  test('throws, naming the argument, when given a string instead of bytes', async () => {
    await expect(parseInput('{}' as unknown as Uint8Array, 'x.json')).rejects.toThrow('parseInput: bytes must be a Uint8Array; got string');
  });
});
