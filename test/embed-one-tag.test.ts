import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { differences } from './embed-page/summary-differences.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
import { loadRegions, loadZones, stringSource, summarize } from '../src/index.js';
import type { Summary } from '../src/index.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const pageFolder = join(repositoryRoot, 'test/embed-page');
const ZONES_TEXT = readFileSync(join(repositoryRoot, 'data/sample-zones.geojson'), 'utf8');
const DISTRICTS_TEXT = readFileSync(join(repositoryRoot, 'data/sample-districts.geojson'), 'utf8');

/** The policy the README documents for the one-tag embed: no inline script, no eval, no inline style. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** With MapLibre's worker served from the page's origin (`worker-url`), not even blob: is needed. */
const STRICTER_CSP = "worker-src 'self'";


let served: ServedBuild;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** What the CLI computes for the same files: `cleared-land report --format json` is this summary. */
async function expectedSummary(period: { from?: string; to?: string } = {}): Promise<Summary> {
  // The element fetches by absolute URL (relative ones are resolved against the page), which
  // then names the file in every issue message.
  const load = await loadZones(stringSource(ZONES_TEXT, `${served.url}zones.geojson`));
  const regions = await loadRegions(stringSource(DISTRICTS_TEXT, `${served.url}districts.geojson`));
  return summarize(load, { regions, ...period });
}

async function summaries(): Promise<Summary[]> {
  return page.evaluate(() => (window as unknown as { __summaries: Summary[] }).__summaries);
}

