import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadZones } from './load-zones.js';
import { loadZonesStream } from './load-zones-stream.js';

const encoder = new TextEncoder();

/** `bytes` in chunks of `size` bytes, as a function that opens them anew each call. */
function chunked(bytes: Uint8Array, size: number): () => AsyncIterable<Uint8Array> {
  return async function* () {
    for (let start = 0; start < bytes.length; start += size) yield bytes.slice(start, start + size);
  };
}

function square(lon: number, lat: number, size = 0.001): number[][][] {
  return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]];
}

function feature(properties: Record<string, unknown>, lon = 46.5, lat = 40): unknown {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: square(lon, lat) } };
}

describe('loadZonesStream', () => {
  test('gives loadZones\' result for the sample data, whatever the chunk size', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../data/sample-zones.geojson', import.meta.url)));
    const expected = JSON.stringify(await loadZones(bytes, { fileName: 'sample-zones.geojson' }));
    for (const size of [7, 4096, bytes.length]) {
      const result = await loadZonesStream(chunked(bytes, size), { fileName: 'sample-zones.geojson' });
      expect(JSON.stringify(result), `chunks of ${size} bytes`).toBe(expected);
    }
  });

  test('reads a byte order mark and characters cut between chunks (Azerbaijani, Cyrillic, emoji)', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [feature({ id: 'T-ə1', status: 'cleared', district: 'Xankəndi', notes: 'Ханкенди 🚩 "quoted" \\ back' })],
    });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]);
    const expected = JSON.stringify(await loadZones(bytes, { fileName: 'bom.geojson' }));
    expect(JSON.parse(expected).zones[0].properties.region).toBe('Xankəndi');
    for (const size of [1, 2, 3, 5]) {
      expect(JSON.stringify(await loadZonesStream(chunked(bytes, size), { fileName: 'bom.geojson' }))).toBe(expected);
    }
  });

  test('finds duplicate ids across batches, naming the first feature that used the id', async () => {
    const features = Array.from({ length: 2500 }, (_, index) => feature({ id: index === 2400 ? 'T-7' : `T-${index}`, status: 'cleared' }, 46 + index * 0.002));
    const bytes = encoder.encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const result = await loadZonesStream(chunked(bytes, 65_536), { fileName: 'many.geojson' });
    expect(result.accepted).toBe(2500);
    expect(result.issues).toEqual([
      {
        code: 'duplicate-id',
        severity: 'warning',
        feature: 2400,
        id: 'T-7',
        message:
          'many.geojson, feature 2400 (id T-7): its id T-7 is also used by feature 7; both were kept. If they are the same task, ' +
          'its items found would be counted twice: remove one, or give them distinct ids.',
      },
    ]);
    expect(result.zones[2499].properties.featureIndex).toBe(2499);
  });

  test('applies a crs written after the features by reading a reopenable input twice', async () => {
    const utmFeature = { type: 'Feature', properties: { status: 'cleared' }, geometry: { type: 'Polygon', coordinates: square(585_360, 4_428_000, 100) } };
    const text =
      `{"type":"FeatureCollection","features":[${JSON.stringify(utmFeature)}],` +
      '"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32638"}}}';
    const bytes = encoder.encode(text);
    const expected = await loadZones(bytes, { fileName: 'late-crs.geojson' });
    const result = await loadZonesStream(chunked(bytes, 16), { fileName: 'late-crs.geojson' });
    expect(result).toEqual(expected);
    expect(result.accepted).toBe(1);
    // pyproj: Transformer.from_crs(32638, 4326, always_xy=True).transform(585360, 4428000)
    expect((result.zones[0].geometry.coordinates[0] as number[][])[0][0]).toBeCloseTo(45.999_963_568, 8);
  });

  test('rejects every feature, saying why, when a crs after the features cannot be applied in one pass', async () => {
    const text =
      `{"type":"FeatureCollection","features":[${JSON.stringify(feature({ status: 'cleared' }))}, 3],` +
      '"crs":{"type":"name","properties":{"name":"EPSG:32638"}}}';
    const result = await loadZonesStream(chunked(encoder.encode(text), 8)(), { fileName: 'late-crs.geojson' });
    expect(result.zones).toEqual([]);
    expect(result.accepted).toBe(0);
    expect(result.rejected).toBe(2);
    expect(result.issues.map((issue) => [issue.code, issue.feature])).toEqual([
      ['not-geojson', 1],
      ['unsupported-crs', null],
    ]);
    expect(result.issues[1].message).toBe(
      'late-crs.geojson declares its coordinate system (EPSG:32638) in a "crs" member that comes after the features, and this input ' +
        'could not be read a second time to apply it, so no feature was accepted rather than reading the coordinates in the wrong system. ' +
        'Pass the CRS (--crs or the crs option), or move "crs" before "features" (ogr2ogr and QGIS write it there).',
    );
  });

  test('a crs option makes a late crs member irrelevant, even in one pass', async () => {
    const text = `{"type":"FeatureCollection","features":[${JSON.stringify(feature({ status: 'cleared' }))}],"crs":{"type":"name","properties":{"name":"EPSG:32638"}}}`;
    const result = await loadZonesStream(chunked(encoder.encode(text), 8)(), { fileName: 'x.geojson', crs: 'EPSG:4326' });
    expect(result.accepted).toBe(1);
  });

  test.each([
    ['a KML file', '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>A</name><Polygon><outerBoundaryIs><LinearRing><coordinates>46,40 46.001,40 46.001,40.001 46,40</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>'],
    ['newline-delimited features', `${JSON.stringify(feature({ status: 'CHA' }))}\n${JSON.stringify(feature({ status: 'bad' }))}\n`],
    ['a single Feature', JSON.stringify(feature({ status: 'SHA' }))],
    ['a bare geometry', JSON.stringify({ type: 'Polygon', coordinates: square(46, 40) })],
    ['an array of features', JSON.stringify([feature({ status: 'SHA' })])],
    ['a FeatureCollection without "type"', JSON.stringify({ features: [feature({ status: 'SHA' })] })],
    ['a FeatureCollection whose type comes last', `{"features":[${JSON.stringify(feature({ status: 'SHA' }))}],"type":"FeatureCollection"}`],
    ['a Feature that has a "features" member', `{"type":"Feature","features":[1,2],"properties":{"status":"SHA"},"geometry":${JSON.stringify({ type: 'Polygon', coordinates: square(46, 40) })}}`],
    ['two "features" members (the last counts)', `{"type":"FeatureCollection","features":[1,2,3],"features":[${JSON.stringify(feature({ status: 'SHA' }))}]}`],
    ['an empty FeatureCollection', '{"type":"FeatureCollection","features":[]}'],
    ['text that is not JSON', 'id,status\nT-1,cleared\n'],
    ['a FeatureCollection broken before its features', '{"type":"FeatureCollection" "features":[]}'],
    ['a FeatureCollection broken inside a feature', `{"type":"FeatureCollection","features":[{"type":"Feature" "geometry":null}]}`],
    ['a FeatureCollection cut short', `{"type":"FeatureCollection","features":[${JSON.stringify(feature({ status: 'SHA' }))},{"type":"Fea`],
    ['only white space', ' \n '],
  ])('reads %s exactly as loadZones does', async (_, text) => {
    const bytes = encoder.encode(text);
    const expected = await loadZones(bytes, { fileName: 'input.any' });
    expect(await loadZonesStream(chunked(bytes, 3), { fileName: 'input.any' })).toEqual(expected);
  });

  test('words its own invalid-json issue for a large file that breaks after its features began', async () => {
    const text = `{"type":"FeatureCollection","features":[\n${JSON.stringify(feature({ status: 'SHA' }))},\n{"type":"Feature" "geometry":null}]}`;
    const result = await loadZonesStream(chunked(encoder.encode(text), 10), { fileName: 'big.geojson', rereadMaxBytes: 100 });
    expect(result).toEqual({
      fileName: 'big.geojson',
      format: null,
      zones: [],
      issues: [
        {
          code: 'invalid-json',
          severity: 'error',
          feature: null,
          id: null,
          message:
            "big.geojson is not valid JSON: Expected ',' or '}' after property value at line 3, column 19. " +
            'Look for a missing comma, quote or bracket just before that point, or export the file again from your GIS.',
        },
      ],
      accepted: 0,
      rejected: 0,
    });
    const cut = await loadZonesStream(chunked(encoder.encode(text.slice(0, 150)), 10), { fileName: 'big.geojson', rereadMaxBytes: 100 });
    expect(cut.issues[0].message).toMatch(/^big\.geojson is not valid JSON: .*\. The file ends too early: was the export or download cut short\? Export or download it again\.$/);
  });

  test('rejects with the reader\'s own error and with an abort signal\'s reason', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('{"type":"FeatureCollection","features":[');
      throw new Error('cannot read x.geojson: permission denied');
    }
    await expect(loadZonesStream(failing(), { fileName: 'x.geojson' })).rejects.toThrow('cannot read x.geojson: permission denied');
    const controller = new AbortController();
    controller.abort(new Error('newer file opened'));
    await expect(loadZonesStream(chunked(encoder.encode('{}'), 1), { signal: controller.signal })).rejects.toThrow('newer file opened');
  });

  test('throws, naming the argument, for an input that is not chunks', async () => {
    await expect(loadZonesStream('{"type":"FeatureCollection"}' as never)).rejects.toThrow(
      'loadZonesStream: input must be an async iterable of Uint8Array chunks (e.g. fs.createReadStream(path)) or a function returning one; got string',
    );
    async function* strings(): AsyncGenerator<string> {
      yield '{}';
    }
    await expect(loadZonesStream(strings() as never)).rejects.toThrow('loadZonesStream: every chunk must be a Uint8Array (or Buffer); got string');
  });
});

