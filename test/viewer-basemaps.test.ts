import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { namedFlavor } from '@protomaps/basemaps';
import { OFFLINE_BASEMAP_COLORS } from '../src/map/offline-style.js';
import { launchChromium } from './browser/launch-chromium.js';
import { serveTiles, TILE_COLORS, type Rgb, type TileServer } from './viewer/tile-server.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { READY_TIMEOUT_MS, releasedPixelCount, withViewer } from './viewer/viewer-page.js';

let server: ViewerServer;
let browser: Browser;
let tiles: TileServer;

beforeAll(async () => {
  [server, browser, tiles] = await Promise.all([serveViewer(), launchChromium(), serveTiles()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await tiles?.close();
});

/** Share of the map canvas within a few levels of `color` (the basemap showing between the zones). */
async function shareOfColor(page: Page, color: Rgb): Promise<number> {
  return page.evaluate((wanted) => {
    const source = document.querySelector<HTMLCanvasElement>('#map canvas.maplibregl-canvas')!;
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(source, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let index = 0; index < data.length; index += 4) {
      if (Math.abs(data[index] - wanted[0]) <= 6 && Math.abs(data[index + 1] - wanted[1]) <= 6 && Math.abs(data[index + 2] - wanted[2]) <= 6) count += 1;
    }
    return count / (data.length / 4);
  }, color as [number, number, number]);
}

function hexRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Waits until the basemap asked for is drawn (or has failed) and the map is idle again. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.dataset.state || document.body.dataset.state === 'ready', null, { timeout: READY_TIMEOUT_MS });
  await page.evaluate(() => window.clearedLandViewer!.whenMapIdle());
}

/** Types a basemap address into the menu and applies it, as a user would. */
async function chooseUrl(page: Page, address: string): Promise<void> {
  if (!(await page.locator('.basemap-details').evaluate((details) => (details as HTMLDetailsElement).open))) {
    await page.locator('.basemap-summary').click();
  }
  await page.locator('#basemap-custom').check();
  await page.locator('#basemap-url').fill(address);
  await page.locator('.basemap-url-form button[type="submit"]').click();
  await page.waitForTimeout(300);
  await settle(page);
}

/** The basemap drawn must fill most of the map between the zones, and the zones must be on top. */
const MIN_BASEMAP_SHARE = 0.3;

