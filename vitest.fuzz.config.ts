import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the fuzz properties of test/fuzz/ at full size (FUZZ_RUNS cases in all, 100,000
// by default; FUZZ_SEED replays a failure). `npm test` runs the same properties a few thousand times.
export default defineConfig({
  test: {
    include: ['test/**/*.fuzz.test.ts'],
    environment: 'node',
    // A property runs tens of thousands of cases in one test.
    testTimeout: 60 * 60 * 1000,
    maxWorkers: 2,
  },
});
