import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { dateRuleTotalProperty, fileSettlesOrderProperty, writtenDateReadsBackProperty } from './fuzz/date-properties.js';

// A few thousand cases in `npm test`; `npm run fuzz` runs test/fuzz-dates.fuzz.test.ts.
afterAll(() => printCaseCounts('dates'));

describe('the date rule (property-based)', () => {
  test('any day written in any supported form reads back as the same day', () => {
    fc.assert(writtenDateReadsBackProperty(), { numRuns: 5000, seed: fuzzSeed('test') });
  });

  test('a file settles its date order wherever the settling date stands', () => {
    fc.assert(fileSettlesOrderProperty(), { numRuns: 300, seed: fuzzSeed('test') });
  });

  test('never throws, and only returns real days from 1900 to 2100', () => {
    fc.assert(dateRuleTotalProperty(), { numRuns: 3000, seed: fuzzSeed('test') });
  });
});
