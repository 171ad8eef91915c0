import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.fuzz.test.ts'],
    environment: 'node',
    // Generous: fuzz files run thousands of cases, and two cores are shared with browser tests.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests each build and serve a bundle; two cores cannot run many of them at once.
    maxWorkers: 2,
  },
});
