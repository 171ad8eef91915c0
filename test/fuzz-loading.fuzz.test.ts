import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzRuns, fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { regionLoadingNeverThrowsProperty } from './fuzz/region-properties.js';
import { loadingNeverThrowsProperty, streamingMatchesBufferedProperty, streamingOnePassProperty } from './fuzz/loading-properties.js';

// `npm run fuzz`: 50 % of FUZZ_RUNS (100,000 by default) for loading.
afterAll(() => printCaseCounts('loading'));

describe('loading random, mutated and damaged files (full fuzz)', () => {
  test('loadZones never throws; issues are coded; counts add up; zones are valid', async () => {
    await fc.assert(loadingNeverThrowsProperty(), { numRuns: fuzzRuns(0.3), seed: fuzzSeed('fuzz') });
  });

  test('loadZonesStream on chunks cut anywhere equals loadZones', async () => {
    await fc.assert(streamingMatchesBufferedProperty(), { numRuns: fuzzRuns(0.15), seed: fuzzSeed('fuzz') });
  });

  test('loadZonesStream in one pass agrees with loadZones on every feature', async () => {
    await fc.assert(streamingOnePassProperty(), { numRuns: fuzzRuns(0.05), seed: fuzzSeed('fuzz') });
  });

  test('loadRegionFile never throws on damaged GeoJSON or TopoJSON; resolveRegions throws only sentences', async () => {
    await fc.assert(regionLoadingNeverThrowsProperty(), { numRuns: fuzzRuns(0.05), seed: fuzzSeed('fuzz') });
  });
});
