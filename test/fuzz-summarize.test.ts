import fc from 'fast-check';
import { afterAll, describe, test } from 'vitest';
import { fuzzSeed, printCaseCounts } from './fuzz/fuzz-runs.js';
import { summaryFiguresProperty } from './fuzz/summarize-properties.js';

// A few hundred cases in `npm test` (each dissolves and measures); `npm run fuzz` runs more.
afterAll(() => printCaseCounts('summarize'));

describe('summarize on validated random zones (fuzz)', () => {
  test('never throws; figures are finite, ≥ 0, released ≤ its outcomes, remaining ≤ hazard', () => {
    fc.assert(summaryFiguresProperty(), { numRuns: 1000, seed: fuzzSeed('test') });
  });
});
