import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatHectares, loadZones, stringSource } from '../src/index.js';
import { summarize } from '../src/report/summarize.js';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { districtRows, figureText, openViewer, READY_TIMEOUT_MS, releasedPixelCount, waitUntilReady, withViewer } from './viewer/viewer-page.js';

let server: ViewerServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveViewer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Three zones near 40°N 46.5°E: a confirmed hazard of 0.02° × 0.02°, and a cleared and a
 * cancelled release inside it that overlap each other by half, completed in two different weeks.
 * Their district name is markup, which the viewer must show as text, never run.
 */
const HOSTILE_NAME = '<img src=x onerror="window.__injected = true">District';
const DROPPED_ZONES = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    zone('H-1', 'confirmed', null, [46.5, 40.0, 46.52, 40.02]),
    zone('R-1', 'cleared', '2024-05-07', [46.5, 40.0, 46.51, 40.01]),
    zone('R-2', 'cancelled', '2024-05-15', [46.505, 40.0, 46.515, 40.01]),
  ],
});

function zone(id: string, status: string, endDate: string | null, [west, south, east, north]: number[]) {
  return {
    type: 'Feature',
    properties: { id, status, endDate, apMines: 0, atMines: 0, uxo: 1, otherItems: 0, region: HOSTILE_NAME },
    geometry: {
      type: 'Polygon',
      coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
    },
  };
}

