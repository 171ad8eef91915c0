import { describe, expect, test } from 'vitest';
import { write, zip } from '@mapbox/shp-write';
import fixture from '../../test/fixtures/utm-points.json' with { type: 'json' };
import { storedZip } from '../../test/fixtures/stored-zip.js';
import { readZippedShapefile } from './read-zipped-shapefile.js';

type Rings = number[][][];

// The parts of one shapefile layer, as shp-write writes them (it calls back synchronously).
function shapefileParts(rows: object[], polygons: Rings[]): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array } {
  let parts: { shp: DataView; shx: DataView; dbf: DataView } | undefined;
  write(rows, 'POLYGON', polygons, (_error: unknown, files: { shp: DataView; shx: DataView; dbf: DataView }) => {
    parts = files;
  });
  const bytes = (view: DataView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return { shp: bytes(parts!.shp), shx: bytes(parts!.shx), dbf: bytes(parts!.dbf) };
}

function layer(name: string, rows: object[], polygons: Rings[], prj?: string) {
  const { shp, shx, dbf } = shapefileParts(rows, polygons);
  const entries = [
    { name: `${name}.shp`, bytes: shp },
    { name: `${name}.shx`, bytes: shx },
    { name: `${name}.dbf`, bytes: dbf },
  ];
  if (prj !== undefined) entries.push({ name: `${name}.prj`, bytes: new TextEncoder().encode(prj) });
  return entries;
}

// Shapefile outer rings run clockwise.
const square = (west: number, south: number, size: number): Rings => [
  [[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]],
];

describe('readZippedShapefile', () => {
  test('reads a deflated zip from shp-write: geometry, attributes, and the .prj applied', async () => {
    const featureCollection = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { id: 'T-1', status: 'cleared', apMines: 3 }, geometry: { type: 'Polygon' as const, coordinates: square(46, 40, 0.01) } },
        { type: 'Feature' as const, properties: { id: 'T-2', status: 'reduced', apMines: 0 }, geometry: { type: 'Polygon' as const, coordinates: square(47, 40, 0.02) } },
      ],
    };
    const archive = (await zip(featureCollection, { outputType: 'uint8array', compression: 'DEFLATE', types: { polygon: 'zones' } })) as Uint8Array;
    const parsed = await readZippedShapefile(archive, 'zones.zip');
    expect(parsed.format).toBe('shapefile');
    expect(parsed.reprojected).toBe(true);
    expect(parsed.issues).toEqual([]);
    const features = parsed.features as Array<{ properties: object; geometry: { type: string; coordinates: Rings } }>;
    expect(features.map((feature) => feature.properties)).toEqual([
      { id: 'T-1', status: 'cleared', apMines: 3 },
      { id: 'T-2', status: 'reduced', apMines: 0 },
    ]);
    expect(features[0].geometry.type).toBe('Polygon');
    features[0].geometry.coordinates[0].forEach((position, index) => {
      expect(position[0]).toBeCloseTo(square(46, 40, 0.01)[0][index][0], 12);
      expect(position[1]).toBeCloseTo(square(46, 40, 0.01)[0][index][1], 12);
    });
  });

  test('reprojects a layer from its UTM .prj (ESRI WKT from pyproj) to within 1e-7 degrees of pyproj', async () => {
    const points = fixture.sets.utm38n.points;
    const projected = [points[0].projected, points[1].projected, points[2].projected, points[0].projected];
    const expected = [points[0].lonLat, points[1].lonLat, points[2].lonLat, points[0].lonLat];
    const archive = storedZip(layer('utm', [{ id: 'U-1' }], [[projected]], fixture.utm38nEsriWkt));
    const parsed = await readZippedShapefile(archive, 'utm.zip');
    expect(parsed.reprojected).toBe(true);
    const ring = (parsed.features[0] as { geometry: { coordinates: Rings } }).geometry.coordinates[0];
    expect(ring).toHaveLength(4);
    ring.forEach((position, index) => {
      expect(Math.abs(position[0] - expected[index][0])).toBeLessThan(1e-7);
      expect(Math.abs(position[1] - expected[index][1])).toBeLessThan(1e-7);
    });
  });

  test('leaves coordinates as written when there is no .prj, for the caller to reproject', async () => {
    const projected = fixture.sets.utm38n.points.slice(0, 3).map((point) => point.projected);
    const archive = storedZip(layer('noprj', [{ id: 'N-1' }], [[[...projected, projected[0]]]]));
    const parsed = await readZippedShapefile(archive, 'noprj.zip');
    expect(parsed.reprojected).toBe(false);
    expect((parsed.features[0] as { geometry: { coordinates: Rings } }).geometry.coordinates[0][0]).toEqual(projected[0]);
  });

  test('concatenates several layers in archive order, ignoring other files', async () => {
    const archive = storedZip([
      ...layer('zz-cleared', [{ id: 'C-1' }, { id: 'C-2' }], [square(46, 40, 0.01), square(46.1, 40, 0.01)]),
      { name: 'notes.json', bytes: new TextEncoder().encode('not even JSON') },
      ...layer('aa-hazards', [{ id: 'H-1' }], [square(46, 40, 0.1)]),
      { name: '__MACOSX/._zz-cleared.shp', bytes: new Uint8Array([0]) },
    ]);
    const parsed = await readZippedShapefile(archive, 'two-layers.zip');
    expect(parsed.issues).toEqual([]);
    expect((parsed.features as Array<{ properties: { id: string } }>).map((feature) => feature.properties.id)).toEqual(['C-1', 'C-2', 'H-1']);
  });

  test('a shapefile without records is empty', async () => {
    // A .shp of nothing but its 100-byte header: file code 9994, length 50 words, version 1000, polygons.
    const header = new DataView(new ArrayBuffer(100));
    header.setInt32(0, 9994);
    header.setInt32(24, 50);
    header.setInt32(28, 1000, true);
    header.setInt32(32, 5, true);
    const archive = storedZip([{ name: 'nothing.shp', bytes: new Uint8Array(header.buffer) }]);
    const parsed = await readZippedShapefile(archive, 'nothing.zip');
    expect(parsed.format).toBe('shapefile');
    expect(parsed.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['empty', 'nothing.zip: the shapefile nothing.shp holds no features; there is nothing to measure.'],
    ]);
  });
});

