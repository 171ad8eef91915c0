// The summary worker as an application gets it from npm: an application bundles cleared-land/map
// from dist/ with Vite, and summarises GeoJSON, a GeoPackage and a FlatGeobuf file in the
// package's worker; the figures equal summarize() in Node. The application's bundler copies the
// worker as a file (dist/assets/summary-worker-*.js, found by `new URL(…, import.meta.url)`), it does
// not bundle it again, so the worker must be one self-contained file: a worker built with chunks
// (Vite's `worker.format: 'es'`) fell back to the main thread here, its chunks left behind.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { differences } from './embed-page/summary-differences.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
import { bytesSource, loadZones, summarize, type Summary } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const FILES: Record<string, Buffer> = {
  'zones.geojson': readFileSync(join(root, 'test/fixtures/gdal/zones.geojson')),
  'zones.gpkg': readFileSync(join(root, 'test/fixtures/gdal/zones.gpkg')),
  'zones.fgb': readFileSync(join(root, 'test/fixtures/gdal/zones.fgb')),
};

let browser: Browser;
const builds: ServedBuild[] = [];

async function serveApp(): Promise<ServedBuild> {
  const served = await serveViteBuild({
    config: {
      root: join(root, 'test/package-app'),
      configFile: false,
      resolve: {
        alias: [
          { find: /^cleared-land\/map$/, replacement: join(dist, 'map.js') },
          { find: /^cleared-land$/, replacement: join(dist, 'index.js') },
        ],
      },
      build: { target: 'es2022', chunkSizeWarningLimit: 10_000 },
    },
  });
  for (const [name, bytes] of Object.entries(FILES)) writeFileSync(join(served.outDir, name), bytes);
  builds.push(served);
  return served;
}

beforeAll(async () => {
  if (!existsSync(join(dist, 'map.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const served of builds) await served.close();
});

async function resultsOf(served: ServedBuild): Promise<Array<{ fileName: string; mode: string; summary?: Summary; error?: string }>> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${served.url}index.html?files=${Object.keys(FILES).join(',')}`);
    await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, undefined, { timeout: 90_000 });
    expect(errors).toEqual([]);
    return await page.evaluate(() => (window as unknown as { __results: [] }).__results);
  } finally {
    await page.close();
  }
}

describe('an application bundling cleared-land/map from dist/', () => {
  it('summarises GeoJSON, GeoPackage and FlatGeobuf in the package worker', async () => {
    const served = await serveApp();
    const results = await resultsOf(served);
    expect(results.map((result) => [result.fileName, result.mode, result.error ?? null])).toEqual(Object.keys(FILES).map((name) => [name, 'worker', null]));
    for (const result of results) {
      const expected = summarize(await loadZones(bytesSource(FILES[result.fileName], `${served.url}${result.fileName}`)));
      expect(expected.totals.releasedHa, result.fileName).toBeGreaterThan(0);
      expect(differences(result.summary, expected), result.fileName).toEqual([]);
    }
  }, 180_000);
});