beforeAll(async () => {
  served = await serveViteBuild({
    config: { configFile: join(repositoryRoot, 'vite.embed.config.ts'), root: repositoryRoot },
    files: {
      'index.html': readFileSync(join(pageFolder, 'index.html'), 'utf8'),
      'listen.js': readFileSync(join(pageFolder, 'listen.js'), 'utf8'),
      'page.css': readFileSync(join(pageFolder, 'page.css'), 'utf8'),
      'zones.geojson': ZONES_TEXT,
      'districts.geojson': DISTRICTS_TEXT,
      // The stricter page: MapLibre's worker served from the same origin, no blob: workers at all.
      'maplibre-gl-worker.mjs': readFileSync(join(repositoryRoot, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8'),
      'strict.html': readFileSync(join(pageFolder, 'index.html'), 'utf8')
        .replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${STRICTER_CSP}" />`)
        .replace('regions="districts.geojson"', 'regions="districts.geojson" worker-url="maplibre-gl-worker.mjs" summary-worker="off"'),
    },
    headers: { 'Content-Security-Policy': STRICT_CSP },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 680 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${served.url}index.html`);
  await page.waitForFunction(() => (window as unknown as { __summaries: unknown[] }).__summaries.length > 0, undefined, { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('<cleared-land-map> from dist/cleared-land-map.js', () => {
  it('dispatches cleared-land:summary equal to summarize() of the same files', async () => {
    const [first] = await summaries();
    expect(differences(first, await expectedSummary())).toEqual([]);
    expect(first.regions.map((region) => region.name)).toContain('Sample District A');
  });

  it('summarises in its worker and draws zones, under a CSP without eval, inline script or inline style', async () => {
    expect(await page.evaluate(() => (document.querySelector('cleared-land-map') as unknown as { summaryRunsIn: string }).summaryRunsIn)).toBe('worker');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = (document.querySelector('cleared-land-map') as unknown as { map: { loaded(): boolean; once(type: string, fn: () => void): void } }).map;
          if (map.loaded()) resolve();
          else map.once('idle', () => resolve());
        }),
    );
    const drawn = await page.evaluate(() => {
      const map = (document.querySelector('cleared-land-map') as unknown as { map: { queryRenderedFeatures(options: object): Array<{ id: number }> } }).map;
      return new Set(map.queryRenderedFeatures({ layers: ['cleared-land-fill'] }).map((feature) => feature.id)).size;
    });
    expect(drawn).toBeGreaterThan(100);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  it('dispatches a new summary for the period when `to` changes', async () => {
    const before = (await summaries()).length;
    await page.evaluate(() => document.querySelector('cleared-land-map')!.setAttribute('to', '2024-03-24'));
    await expect.poll(async () => (await summaries()).length, { timeout: 30_000 }).toBeGreaterThan(before);
    const latest = (await summaries()).at(-1)!;
    expect(differences(latest, await expectedSummary({ to: '2024-03-24' }))).toEqual([]);
    expect(latest.totals.clearedHa).toBeLessThan((await summaries())[0].totals.clearedHa);

    // The README's picture: six weeks into the sample's record, closer in, where the outcome
    // colours can be read.
    const count = (await summaries()).length;
    await page.evaluate(() => document.querySelector('cleared-land-map')!.setAttribute('to', '2024-04-14'));
    await expect.poll(async () => (await summaries()).length, { timeout: 30_000 }).toBeGreaterThan(count);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = (document.querySelector('cleared-land-map') as unknown as { map: { jumpTo(options: object): void; once(type: string, fn: () => void): void } }).map;
          map.once('idle', () => resolve());
          map.jumpTo({ center: [46.9, 39.96], zoom: 10.2 });
        }),
    );
    mkdirSync(join(repositoryRoot, 'docs'), { recursive: true });
    await page.locator('cleared-land-map').screenshot({ path: join(repositoryRoot, 'docs/embed.png') });
  });

  it('rebuilds in another language when `lang` changes, styles and all', async () => {
    const before = (await summaries()).length;
    await page.evaluate(() => document.querySelector('cleared-land-map')!.setAttribute('lang', 'az'));
    await expect.poll(async () => (await summaries()).length, { timeout: 30_000 }).toBeGreaterThan(before);
    const legend = page.locator('cleared-land-map .cleared-land-legend');
    await expect.poll(() => legend.innerText()).toContain('Təmizlənib');
    // The controls' stylesheet is adopted again after the rebuild (a white panel, not transparent).
    expect(await legend.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(255, 255, 255, 0.96)');
    // Azerbaijani figures: decimal comma.
    expect(await legend.innerText()).toMatch(/\d,\d ha/);
  });

  it('reports a missing file as cleared-land:error naming the file and the HTTP status', async () => {
    await page.evaluate(() => document.querySelector('cleared-land-map')!.setAttribute('src', 'missing.geojson'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __errors: string[] }).__errors), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/missing\.geojson.*HTTP 404/)]);
    expect(await page.getByRole('alert').innerText()).toContain('missing.geojson');
  });

  it('works without blob: workers given worker-url and summary-worker="off"', async () => {
    // Both policies apply: the server's header and the page's stricter meta element.
    const strict = await browser.newPage({ viewport: { width: 1100, height: 680 } });
    const errors: string[] = [];
    strict.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await strict.goto(`${served.url}strict.html`);
    await strict.waitForFunction(() => (window as unknown as { __summaries: unknown[] }).__summaries.length > 0, undefined, { timeout: 60_000 });
    const [summary] = await strict.evaluate(() => (window as unknown as { __summaries: Summary[] }).__summaries);
    expect(differences(summary, await expectedSummary())).toEqual([]);
    expect(await strict.evaluate(() => (document.querySelector('cleared-land-map') as unknown as { summaryRunsIn: string }).summaryRunsIn)).toBe('main-thread');
    await strict.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = (document.querySelector('cleared-land-map') as unknown as { map: { loaded(): boolean; once(type: string, fn: () => void): void; getLayer(id: string): unknown } }).map;
          const check = () => (map.getLayer('cleared-land-fill') && map.loaded() ? resolve() : map.once('idle', check));
          check();
        }),
    );
    expect(await strict.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await strict.close();
  });

  it('logged nothing to the console but the 404 asked for', () => {
    expect(pageErrors.filter((message) => !/404/.test(message))).toEqual([]);
  });
});
