import { describe, test } from 'vitest';
import { parseEveryWay, pathologicalStrings } from './pathological-strings.js';

// 100 kB: a backtracking pattern takes seconds here (quadratic) or never ends (exponential), so
// the timeout fails it; `npm run fuzz` runs the same at 1 MB.
const LENGTH = 100_000;
const TIMEOUT_MS = 5_000;

describe('every pattern applied to user text runs in linear time (100 kB strings)', () => {
  for (const [name, text] of Object.entries(pathologicalStrings(LENGTH))) {
    test(`parses ${name} without backtracking`, { timeout: TIMEOUT_MS }, async () => {
      await parseEveryWay(text);
    });
  }
});
