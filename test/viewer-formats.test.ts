import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatHectares, loadZones, summarize } from '../src/index.js';
import { pathSource } from '../src/node.js';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { figureText, READY_TIMEOUT_MS, waitUntilReady, withViewer } from './viewer/viewer-page.js';

// The 36 held-out zones of test/fixtures/make-gdal-fixtures.py, as GeoJSON and as ogr2ogr wrote
// them to a GeoPackage (in UTM 38N) and to FlatGeobuf.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/gdal/${name}`, import.meta.url));

let server: ViewerServer;
let browser: Browser;
let releasedHa: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveViewer(), launchChromium()]);
  // What the GeoJSON gives; test/gdal-exports.test.ts checks these readers against GEOS + GeographicLib.
  releasedHa = summarize(await loadZones(pathSource(fixture('zones.geojson')))).totals.releasedHa;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the viewer opens the formats GIS tools write', () => {
  it(
    'opens a GeoPackage dropped on the page (sql.js loaded on demand, nothing fetched from the internet)',
    async () => {
      await withViewer(browser, `${server.url}?lang=en`, async ({ page }) => {
        await waitUntilReady(page);
        const bytes = [...readFileSync(fixture('zones.gpkg'))];
        await page.evaluate((content) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(content)], 'zones.gpkg'));
          for (const type of ['dragenter', 'dragover', 'drop']) {
            document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
          }
        }, bytes);
        await expect.poll(() => page.locator('.dataset-file').first().innerText(), { timeout: READY_TIMEOUT_MS }).toBe('zones.gpkg');
        await waitUntilReady(page);
        expect(await figureText(page, 'releasedHa')).toBe(formatHectares(releasedHa, 'en'));
      });
    },
    READY_TIMEOUT_MS * 3,
  );

  it(
    'opens a FlatGeobuf file chosen with the file picker',
    async () => {
      await withViewer(browser, `${server.url}?lang=en`, async ({ page }) => {
        await waitUntilReady(page);
        expect(await page.locator('#zones-input').getAttribute('accept')).toContain('.fgb');
        await page.setInputFiles('#zones-input', fixture('zones.fgb'));
        await expect.poll(() => page.locator('.dataset-file').first().innerText(), { timeout: READY_TIMEOUT_MS }).toBe('zones.fgb');
        await waitUntilReady(page);
        expect(await figureText(page, 'releasedHa')).toBe(formatHectares(releasedHa, 'en'));
      });
    },
    READY_TIMEOUT_MS * 3,
  );
});
