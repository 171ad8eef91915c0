import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { makeCorpus } from './make-corpus.js';
import { assertCliBuilt } from './run-cli-case.js';
import { checkCorpusCase } from './check-corpus.js';

// The quick cases (files of a few bytes to a few hundred megabytes of content, made in seconds);
// the multi-gigabyte ones are in hostile-corpus.fuzz.test.ts (`npm run fuzz`). Runs the built
// CLI: `npm run build` first.
const dir = await mkdtemp(join(tmpdir(), 'hostile-corpus-'));
const cases = await makeCorpus(dir, { large: false });

beforeAll(() => assertCliBuilt());
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hostile inputs end in time, in bounded memory, with one sentence (quick corpus)', () => {
  for (const item of cases) {
    test(`${item.name}: ${item.attack}`, { timeout: 180_000 }, () => checkCorpusCase(item));
  }
});
