// The one-tag embed opens a GeoPackage by importing SQLite (sql.js) from cleared-land-sqljs.js
// beside it, in its summary worker and on the main thread alike, and says which file to serve when
// that file is missing. The pages allow 'wasm-unsafe-eval', as maps.md says a page that opens
// GeoPackages must.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { differences } from './embed-page/summary-differences.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
import { bytesSource, loadZones, summarize, type Summary } from '../src/index.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const pageFolder = join(repositoryRoot, 'test/embed-page');
const GEOPACKAGE = readFileSync(join(repositoryRoot, 'test/fixtures/gdal/zones.gpkg'));
const GEOPACKAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
].join('; ');

/** A page with one element reading zones.gpkg, its embed at `embedPath`. */
function pageHtml(embedPath: string, attributes = ''): string {
  return readFileSync(join(pageFolder, 'index.html'), 'utf8')
    .replace('./cleared-land-map.js', embedPath)
    .replace('./listen.js', '/listen.js')
    .replace('./page.css', '/page.css')
    .replace('src="zones.geojson" regions="districts.geojson"', `src="/zones.gpkg" ${attributes}`);
}

let served: ServedBuild;
let browser: Browser;

beforeAll(async () => {
  const built = join(repositoryRoot, 'dist', 'cleared-land-sqljs.js');
  served = await serveViteBuild({
    config: { configFile: join(repositoryRoot, 'vite.embed.config.ts'), root: repositoryRoot },
    files: {
      'listen.js': readFileSync(join(pageFolder, 'listen.js'), 'utf8'),
      'page.css': readFileSync(join(pageFolder, 'page.css'), 'utf8'),
      'worker.html': pageHtml('./cleared-land-map.js'),
      'main-thread.html': pageHtml('./cleared-land-map.js', 'summary-worker="off"'),
      'alone/index.html': pageHtml('./cleared-land-map.js'),
    },
    headers: { 'Content-Security-Policy': GEOPACKAGE_CSP },
  });
  writeFileSync(join(served.outDir, 'zones.gpkg'), GEOPACKAGE);
  // Beside the embed, as `npm run build` writes it; the copy in alone/ has no sql.js beside it.
  copyFileSync(built, join(served.outDir, 'cleared-land-sqljs.js'));
  mkdirSync(join(served.outDir, 'alone'), { recursive: true });
  copyFileSync(join(served.outDir, 'cleared-land-map.js'), join(served.outDir, 'alone', 'cleared-land-map.js'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function openPage(path: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${served.url}${path}`);
  return { page, consoleErrors };
}

async function firstSummary(page: Page): Promise<Summary> {
  await page.waitForFunction(() => (window as unknown as { __summaries: unknown[] }).__summaries.length > 0, undefined, { timeout: 60_000 });
  return (await page.evaluate(() => (window as unknown as { __summaries: Summary[] }).__summaries))[0];
}

describe('<cleared-land-map> opening a GeoPackage', () => {
  it.each([
    ['worker.html', 'worker'],
    ['main-thread.html', 'main-thread'],
  ])('%s: reads it with the sql.js beside the embed, figures equal to summarize() in Node', async (path, runsIn) => {
    const { page, consoleErrors } = await openPage(path);
    try {
      const summary = await firstSummary(page);
      const expected = summarize(await loadZones(bytesSource(GEOPACKAGE, `${served.url}zones.gpkg`)));
      expect(expected.totals.releasedHa).toBeGreaterThan(0);
      expect(differences(summary, expected)).toEqual([]);
      expect(await page.evaluate(() => (document.querySelector('cleared-land-map') as unknown as { summaryRunsIn: string }).summaryRunsIn)).toBe(runsIn);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('names the file to serve when cleared-land-sqljs.js is not beside the embed', async () => {
    const { page } = await openPage('alone/index.html');
    try {
      const summary = await firstSummary(page);
      expect(summary.totals.releasedHa).toBe(0);
      const unreadable = summary.issues.find((issue) => issue.code === 'unreadable-file');
      expect(unreadable?.message).toMatch(
        new RegExp(
          `^${escapeRegExp(served.url)}zones\\.gpkg is a GeoPackage, but SQLite \\(sql\\.js\\) was not found: the embed loads it from cleared-land-sqljs\\.js beside cleared-land-map\\.js, ` +
            `and ${escapeRegExp(served.url)}alone/cleared-land-sqljs\\.js could not be loaded \\(.+\\); serve cleared-land-sqljs\\.js from the package's dist/ folder next to cleared-land-map\\.js; ` +
            'or convert the file to FlatGeobuf or GeoJSON',
        ),
      );
    } finally {
      await page.close();
    }
  }, 120_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