describe('viewer interaction', () => {
  it(
    'opens the bundled sample by default, labelled as sample data, without fetching anything from the internet',
    async () => {
      await withViewer(browser, server.url, async ({ page }) => {
        await expect.poll(() => page.locator('#sample-badge').isVisible()).toBe(true);
        expect(await page.locator('#sample-badge').innerText()).toBe('Sample data');
        expect(await page.locator('.dataset-file').first().innerText()).toBe('sample-zones.geojson');
      });
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'opens a file dropped on the page and shows its hectares',
    async () => {
      await withViewer(browser, `${server.url}?lang=en`, async ({ page }) => {
        await page.evaluate((text) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'dropped.geojson', { type: 'application/geo+json' }));
          for (const type of ['dragenter', 'dragover', 'drop']) {
            document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
          }
        }, DROPPED_ZONES);
        await expect.poll(() => page.locator('.dataset-file').first().innerText(), { timeout: READY_TIMEOUT_MS }).toBe('dropped.geojson');
        await waitUntilReady(page);
        const truth = summarize(await loadZones(stringSource(DROPPED_ZONES, 'dropped.geojson')));
        // Independent check of the truth: two 0.01° cells overlapping by half are 1.5 cells; pyproj's
        // Geod (WGS84) gives 142.2149 ha for their union (94.8099 ha for one cell).
        expect(truth.totals.releasedHa).toBeCloseTo(142.2149, 3);
        expect(await figureText(page, 'releasedHa')).toBe(formatHectares(truth.totals.releasedHa, 'en'));
        expect(await figureText(page, 'clearedHa')).toBe(formatHectares(truth.totals.clearedHa, 'en'));
        expect(await page.locator('#sample-badge').isVisible()).toBe(false);

        // No districts file came with it: the rows come from the zones' own region field, as text.
        await page.click('[data-tab="districts"]');
        expect((await districtRows(page)).map((cells) => cells[0])).toEqual([HOSTILE_NAME]);
        expect(await page.locator('.district-table img').count()).toBe(0);
        await page.click('[data-tab="report"]');
        expect(await page.locator('.report-text').innerText()).toContain(HOSTILE_NAME);
        expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
      });
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'says which file could not be opened and why',
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        // Nothing listens on the loopback's port 9 (and browsers refuse it anyway): the fetch fails.
        // (A missing file on this server would not do: `vite preview` answers unknown paths with the page.)
        await page.goto(`${server.url}?data=${encodeURIComponent('http://127.0.0.1:9/missing.geojson')}`);
        await page.waitForSelector('body[data-state="error"]', { state: 'attached', timeout: READY_TIMEOUT_MS });
        const message = await page.locator('#load-error').innerText();
        expect(message).toContain('http://127.0.0.1:9/missing.geojson');
        expect(message).toContain('the request failed');
      } finally {
        await context.close();
      }
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'plays the record week by week and the map fills in with released land',
    async () => {
      // Close in on the densest part of the sample so that each week's releases cover many pixels.
      await withViewer(browser, `${server.url}?lang=en&center=46.62,40.3&zoom=10`, async ({ page }) => {
        await page.click('[data-tab="overview"]');
        // Go back to the first week, cumulative.
        await page.locator('#week-slider').fill('0');
        await expect.poll(() => page.locator('#week-label').innerText()).toMatch(/^Week 1 of 8/);
        await waitUntilReady(page);
        const firstWeekPixels = await releasedPixelCount(page);
        const firstWeekReleased = await figureText(page, 'releasedHa');

        await page.click('[data-action="play"]');
        await expect
          .poll(() => page.locator('#week-label').innerText(), { timeout: READY_TIMEOUT_MS * 2, interval: 500 })
          .toMatch(/^Week 8 of 8/);
        await expect.poll(() => page.locator('[data-action="play"]').getAttribute('aria-pressed'), { timeout: READY_TIMEOUT_MS }).toBe('false');
        await waitUntilReady(page);
        const lastWeekPixels = await releasedPixelCount(page);

        expect(firstWeekPixels).toBeGreaterThan(0);
        expect(lastWeekPixels).toBeGreaterThan(firstWeekPixels * 1.5);
        expect(await figureText(page, 'releasedHa')).not.toBe(firstWeekReleased);
        expect(new URL(page.url()).searchParams.get('to')).toBe('2024-04-28');
      });
    },
    READY_TIMEOUT_MS * 4,
  );

  it(
    'keeps period, language and view in the URL, so the link reproduces the screen',
    async () => {
      const { page } = await openViewer(browser, `${server.url}?lang=ru&from=2024-03-11&to=2024-03-17&center=46.8,40.1&zoom=9`);
      let link: string;
      try {
        await page.locator('#language-select').selectOption('az');
        await waitUntilReady(page);
        await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('az');
        // Every word changes language, MapLibre's own controls and the map module's included.
        expect(await page.locator('[data-tab="districts"]').innerText()).toBe('Rayonlar');
        expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Yaxınlaşdır');
        expect(await page.locator('[data-action="fit"]').getAttribute('aria-label')).toBe('Bütün zonaları göstər');
        expect(await page.locator('.cleared-land-legend h2').innerText()).toBe('Ərazilərin azad edilməsi');
        expect(await page.locator('[data-action="play"]').getAttribute('aria-label')).toBe('Həftə-həftə göstər');
        link = page.url();
        const url = new URL(link);
        expect(url.searchParams.get('from')).toBe('2024-03-11');
        expect(url.searchParams.get('to')).toBe('2024-03-17');
        expect(url.searchParams.get('center')).toBe('46.80000,40.10000');
        expect(url.searchParams.get('zoom')).toBe('9.00');
      } finally {
        await page.context().close();
      }
      const again = await openViewer(browser, link);
      try {
        expect(await again.page.locator('#app-title').innerText()).toBe('Ərazilərin minalardan azad edilməsi');
        expect(await again.page.locator('html').getAttribute('lang')).toBe('az');
        expect(await again.page.locator('#period-from').inputValue()).toBe('2024-03-11');
        expect(await again.page.locator('#period-to').inputValue()).toBe('2024-03-17');
      } finally {
        await again.page.context().close();
      }
    },
    READY_TIMEOUT_MS * 3,
  );

  it(
    'sorts the district table from the keyboard and zooms to a feature from the validation panel',
    async () => {
      await withViewer(browser, `${server.url}?lang=en`, async ({ page }) => {
        await page.click('[data-tab="districts"]');
        const header = page.locator('th:has([data-sort="name"])');
        await page.locator('[data-sort="name"]').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
        const ascending = (await districtRows(page)).map((cells) => cells[0]);
        expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
        // Focus stays on the header button after the table re-renders, so Enter again reverses.
        await page.keyboard.press('Enter');
        await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
        expect((await districtRows(page)).map((cells) => cells[0])).toEqual([...ascending].reverse());

        await page.click('[data-tab="issues"]');
        const before = new URL(page.url()).searchParams.get('center');
        await page.locator('button.issue-target').first().click();
        await page.evaluate(() => window.clearedLandViewer!.whenMapIdle());
        await expect.poll(() => new URL(page.url()).searchParams.get('zoom'), { timeout: 10_000 }).not.toBe(null);
        await expect.poll(() => new URL(page.url()).searchParams.get('center'), { timeout: 10_000 }).not.toBe(before);
        expect(Number(new URL(page.url()).searchParams.get('zoom'))).toBeGreaterThan(11);
      });
    },
    READY_TIMEOUT_MS * 2,
  );
});
