import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzRuns, fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { dateRuleTotalProperty, fileSettlesOrderProperty, writtenDateReadsBackProperty } from './fuzz/date-properties.js';

// `npm run fuzz`: 10 % of FUZZ_RUNS for dates.
afterAll(() => printCaseCounts('dates'));

describe('the date rule (full fuzz)', () => {
  test('any day written in any supported form reads back as the same day', () => {
    fc.assert(writtenDateReadsBackProperty(), { numRuns: fuzzRuns(0.04), seed: fuzzSeed('fuzz') });
  });

  test('a file settles its date order wherever the settling date stands', () => {
    fc.assert(fileSettlesOrderProperty(), { numRuns: fuzzRuns(0.01), seed: fuzzSeed('fuzz') });
  });

  test('never throws, and only returns real days from 1900 to 2100', () => {
    fc.assert(dateRuleTotalProperty(), { numRuns: fuzzRuns(0.05), seed: fuzzSeed('fuzz') });
  });
});
