/**
 * Takes the README's screenshots of the viewer: docs/viewer-desktop.png (1440 × 900) and
 * docs/viewer-phone.png (390 × 844 CSS pixels at device pixel ratio 2), showing the bundled
 * sample; docs/viewer-basemap-menu.png (the basemap menu open), docs/viewer-coordinates.png (the
 * position readout under the pointer) and docs/viewer-print.png (the printed week's first A4 page,
 * printed to PDF by Chromium and rendered by pdftoppm from poppler-utils). Builds the viewer, serves it on 127.0.0.1 and drives headless Chromium, like the
 * end-to-end tests; nothing is fetched from the internet.
 *
 * @example
 * ```sh
 * npx tsx examples/viewer/take-screenshots.ts
 * ```
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../test/browser/launch-chromium.js';
import { serveViewer } from '../../test/viewer/viewer-server.js';
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT, READY_TIMEOUT_MS, waitUntilReady } from '../../test/viewer/viewer-page.js';

const docsFolder = fileURLToPath(new URL('../../docs/', import.meta.url));
/** The chart is computed week by week in a worker after the figures; wait for it to be drawn. */
const CHART_SELECTOR = '.progress-chart polyline';

const shots = [
  { file: 'viewer-desktop.png', viewport: DESKTOP_VIEWPORT, deviceScaleFactor: 1 },
  { file: 'viewer-phone.png', viewport: PHONE_VIEWPORT, deviceScaleFactor: 2 },
];

mkdirSync(docsFolder, { recursive: true });
const [server, browser] = await Promise.all([serveViewer(), launchChromium()]);
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=en`);
    await waitUntilReady(page);
    await page.waitForSelector(CHART_SELECTOR, { timeout: READY_TIMEOUT_MS });
    // Leave the pointer and focus off the controls so no hover or focus ring shows.
    await page.mouse.move(0, shot.viewport.height - 1);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${docsFolder}${shot.file}` });
    process.stdout.write(`wrote docs/${shot.file}\n`);
    await context.close();
  }

  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en&from=2024-04-22&to=2024-04-28`);
  await waitUntilReady(page);
  const mapBox = (await page.locator('#map').boundingBox())!;

  // The basemap menu, open, with the URL field showing what it takes.
  await page.locator('.basemap-summary').click();
  await page.locator('#basemap-custom').check();
  await page.locator('#basemap-url').fill('https://tiles.example.org/azerbaijan.pmtiles');
  await page.mouse.move(mapBox.x + mapBox.width - 5, mapBox.y + mapBox.height - 5);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: `${docsFolder}viewer-basemap-menu.png`, clip: { x: mapBox.x, y: mapBox.y, width: 560, height: 440 } });
  process.stdout.write('wrote docs/viewer-basemap-menu.png\n');
  await page.locator('.basemap-summary').click();

  // The position readout, following the pointer over a zone.
  await page.mouse.move(mapBox.x + mapBox.width * 0.62, mapBox.y + mapBox.height * 0.66);
  await page.waitForTimeout(200);
  const readout = (await page.locator('.cleared-land-position').boundingBox())!;
  await page.screenshot({
    path: `${docsFolder}viewer-coordinates.png`,
    clip: { x: mapBox.x + mapBox.width - 560, y: readout.y - 250, width: 560, height: mapBox.y + mapBox.height - (readout.y - 250) },
  });
  process.stdout.write('wrote docs/viewer-coordinates.png\n');

  // The printed week: A4 PDF from Chromium, first page rendered to PNG.
  const folder = mkdtempSync(join(tmpdir(), 'cleared-land-print-'));
  try {
    await page.evaluate(() => window.clearedLandViewer!.preparePrint());
    await page.emulateMedia({ media: 'print' });
    const pdfPath = join(folder, 'week.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(docsFolder, 'viewer-print')]);
    process.stdout.write('wrote docs/viewer-print.png\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