describe('viewer basemaps', () => {
  it(
    'draws a style JSON named by ?basemap= under the zones, with its credit, from the local server only',
    async () => {
      await withViewer(browser, `${server.url}?lang=en&basemap=${encodeURIComponent(tiles.styleUrl)}`, async ({ page }) => {
        await settle(page);
        expect(await shareOfColor(page, TILE_COLORS.style)).toBeGreaterThan(MIN_BASEMAP_SHARE);
        expect(await releasedPixelCount(page)).toBeGreaterThan(500);
        expect(await page.locator('.maplibregl-ctrl-attrib-inner').innerText()).toContain('Test style');
        expect(await page.locator('#basemap-notice').isVisible()).toBe(false);
        expect(tiles.requests).toContain('/style.json');
      });
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'draws a raster template from ?basemap=, then a PMTiles URL and a picked .pmtiles file from the menu, keeping the choice in the URL',
    async () => {
      await withViewer(browser, `${server.url}?lang=en&basemap=${encodeURIComponent(tiles.rasterTemplate)}`, async ({ page }) => {
        await settle(page);
        expect(await shareOfColor(page, TILE_COLORS.raster)).toBeGreaterThan(MIN_BASEMAP_SHARE);
        expect(await releasedPixelCount(page)).toBeGreaterThan(500);

        await chooseUrl(page, tiles.pmtilesUrl);
        expect(await shareOfColor(page, TILE_COLORS.pmtiles)).toBeGreaterThan(MIN_BASEMAP_SHARE);
        expect(await releasedPixelCount(page)).toBeGreaterThan(500);
        expect(new URL(page.url()).searchParams.get('basemap')).toBe(tiles.pmtilesUrl);
        expect(tiles.requests).toContain('/archive.pmtiles');

        // Back to the offline map, then the same archive as a local file: read in place, no request.
        await page.locator('#basemap-offline').check();
        await settle(page);
        expect(await shareOfColor(page, TILE_COLORS.pmtiles)).toBe(0);
        const archiveRequests = tiles.requests.filter((path) => path === '/archive.pmtiles').length;
        await page.locator('[data-basemap-file]').setInputFiles({ name: 'country.pmtiles', mimeType: 'application/octet-stream', buffer: tiles.pmtilesBytes });
        await page.waitForTimeout(300);
        await settle(page);
        expect(await shareOfColor(page, TILE_COLORS.pmtiles)).toBeGreaterThan(MIN_BASEMAP_SHARE);
        expect(await releasedPixelCount(page)).toBeGreaterThan(500);
        expect(tiles.requests.filter((path) => path === '/archive.pmtiles').length).toBe(archiveRequests);
        expect(await page.locator('.basemap-current').innerText()).toBe('country.pmtiles');
        // A local file cannot be linked to: the URL names no basemap.
        expect(new URL(page.url()).searchParams.get('basemap')).toBeNull();
      });
    },
    READY_TIMEOUT_MS * 3,
  );

  it(
    'draws a vector PMTiles archive styled with @protomaps/basemaps, fetching no glyphs or sprites',
    async () => {
      await withViewer(browser, `${server.url}?lang=en&basemap=${encodeURIComponent(tiles.vectorPmtilesUrl)}`, async ({ page }) => {
        await settle(page);
        // The archive's one layer is `earth`: the Protomaps light flavour paints it in its earth colour.
        expect(await shareOfColor(page, hexRgb(namedFlavor('light').earth))).toBeGreaterThan(MIN_BASEMAP_SHARE);
        expect(await releasedPixelCount(page)).toBeGreaterThan(500);
        expect(await page.locator('#basemap-notice').isVisible()).toBe(false);
        expect(tiles.requests.filter((path) => path !== '/vector.pmtiles')).not.toContainEqual(expect.stringMatching(/glyph|sprite|fonts|\.pbf$/));
      });
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'falls back to the offline map with a one-line message when a style, its tiles or an archive fail, keeping the zones',
    async () => {
      await withViewer(browser, `${server.url}?lang=en&basemap=${encodeURIComponent(tiles.missingStyleUrl)}`, async ({ page }) => {
        await settle(page);
        const land = hexRgb(OFFLINE_BASEMAP_COLORS.land);
        const notice = page.locator('#basemap-notice');
        await expect.poll(() => notice.isVisible()).toBe(true);
        expect(await notice.innerText()).toMatch(/^Basemap not loaded \(.*404.*\); showing the offline map\.$/);
        expect(await shareOfColor(page, land)).toBeGreaterThan(MIN_BASEMAP_SHARE);
        expect(await releasedPixelCount(page)).toBeGreaterThan(500);

        for (const [address, reason] of [
          [tiles.brokenTemplate, /500/],
          [tiles.missingPmtilesUrl, /could not be read.*404/],
        ] as const) {
          await chooseUrl(page, address);
          await expect.poll(() => notice.isVisible()).toBe(true);
          expect(await notice.innerText()).toMatch(reason);
          await page.evaluate(() => window.clearedLandViewer!.whenMapIdle());
          expect(await shareOfColor(page, land)).toBeGreaterThan(MIN_BASEMAP_SHARE);
          expect(await shareOfColor(page, TILE_COLORS.raster)).toBe(0);
          expect(await releasedPixelCount(page)).toBeGreaterThan(500);
          expect(await page.locator('#basemap-offline').isChecked()).toBe(true);
        }
        // An address that cannot be fetched is refused in the menu, before anything is fetched.
        await page.locator('#basemap-url').fill('ftp://example.org/style.json');
        await page.locator('.basemap-url-form button[type="submit"]').click();
        expect(await page.locator('.basemap-url-error').innerText()).toContain('only http: and https:');
      });
    },
    READY_TIMEOUT_MS * 3,
  );
});