describe('loadZonesStream: input limits', () => {
  const collection = (count: number) =>
    encoder.encode(JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: count }, (_, index) => ({ type: 'Feature', id: `z${index}`, properties: { status: 'cleared' }, geometry: { type: 'Polygon', coordinates: square(46 + index, 40) } })) }));

  test('more features than maxFeatures: nothing kept, one too-large issue naming the flag', async () => {
    const sink = { length: 0, add() { this.length++; }, truncate(to: number) { this.length = Math.min(this.length, to); }, setDate() {} };
    const result = await loadZonesStream(chunked(collection(5), 64), { fileName: 'five.geojson', limits: { maxFeatures: 3 }, zoneSink: sink });
    expect(result).toMatchObject({ accepted: 0, rejected: 0, zones: [] });
    expect(sink.length).toBe(0);
    expect(result.issues).toEqual([
      {
        code: 'too-large',
        severity: 'error',
        feature: null,
        id: null,
        message: 'five.geojson has more than 3 features, over the limit of 3 features; nothing was read from it. If the file is genuine, raise the limit with --limit features=N (option limits.maxFeatures).',
      },
    ]);
  });

  test('at the limit, everything is read', async () => {
    const result = await loadZonesStream(chunked(collection(3), 64), { limits: { maxFeatures: 3 } });
    expect(result.accepted).toBe(3);
  });

  test('more bytes than maxBytes stops reading there', async () => {
    let read = 0;
    const bytes = collection(200);
    async function* counted() {
      for (let start = 0; start < bytes.length; start += 100) {
        read += 100;
        yield bytes.slice(start, start + 100);
      }
    }
    const result = await loadZonesStream(counted(), { fileName: 'big.geojson', limits: { maxBytes: 1000 } });
    expect(result.issues.map((issue) => issue.code)).toEqual(['too-large']);
    expect(result.issues[0].message).toMatch(/^big\.geojson has more than 1,000 bytes after decompression, over the limit of 1,000 bytes after decompression; .* --max-bytes SIZE \(option limits\.maxBytes\)\.$/);
    expect(read).toBeLessThanOrEqual(1100);
  });

  test('white space and nothing else stops at maxWholeBytes, not at the end of the input', async () => {
    let chunks = 0;
    async function* spaces() {
      for (; chunks < 10_000; chunks++) yield encoder.encode(' '.repeat(1024));
    }
    const result = await loadZonesStream(spaces(), { fileName: 'blank.geojson', limits: { maxWholeBytes: 64 * 1024 } });
    expect(result.issues[0].message).toMatch(/^blank\.geojson has more than 64 KiB of white space and nothing else/);
    expect(chunks).toBeLessThan(100);
  });

  test('zero bytes at the start end reading at the first chunk', async () => {
    let chunks = 0;
    async function* zeros() {
      for (; chunks < 10_000; chunks++) yield new Uint8Array(1024);
    }
    const result = await loadZonesStream(zeros(), { fileName: 'sparse.geojson' });
    expect(result.issues.map((issue) => issue.code)).toEqual(['unreadable-file']);
    expect(result.issues[0].message).toMatch(/^sparse\.geojson starts with zero bytes, not text/);
    expect(chunks).toBeLessThan(3);
  });

  test('loadZones on bytes in memory follows the same limits', async () => {
    const result = await loadZones(collection(5), { limits: { maxVerticesPerRing: 4 } });
    expect(result.issues.map((issue) => issue.code)).toEqual(['too-large']);
    expect(result.issues[0].message).toContain('a ring of 5 positions (feature 0)');
  });
});
