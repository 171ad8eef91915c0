import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { regionLoadingNeverThrowsProperty } from './fuzz/region-properties.js';
import { loadingNeverThrowsProperty, streamingMatchesBufferedProperty, streamingOnePassProperty } from './fuzz/loading-properties.js';

// A few thousand cases in `npm test`; `npm run fuzz` runs test/fuzz-loading.fuzz.test.ts.
afterAll(() => printCaseCounts('loading'));

describe('loading random, mutated and damaged files (fuzz)', () => {
  test('loadZones never throws; issues are coded; counts add up; zones are valid', async () => {
    await fc.assert(loadingNeverThrowsProperty(), { numRuns: 3000, seed: fuzzSeed('test') });
  });

  test('loadZonesStream on chunks cut anywhere equals loadZones', async () => {
    await fc.assert(streamingMatchesBufferedProperty(), { numRuns: 1000, seed: fuzzSeed('test') });
  });

  test('loadZonesStream in one pass agrees with loadZones on every feature', async () => {
    await fc.assert(streamingOnePassProperty(), { numRuns: 500, seed: fuzzSeed('test') });
  });

  test('loadRegionFile never throws on damaged GeoJSON or TopoJSON; resolveRegions throws only sentences', async () => {
    await fc.assert(regionLoadingNeverThrowsProperty(), { numRuns: 1000, seed: fuzzSeed('test') });
  });
});
