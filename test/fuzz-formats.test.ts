import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadZones, loadZonesStream } from '../src/index.js';
import { parseWkt, WktError } from '../src/io/parse-wkt.js';
import { decodeWkb, WkbError } from '../src/io/decode-wkb.js';
import { checkLoadResult } from './fuzz/check-invariants.js';
import { fuzzSeed } from './fuzz/fuzz-runs.js';

// Damaged GeoPackage, FlatGeobuf and CSV files: whatever the bytes, loading ends with issues, never
// an exception, and the counts add up; FlatGeobuf streamed in any chunks equals FlatGeobuf read whole.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/gdal/${name}`, import.meta.url)));
const FGB = fixture('zones.fgb');
const GPKG = fixture('zones.gpkg');
const CSV = fixture('zones.csv');

/** The file with some bytes overwritten and perhaps cut short, as a bad disk or download leaves it. */
function damaged(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      flips: fc.array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), value: fc.nat({ max: 255 }) }), { maxLength: 8 }),
      end: fc.oneof(fc.constant(bytes.length), fc.nat({ max: bytes.length })),
    })
    .map(({ flips, end }) => {
      const copy = bytes.slice(0, Math.max(end, 1));
      for (const { at, value } of flips) if (at < copy.length) copy[at] = value;
      return copy;
    });
}

async function* pieces(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > at && cut < bytes.length) {
      yield bytes.slice(at, cut);
      at = cut;
    }
  }
  yield bytes.slice(at);
}

describe('loading damaged files of the binary and table formats (fuzz)', () => {
  test('a damaged FlatGeobuf never throws, and streamed in any chunks it equals the whole read', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(FGB), fc.array(fc.nat({ max: FGB.length }), { maxLength: 6 }), async (bytes, cuts) => {
        const whole = await loadZones(bytes, { fileName: 'zones.fgb' });
        checkLoadResult(whole, 'zones.fgb', null);
        const streamed = await loadZonesStream(pieces(bytes, cuts), { fileName: 'zones.fgb' });
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 150, seed: fuzzSeed('test') },
    );
  });

  test('a damaged GeoPackage never throws', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(GPKG), async (bytes) => {
        checkLoadResult(await loadZones(bytes, { fileName: 'zones.gpkg' }), 'zones.gpkg', null);
      }),
      { numRuns: 60, seed: fuzzSeed('test') },
    );
  });

  test('a damaged CSV never throws', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(CSV), async (bytes) => {
        checkLoadResult(await loadZones(bytes, { fileName: 'zones.csv' }), 'zones.csv', null);
      }),
      { numRuns: 300, seed: fuzzSeed('test') },
    );
  });

  test('WKT and WKB decoders fail only with their own errors', () => {
    const wktish = fc.stringMatching(/^[A-Z ()0-9.,\-EMPTYZ]{0,60}$/);
    fc.assert(
      fc.property(fc.oneof(wktish, fc.string()), (text) => {
        try {
          parseWkt(text);
        } catch (error) {
          if (!(error instanceof WktError)) throw error;
        }
      }),
      { numRuns: 3000, seed: fuzzSeed('test') },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        try {
          decodeWkb(bytes);
        } catch (error) {
          if (!(error instanceof WkbError)) throw error;
        }
      }),
      { numRuns: 3000, seed: fuzzSeed('test') },
    );
  });
});