describe('readZippedShapefile reports unreadable archives', () => {
  async function message(archive: Uint8Array, fileName: string): Promise<string> {
    const parsed = await readZippedShapefile(archive, fileName);
    expect(parsed.features).toEqual([]);
    expect(parsed.format).toBeNull();
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ code: 'unreadable-file', severity: 'error', feature: null, id: null });
    return parsed.issues[0].message;
  }
  const text = (value: string) => new TextEncoder().encode(value);

  test('a zip without a .shp, listing what it holds', async () => {
    expect(await message(storedZip([{ name: 'readme.txt', bytes: text('hi') }, { name: 'zones.dbf', bytes: text('') }]), 'data.zip')).toBe(
      "data.zip is a zip archive without a shapefile (.shp) in it; it holds readme.txt, zones.dbf. Zip the shapefile's .shp, .shx, .dbf and .prj together.",
    );
  });

  test('an empty zip', async () => {
    expect(await message(storedZip([]), 'empty.zip')).toBe("empty.zip is an empty zip archive; zip the shapefile's .shp, .shx, .dbf and .prj into it.");
  });

  test('a truncated zip', async () => {
    const archive = storedZip(layer('zones', [{ id: 'A' }], [square(46, 40, 0.01)]));
    expect(await message(archive.subarray(0, 200), 'cut.zip')).toBe(
      'cut.zip starts like a zip archive but its table of contents is missing or damaged (a cut-short download?); zip the shapefile again.',
    );
  });

  test('a password-protected shapefile', async () => {
    const archive = storedZip([{ name: 'zones.shp', bytes: text('secret') }]);
    archive[archive.length - 22 - (46 + 'zones.shp'.length) + 8] |= 1;
    expect(await message(archive, 'locked.zip')).toBe(
      'locked.zip: zones.shp is password-protected; zip the shapefile again without a password, with ordinary (deflate) compression.',
    );
  });

  test('a .shp too short for its own header', async () => {
    const archive = storedZip([{ name: 'zones.shp', bytes: text('this is not a shapefile at all') }]);
    expect(await message(archive, 'garbled.zip')).toBe(
      "garbled.zip: zones.shp is 30 bytes, shorter than a shapefile's 100-byte header; export the shapefile again from your GIS.",
    );
  });

  test('a shapefile shpjs cannot read', async () => {
    // A 100-byte header and one record of shape type 99, which no reader knows.
    const shp = new Uint8Array(100 + 8 + 4);
    const view = new DataView(shp.buffer);
    view.setInt32(0, 9994);
    view.setInt32(24, shp.length / 2);
    view.setInt32(32, 99, true);
    view.setInt32(104, 2);
    view.setInt32(108, 99, true);
    const archive = storedZip([{ name: 'zones.shp', bytes: shp }]);
    expect(await message(archive, 'garbled.zip')).toMatch(/^garbled\.zip: (the shapefile could not be read \(.+\); export it again from your GIS\.|.*holds no features)/);
  });
});

describe('readZippedShapefile with a .prj proj4 cannot read', () => {
  test('reads the shapefile in its own coordinates and warns, naming the problem and the fix', async () => {
    const points = fixture.sets.utm38n.points;
    const ring = [points[0].projected, points[1].projected, points[2].projected, points[0].projected];
    const archive = storedZip(layer('site', [{ id: 'S-1' }], [[ring]], 'LOCAL_CS["site grid"'));
    const parsed = await readZippedShapefile(archive, 'site.zip');
    expect(parsed.format).toBe('shapefile');
    expect(parsed.reprojected).toBe(false);
    expect((parsed.features[0] as { geometry: { coordinates: Rings } }).geometry.coordinates[0]).toEqual(ring);
    expect(parsed.issues).toEqual([
      {
        code: 'unsupported-crs',
        severity: 'warning',
        feature: null,
        id: null,
        message:
          'site.zip: the shapefile\'s .prj could not be understood (unable to parse string "LOCAL_CS["site grid"". State is 5), so the coordinates were read as written; if they are not WGS 84 longitude/latitude, give the CRS, e.g. --crs EPSG:32638.',
      },
    ]);
  });
});
