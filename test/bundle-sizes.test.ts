// The bundle goals of the README, held by the built package: an application that imports only
// `areaHectares`, or `loadZones` + `summarize` + `formatText`, bundled by Vite as `npm run
// bundle-sizes` bundles it. Sizes are deterministic for a given build, so unlike timings they
// belong in the test suite.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureBundleSizes, type BundleSize } from '../bench/bundle-sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('bundles of the built package', () => {
  it('meets every goal, and loadZones fetches its pipeline only when it is called', async () => {
    if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    const sizes = await measureBundleSizes();
    const withGoals = sizes.filter((size): size is BundleSize & { goalBytes: number } => size.goalBytes !== null);
    expect(withGoals.map((size) => size.label)).toEqual(['`areaHectares` alone', '`loadZones` + `summarize` + `formatText`']);
    for (const size of withGoals) expect(size.initialBytes, size.label).toBeLessThanOrEqual(size.goalBytes);
    // The pipeline is real code split off, not lost: the first call fetches more than 10 kB of it.
    const loading = withGoals[1].firstCall;
    expect(loading?.bytes).toBeGreaterThan(10_000);
  }, 120_000);
});
