import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { storedZip } from '../../test/fixtures/stored-zip.js';
import { loadZones } from './load-zones.js';
import { parseInput } from './parse-input.js';

const encode = (text: string) => new TextEncoder().encode(text);
const collection = (ids: string[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: ids.map((id, index) => ({
      type: 'Feature',
      properties: { id, status: 'cleared' },
      geometry: { type: 'Polygon', coordinates: [[[46 + index, 40], [46.01 + index, 40], [46 + index, 40.01], [46 + index, 40]]] },
    })),
  });

describe('archives without a shapefile', () => {
  test('a KMZ made by another zip writer (deflated doc.kml and a photo) is read as its KML', async () => {
    // test/fixtures/make-kmz-fixture.py, with Python's zipfile.
    const kmz = new Uint8Array(readFileSync(new URL('../../test/fixtures/field-walk.kmz', import.meta.url)));
    const result = await loadZones(kmz, { fileName: 'field-walk.kmz' });
    expect(result.format).toBe('kml');
    expect(result.zones.map((zone) => [zone.properties.source.name, zone.properties.status, zone.properties.uxo])).toEqual([
      ['T-0042', 'cleared', 4],
      ['H-7', 'suspected', 0],
    ]);
    expect(result.rejected).toBe(0);
  });

  test('an archive of one GeoJSON file is read as that file; messages name the file inside', async () => {
    const archive = storedZip([{ name: 'export/zones.geojson', bytes: encode(collection(['A', 'B'])) }, { name: 'readme.txt', bytes: encode('hi') }]);
    const parsed = await parseInput(archive, 'export.zip');
    expect(parsed.format).toBe('geojson');
    expect(parsed.features.map((feature) => (feature as { properties: { id: string } }).properties.id)).toEqual(['A', 'B']);
    const broken = await parseInput(storedZip([{ name: 'zones.geojson', bytes: encode('{"type":') }]), 'export.zip');
    expect(broken.issues[0].message).toMatch(/^export\.zip\/zones\.geojson is not valid JSON/);
  });

  test('an archive of several GeoJSON files is not guessed at: the message lists them', async () => {
    const archive = storedZip([
      { name: 'a.geojson', bytes: encode(collection(['A'])) },
      { name: 'b.geojson', bytes: encode(collection(['B'])) },
    ]);
    const parsed = await parseInput(archive, 'two.zip');
    expect(parsed.features).toEqual([]);
    expect(parsed.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        'unreadable-file',
        'two.zip holds 2 files of zones (a.geojson, b.geojson) and no shapefile; cleared-land reads one file from an archive, so that none is left out unnoticed. Unzip it and load the files together (cleared-land report a.geojson b.geojson …).',
      ],
    ]);
  });

  test('an archive with nothing readable still lists what it holds', async () => {
    const parsed = await parseInput(storedZip([{ name: 'readme.txt', bytes: encode('hi') }]), 'data.zip');
    expect(parsed.issues[0].message).toBe(
      "data.zip is a zip archive without a shapefile (.shp) in it; it holds readme.txt. Zip the shapefile's .shp, .shx, .dbf and .prj together.",
    );
  });
});

describe('gzip', () => {
  test('a gzip-compressed GeoJSON file is read as the GeoJSON inside', async () => {
    const text = collection(['A', 'B', 'C']);
    const result = await loadZones(new Uint8Array(gzipSync(encode(text))), { fileName: 'zones.geojson.gz' });
    expect(JSON.stringify({ ...result, fileName: null })).toBe(JSON.stringify({ ...(await loadZones(text, { fileName: 'zones.geojson.gz' })), fileName: null }));
    expect(result.accepted).toBe(3);
  });

  test('a gzip-compressed KMZ is read too', async () => {
    const kmz = readFileSync(new URL('../../test/fixtures/field-walk.kmz', import.meta.url));
    const parsed = await parseInput(new Uint8Array(gzipSync(kmz)), 'walk.kmz.gz');
    expect(parsed.format).toBe('kml');
    expect(parsed.features).toHaveLength(2);
  });

  test('a gzip file cut short is unreadable, saying so', async () => {
    const gzipped = gzipSync(encode(collection(['A', 'B', 'C'])));
    const parsed = await parseInput(new Uint8Array(gzipped.subarray(0, gzipped.length - 12)), 'cut.geojson.gz');
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0].code).toBe('unreadable-file');
    expect(parsed.issues[0].message).toMatch(/^cut\.geojson\.gz is gzip-compressed but could not be decompressed \(.+\); it may have been cut short\. Download or export it again\.$/);
  });
});

describe('one level of archive', () => {
  const geojson = encode('{"type":"Polygon","coordinates":[[[46,40],[46.01,40],[46,40.01],[46,40]]]}');

  test('a zip inside a zip is named, not opened', async () => {
    const parsed = await parseInput(storedZip([{ name: 'inner.zip', bytes: storedZip([{ name: 'zones.geojson', bytes: geojson }]) }]), 'outer.zip');
    expect(parsed.issues.map((issue) => issue.message)).toEqual([
      'outer.zip holds inner.zip, an archive inside the archive, which cleared-land does not open (it reads one level of archive). Unzip outer.zip and load inner.zip itself.',
    ]);
  });

  test('a zip or gzip disguised as the GeoJSON inside a zip is not opened either', async () => {
    const parsed = await parseInput(storedZip([{ name: 'zones.geojson', bytes: new Uint8Array(gzipSync(geojson)) }]), 'outer.zip');
    expect(parsed.issues[0].message).toBe(
      'outer.zip/zones.geojson is gzip-compressed inside outer.zip; cleared-land opens one level of archive, so it was not opened. Unpack it and load what it holds.',
    );
  });

  test('a gzip inside a gzip is not opened', async () => {
    const parsed = await parseInput(new Uint8Array(gzipSync(gzipSync(geojson))), 'twice.geojson.gz');
    expect(parsed.issues.map((issue) => issue.code)).toEqual(['unreadable-file']);
    expect(parsed.issues[0].message).toMatch(/^twice\.geojson\.gz is gzip-compressed inside twice\.geojson\.gz;/);
  });
});

describe('archives that hold one file of another format, or an office document', () => {
  test('reads a GeoPackage, FlatGeobuf or CSV file zipped alone', async () => {
    const gpkg = readFileSync(new URL('../../test/fixtures/gdal/zones.gpkg', import.meta.url));
    const parsed = await parseInput(storedZip([{ name: 'zones.gpkg', bytes: new Uint8Array(gpkg) }]), 'export.zip');
    expect(parsed.format).toBe('geopackage');
    expect(parsed.features).toHaveLength(36);
    const csv = await parseInput(storedZip([{ name: 'zones.csv', bytes: encode('WKT,id\n"POLYGON ((46 40,46.01 40,46 40.01,46 40))",A\n') }]), 'export.zip');
    expect(csv.format).toBe('csv');
  });

  test('names an Excel workbook instead of calling it an archive without a shapefile', async () => {
    const xlsx = storedZip([{ name: '[Content_Types].xml', bytes: encode('<Types/>') }, { name: 'xl/workbook.xml', bytes: encode('<workbook/>') }]);
    expect((await parseInput(xlsx, 'zones.xlsx')).issues[0].message).toMatch(/^zones\.xlsx is an Excel workbook \(\.xlsx\), not map data; save the sheet as CSV with a WKT geometry column/);
  });
});
