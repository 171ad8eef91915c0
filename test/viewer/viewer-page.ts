import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Desktop viewport of the viewer tests and screenshots. */
export const DESKTOP_VIEWPORT = { width: 1440, height: 900 };
/** Phone viewport (an iPhone 12–15 in CSS pixels). */
export const PHONE_VIEWPORT = { width: 390, height: 844 };
/** Longest wait for the viewer to show figures: a build machine with two cores and SwiftShader is slow. */
export const READY_TIMEOUT_MS = 90_000;

/** A page of the viewer and every request it made to a host other than the loopback server. */
export interface ViewerPage {
  page: Page;
  /** URLs requested from anywhere but 127.0.0.1 (the viewer must never reach the internet). */
  externalRequests: string[];
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
}

/**
 * Opens the viewer at `url` in a fresh context and waits until every panel shows figures and the
 * map has drawn them.
 *
 * @example
 * const { page } = await openViewer(browser, `${server.url}?lang=az`);
 */
export async function openViewer(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = DESKTOP_VIEWPORT,
): Promise<ViewerPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') externalRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Nothing may leave the machine: whatever is not on the loopback interface is refused (and listed above).
  await context.route((address) => !isLoopback(address), (route) => route.abort('blockedbyclient'));
  await page.goto(url);
  await waitUntilReady(page);
  return { page, externalRequests, pageErrors };
}

/**
 * Opens the viewer at `url` (see {@link openViewer}), runs `use` on it, then checks that the page
 * asked nothing of the internet and threw nothing; the page's context is closed whatever happened.
 *
 * @example
 * await withViewer(browser, `${server.url}?lang=az`, async ({ page }) => {
 *   expect(await figureText(page, 'releasedHa')).toBe('4 975,5');
 * });
 */
export async function withViewer(
  browser: Browser,
  url: string,
  use: (viewer: ViewerPage) => Promise<void>,
  viewport: { width: number; height: number } = DESKTOP_VIEWPORT,
): Promise<void> {
  const viewer = await openViewer(browser, url, viewport);
  try {
    await use(viewer);
    expect(viewer.externalRequests, 'requests to hosts other than the loopback server').toEqual([]);
    expect(viewer.pageErrors, 'uncaught errors in the page').toEqual([]);
  } finally {
    await viewer.page.context().close();
  }
}

function isLoopback(address: URL): boolean {
  return !(address.protocol === 'http:' || address.protocol === 'https:') || address.hostname === '127.0.0.1';
}

/** Waits until the viewer reports `ready` (figures on screen) and its map is idle. */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-state="ready"]', { timeout: READY_TIMEOUT_MS });
  await page.evaluate(() => window.clearedLandViewer!.whenMapIdle());
}

/** The text of a headline figure (`data-figure` attribute), e.g. '4,975.5' for `releasedHa`. */
export async function figureText(page: Page, field: string): Promise<string> {
  const figure = page.locator(`.totals [data-figure="${field}"]`).first();
  const value = figure.locator('.figure-value');
  return (await value.count()) > 0 ? value.innerText() : figure.innerText();
}

/** The district table as rows of cell texts, in screen order (tbody only). */
export async function districtRows(page: Page): Promise<string[][]> {
  return page.$$eval('.district-table tbody tr', (rows) =>
    rows.map((row) => Array.from(row.children, (cell) => (cell as HTMLElement).innerText.trim())),
  );
}

/**
 * Counts map pixels drawn in the released-land colours (cleared, reduced, cancelled, blended over
 * the basemap or over a hazard), by reading the WebGL canvas back in the page.
 */
export async function releasedPixelCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const source = document.querySelector<HTMLCanvasElement>('#map canvas.maplibregl-canvas');
    if (!source) throw new Error('no map canvas');
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(source, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let index = 0; index < data.length; index += 4) {
      const [red, green, blue] = [data[index], data[index + 1], data[index + 2]];
      // Release fills are green or blue with little red; the basemap is warm grey, hazards red/amber.
      if (red < 180 && (blue > red + 25 || green > red + 25)) count += 1;
    }
    return count;
  });
}
