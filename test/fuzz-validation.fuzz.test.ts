import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzRuns, fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { batchedValidationProperty, repairIsFinalProperty, validationInvariantsProperty } from './fuzz/validation-properties.js';

// `npm run fuzz`: 45 % of FUZZ_RUNS (100,000 by default) for validation.
afterAll(() => printCaseCounts('validation'));

describe('validateFeatures on random and mutated objects (full fuzz)', () => {
  test('never throws; every problem is a coded issue naming the feature; only valid zones are accepted', () => {
    fc.assert(validationInvariantsProperty(), { numRuns: fuzzRuns(0.25), seed: fuzzSeed('fuzz') });
  });

  test('in batches sharing seenIds, gives the one-call result', () => {
    fc.assert(batchedValidationProperty(), { numRuns: fuzzRuns(0.05), seed: fuzzSeed('fuzz') });
  });

  test('accepted geometry, validated again, comes back unchanged and without geometry issues', () => {
    fc.assert(repairIsFinalProperty(), { numRuns: fuzzRuns(0.15), seed: fuzzSeed('fuzz') });
  });
});
