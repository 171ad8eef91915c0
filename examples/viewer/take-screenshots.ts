/**
 * Takes the README's screenshots of the viewer: docs/viewer-desktop.png (1440 × 900) and
 * docs/viewer-phone.png (390 × 844 CSS pixels at device pixel ratio 2), showing the bundled
 * sample. Builds the viewer, serves it on 127.0.0.1 and drives headless Chromium, like the
 * end-to-end tests; nothing is fetched from the internet.
 *
 * @example
 * ```sh
 * npx tsx examples/viewer/take-screenshots.ts
 * ```
 */
import { mkdirSync } from 'node:fs';
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
} finally {
  await browser.close();
  await server.close();
}
