import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzRuns, fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { summaryFiguresProperty } from './fuzz/summarize-properties.js';

// `npm run fuzz`: 5 % of FUZZ_RUNS (100,000 by default) for summarize, whose cases dissolve and measure.
afterAll(() => printCaseCounts('summarize'));

describe('summarize on validated random zones (full fuzz)', () => {
  test('never throws; figures are finite, ≥ 0, released ≤ its outcomes, remaining ≤ hazard', () => {
    fc.assert(summaryFiguresProperty(), { numRuns: fuzzRuns(0.05), seed: fuzzSeed('fuzz') });
  });
});
