import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { makeCorpus } from './make-corpus.js';
import { assertCliBuilt } from './run-cli-case.js';
import { checkCorpusCase } from './check-corpus.js';

// The multi-gigabyte cases (made in seconds, up to 6 GB on disk, sparse or gzipped, in a temporary
// directory deleted after); the quick ones are in hostile-corpus.test.ts. Runs the built
// CLI: `npm run build` first.
const dir = await mkdtemp(join(tmpdir(), 'hostile-corpus-'));
const cases = await (await makeCorpus(dir, { large: true })).filter((item) => item.large);

beforeAll(() => assertCliBuilt());
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hostile inputs end in time, in bounded memory, with one sentence (multi-gigabyte corpus)', () => {
  for (const item of cases) {
    test(`${item.name}: ${item.attack}`, { timeout: 300_000 }, () => checkCorpusCase(item));
  }
});
