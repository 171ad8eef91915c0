import { describe, test } from 'vitest';
import { parseEveryWay, pathologicalStrings } from './pathological-strings.js';

// 1 MB, as the issue asks (a 1 MB run of digits in reportedArea once ran for over 120 s). The
// timeout fails a backtracking pattern; `npm test` runs the same at 100 kB.
const LENGTH = 1_000_000;
const TIMEOUT_MS = 20_000;

describe('every pattern applied to user text runs in linear time (1 MB strings)', () => {
  for (const [name, text] of Object.entries(pathologicalStrings(LENGTH))) {
    test(`parses ${name} without backtracking`, { timeout: TIMEOUT_MS }, async () => {
      await parseEveryWay(text);
    });
  }
});
