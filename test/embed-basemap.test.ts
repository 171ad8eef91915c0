import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
import { serveTiles, TILE_COLORS, type Rgb, type TileServer } from './viewer/tile-server.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const pageFolder = join(repositoryRoot, 'test/embed-page');

let served: ServedBuild;
let browser: Browser;
let tiles: TileServer;

/** The embed page with one `basemap` attribute. */
function pageWith(basemap: string): string {
  return readFileSync(join(pageFolder, 'index.html'), 'utf8').replace('regions="districts.geojson"', `regions="districts.geojson" basemap="${basemap}"`);
}

beforeAll(async () => {
  tiles = await serveTiles();
  served = await serveViteBuild({
    config: { configFile: join(repositoryRoot, 'vite.embed.config.ts'), root: repositoryRoot },
    files: {
      'listen.js': readFileSync(join(pageFolder, 'listen.js'), 'utf8'),
      'page.css': readFileSync(join(pageFolder, 'page.css'), 'utf8'),
      'zones.geojson': readFileSync(join(repositoryRoot, 'data/sample-zones.geojson'), 'utf8'),
      'districts.geojson': readFileSync(join(repositoryRoot, 'data/sample-districts.geojson'), 'utf8'),
      'raster.html': pageWith(`${tiles.rasterTemplate}|Test tiles`),
      'pmtiles.html': pageWith(tiles.pmtilesUrl),
      'missing.html': pageWith(tiles.missingStyleUrl),
    },
    // The documented policy, with the tile server added to connect-src as docs/guide/maps.md says.
    headers: {
      'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self' blob:",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        `connect-src 'self' ${tiles.origin}`,
        "object-src 'none'",
        "base-uri 'none'",
      ].join('; '),
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await tiles?.close();
});

/** Opens a page and waits until its element has figures and its map is idle. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.route((address) => address.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
  await page.goto(`${served.url}${path}`);
  await page.waitForFunction(() => (window as unknown as { __summaries: unknown[] }).__summaries.length > 0, undefined, { timeout: 60_000 });
  return page;
}

/** Share of the element's map canvas near `color`, read in the frame MapLibre has just drawn. */
async function shareOfColor(page: Page, color: Rgb): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const map = (document.querySelector('cleared-land-map') as unknown as { map: import('maplibre-gl').Map }).map;
        const measure = () => {
          // Read inside the render event: the drawing buffer is still there (no preserveDrawingBuffer).
          map.once('render', () => {
            const source = map.getCanvas();
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
            resolve(count / (data.length / 4));
          });
          map.triggerRepaint();
        };
        if (map.loaded() && map.areTilesLoaded()) measure();
        else map.once('idle', measure);
      }),
    color as [number, number, number],
  );
}

describe('<cleared-land-map basemap>', () => {
  for (const [path, color, name] of [
    ['raster.html', TILE_COLORS.raster, 'a raster tile template'],
    ['pmtiles.html', TILE_COLORS.pmtiles, 'a PMTiles archive'],
  ] as const) {
    it(`draws ${name} under the zones, allowed by connect-src for its host, with nothing off the machine`, async () => {
      const page = await open(path);
      const external: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).hostname !== '127.0.0.1') external.push(request.url());
      });
      try {
        await expect.poll(() => shareOfColor(page, color), { timeout: 60_000 }).toBeGreaterThan(0.3);
        expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
        expect(external).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('falls back to the offline map with a one-line message and an event when the style is missing', async () => {
    const page = await open('missing.html');
    try {
      const message = () =>
        page.evaluate(() => {
          const line = document.querySelector('cleared-land-map')!.shadowRoot!.querySelector<HTMLElement>('.cleared-land-message')!;
          return line.hidden ? null : line.textContent;
        });
      await expect.poll(message, { timeout: 30_000 }).toMatch(/^Basemap not loaded \(.*404.*\); showing the offline map\.$/);
      // The zones are still there, over the offline map.
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const map = (document.querySelector('cleared-land-map') as unknown as { map: import('maplibre-gl').Map }).map;
              return Boolean(map.getLayer('cleared-land-fill')) && Boolean(map.getLayer('basemap-countries'));
            }),
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
      const events = await page.evaluate(() => (window as unknown as { __basemapErrors: string[] }).__basemapErrors);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatch(/404/);
    } finally {
      await page.close();
    }
  });
});
