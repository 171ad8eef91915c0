/**
 * How many cases a fuzz property runs: `defaultRuns` in `npm test`, scaled by the FUZZ_RUNS
 * environment variable in `npm run fuzz` (FUZZ_RUNS is the total for a file's main property;
 * others take their share of it through `weight`).
 *
 * @example
 * fc.assert(property, { numRuns: fuzzRuns(500), seed: fuzzSeed() });
 */
export function fuzzRuns(defaultRuns: number, weight = 1): number {
  const total = Number(process.env.FUZZ_RUNS);
  if (!Number.isFinite(total) || total <= 0) return defaultRuns;
  return Math.max(1, Math.round(total * weight));
}

/**
 * The seed of every property: FUZZ_SEED when set (to replay a failure fast-check printed), else
 * fixed in `npm test` so the suite is reproducible, and random in `npm run fuzz` to explore.
 *
 * @example
 * fc.assert(property, { seed: fuzzSeed() });
 */
export function fuzzSeed(): number | undefined {
  const seed = Number(process.env.FUZZ_SEED);
  if (Number.isInteger(seed)) return seed;
  return process.env.FUZZ_RUNS === undefined ? FIXED_SEED : undefined;
}

// Any fixed number: `npm test` must not turn red by chance on an unrelated change.
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
 * Prints how many cases each property ran (shrinking steps included), and the total.
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
