import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadZones } from './load-zones.js';
import { loadZonesStream } from './load-zones-stream.js';
import { parseInput } from './parse-input.js';

// The GDAL-made fixtures: 36 features each (ogrinfo.txt beside them).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/gdal/${name}`, import.meta.url)));
const FEATURES = 36;
const encode = (text: string) => new TextEncoder().encode(text);

// What a loader gives for an input past a limit: one too-large issue, nothing read.
function expectTooLarge(result: { issues: Array<{ code: string; feature: number | null; message: string }>; accepted: number; rejected: number }, flag: RegExp): void {
  expect(result.issues.map((issue) => [issue.code, issue.feature])).toEqual([['too-large', null]]);
  expect(result.issues[0].message).toMatch(flag);
  expect([result.accepted, result.rejected]).toEqual([0, 0]);
}

describe('limits in the GeoPackage reader (read whole)', () => {
  test('rows past maxFeatures are refused as they are read, and the limit at the count reads them all', async () => {
    const bytes = fixture('zones.gpkg');
    expectTooLarge(await loadZones(bytes, { fileName: 'zones.gpkg', limits: { maxFeatures: FEATURES - 1 } }), /^zones\.gpkg has more than 35 rows in the layer "zones", over the limit of 35 features; .*--limit features=N/);
    const parsed = await parseInput(bytes, 'zones.gpkg', { limits: { maxFeatures: FEATURES } });
    expect(parsed.features).toHaveLength(FEATURES);
  });

  test('a GeoPackage larger than maxWholeBytes is not opened', async () => {
    const bytes = fixture('zones.gpkg');
    const parsed = await parseInput(bytes, 'zones.gpkg', { limits: { maxWholeBytes: bytes.length - 1 } });
    expect(parsed.issues.map((issue) => issue.code)).toEqual(['too-large']);
    expect(parsed.issues[0].message).toMatch(/^zones\.gpkg has 136 KiB to read whole \(as a GeoPackage\).*--limit whole-bytes=SIZE/);
  });
});

describe('limits in the FlatGeobuf reader (streamed)', () => {
  test('a header announcing more than maxFeatures is refused, streamed or whole', async () => {
    const bytes = fixture('zones.fgb');
    expectTooLarge(await loadZones(bytes, { fileName: 'zones.fgb', limits: { maxFeatures: FEATURES - 1 } }), /^zones\.fgb has 36 features \(as its header says\), over the limit of 35 features/);
    const parsed = await parseInput(bytes, 'zones.fgb', { limits: { maxFeatures: FEATURES - 1 } });
    expect(parsed.issues.map((issue) => issue.code)).toEqual(['too-large']);
    expect((await loadZones(bytes, { fileName: 'zones.fgb', limits: { maxFeatures: FEATURES } })).accepted).toBeGreaterThan(0);
  });

  test('its bytes are counted against maxBytes as the stream is read', async () => {
    const bytes = fixture('zones.fgb');
    async function* chunks() {
      for (let start = 0; start < bytes.length; start += 1000) yield bytes.slice(start, start + 1000);
    }
    expectTooLarge(await loadZonesStream(chunks(), { fileName: 'zones.fgb', limits: { maxBytes: bytes.length - 1 } }), /^zones\.fgb has more than 14[\d.]* KiB.*--max-bytes SIZE/);
    const whole = await loadZonesStream(chunks(), { fileName: 'zones.fgb', limits: { maxBytes: bytes.length } });
    expect(whole.accepted + whole.rejected).toBe(FEATURES);
  });

  test('each feature is held to the per-feature limits as it is decoded', async () => {
    // Every zone in the fixture has more than 4 positions in its outer ring.
    const result = await loadZones(fixture('zones.fgb'), { fileName: 'zones.fgb', limits: { maxVerticesPerRing: 4 } });
    expectTooLarge(result, /^zones\.fgb has a ring of \d+ positions \(feature 0\), over the limit of 4 positions in one ring/);
  });
});

describe('limits in the CSV reader (read whole)', () => {
  const square = '"POLYGON ((46 40,46.01 40,46 40.01,46 40))"';

  test('rows past maxFeatures are refused as they are read', async () => {
    const text = `WKT,id,status\n${square},A,cleared\n${square},B,cleared\n${square},C,cleared\n`;
    expectTooLarge(await loadZones(text, { fileName: 'zones.csv', limits: { maxFeatures: 2 } }), /^zones\.csv has more than 2 rows, over the limit of 2 features/);
    expect((await loadZones(text, { fileName: 'zones.csv', limits: { maxFeatures: 3 } })).accepted).toBe(3);
  });

  test('a cell longer than maxPropertyChars is refused, naming its line and column; the WKT cell is bounded by the vertex limits instead', async () => {
    const text = `WKT,id,notes\n${square},A,short\n${square},B,${'x'.repeat(101)}\n`;
    const parsed = await parseInput(encode(text), 'zones.csv', { limits: { maxPropertyChars: 100 } });
    expect(parsed.issues.map((issue) => issue.code)).toEqual(['too-large']);
    expect(parsed.issues[0].message).toMatch(/^zones\.csv has a cell of 101 characters \(line 3, column 3\), over the limit of 100 characters in one value/);
    // The WKT cells here are 42 characters: a limit below that leaves them alone.
    const short = await parseInput(encode(`WKT,id\n${square},A\n`), 'zones.csv', { limits: { maxPropertyChars: 10 } });
    expect(short.issues).toEqual([]);
    expect(short.features).toHaveLength(1);
  });
});
