import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { batchedValidationProperty, repairIsFinalProperty, validationInvariantsProperty } from './fuzz/validation-properties.js';

// A few thousand cases in `npm test`; `npm run fuzz` runs test/fuzz-validation.fuzz.test.ts.
afterAll(() => printCaseCounts('validation'));

describe('validateFeatures on random and mutated objects (fuzz)', () => {
  test('never throws; every problem is a coded issue naming the feature; only valid zones are accepted', () => {
    fc.assert(validationInvariantsProperty(), { numRuns: 3000, seed: fuzzSeed('test') });
  });

  test('in batches sharing seenIds, gives the one-call result', () => {
    fc.assert(batchedValidationProperty(), { numRuns: 500, seed: fuzzSeed('test') });
  });

  test('accepted geometry, validated again, comes back unchanged and without geometry issues', () => {
    fc.assert(repairIsFinalProperty(), { numRuns: 1500, seed: fuzzSeed('test') });
  });
});
