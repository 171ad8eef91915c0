/** Cases `npm run fuzz` runs across all its properties when FUZZ_RUNS is not set. */
export const DEFAULT_FUZZ_RUNS = 100_000;

/**
 * How many cases a property runs in `npm run fuzz`: its `share` of FUZZ_RUNS (the cases wanted
 * across all fuzz properties, 100,000 unless set), at least 1.
 *
 * @example
 * fc.assert(property, { numRuns: fuzzRuns(0.4), seed: fuzzSeed() }); // 40,000 cases by default
 */
export function fuzzRuns(share: number): number {
  const total = Number(process.env.FUZZ_RUNS ?? DEFAULT_FUZZ_RUNS);
  const cases = Number.isFinite(total) && total > 0 ? total : DEFAULT_FUZZ_RUNS;
  return Math.max(1, Math.round(cases * share));
}

/**
 * The seed of a property: FUZZ_SEED when set (to replay a failure fast-check printed), else the
 * fixed seed in `npm test` (so the suite does not turn red by chance on an unrelated change), and
 * a random one in `npm run fuzz` (to explore).
 *
 * @example
 * fc.assert(property, { numRuns: 1000, seed: fuzzSeed('test') });
 */
export function fuzzSeed(mode: 'test' | 'fuzz'): number | undefined {
  const seed = Number(process.env.FUZZ_SEED);
  if (process.env.FUZZ_SEED !== undefined && Number.isInteger(seed)) return seed;
  return mode === 'test' ? FIXED_SEED : undefined;
}

// Any fixed number.
const FIXED_SEED = 20_240_421;

/** Cases run per property, counted by {@link countCase}, printed by {@link printCaseCounts}. */
const counts = new Map<string, number>();

/**
 * Counts one case of a property; call it first thing in the predicate.
 *
 * @example
 * fc.asyncProperty(inputArbitrary, async (input) => { countCase('loading'); … });
 */
export function countCase(name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/**
 * Prints how many cases each property of this test file ran (shrinking steps included), and the total.
 *
 * @example
 * afterAll(() => printCaseCounts('loading'));
 */
export function printCaseCounts(title: string): void {
  let total = 0;
  const lines = [...counts].map(([name, count]) => {
    total += count;
    return `  ${name}: ${count.toLocaleString('en')}`;
  });
  console.log(`fuzz ${title}: ${total.toLocaleString('en')} cases\n${lines.join('\n')}`);
}
