import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatText, loadZones, stringSource } from '../src/index.js';
import { summarize } from '../src/report/summarize.js';
import { formatMapPosition, mapPosition } from '../src/map/map-position.js';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { figureText, READY_TIMEOUT_MS, withViewer } from './viewer/viewer-page.js';

let server: ViewerServer;
let browser: Browser;
let workFolder: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveViewer(), launchChromium()]);
  workFolder = mkdtempSync(join(tmpdir(), 'cleared-land-print-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workFolder) rmSync(workFolder, { recursive: true, force: true });
});

const WEEK = { from: '2024-04-22', to: '2024-04-28' };
const sampleText = readFileSync(new URL('../data/sample-zones.geojson', import.meta.url), 'utf8');

/** Text of a PDF page range, whitespace collapsed (pdftotext breaks lines where the layout does). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the printed week', () => {
  it(
    'prints the week to at most two A4 pages with the sentence, the released hectares, the period and the map picture',
    async () => {
      await withViewer(browser, `${server.url}?lang=en&from=${WEEK.from}&to=${WEEK.to}`, async ({ page }) => {
        await page.evaluate(() => window.clearedLandViewer!.preparePrint());
        await page.emulateMedia({ media: 'print' });
        const pdfPath = join(workFolder, 'week.pdf');
        writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));

        const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
        const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        // A4 is 595 × 842 points.
        expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841\.\d+|Page size:\s+595(\.\d+)? x 842/);

        const text = pdfText(pdfPath);
        // The sentence as the library writes it for this week (computed here, in Node, independently of the page).
        const load = await loadZones(stringSource(sampleText, 'sample-zones.geojson'));
        const sentence = formatText(summarize(load, WEEK), { locale: 'en' }).replace(/\s+/g, ' ');
        expect(text).toContain(sentence.slice(0, 120));
        expect(text).toContain('Remaining hazardous area on 28 April 2024');
        // The released hectares as the screen shows them, and the period.
        await page.emulateMedia({ media: 'screen' });
        expect(text).toContain(`${await figureText(page, 'releasedHa')} ha`);
        expect(text).toContain('22 Apr 2024 – 28 Apr 2024');
        expect(text).toContain('Land release: the week in figures');
        // No buttons or panels: the screen's controls are not printed.
        expect(text).not.toContain('Open zones');
        expect(text).not.toContain('Measure an area');

        // The map is in the PDF as a picture at least half the page wide.
        const images = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' })
          .split('\n')
          .slice(2)
          .filter(Boolean)
          .map((line) => line.trim().split(/\s+/))
          .map((columns) => ({ page: Number(columns[0]), width: Number(columns[3]), height: Number(columns[4]) }));
        expect(images.some((image) => image.width >= 600 && image.height >= 400)).toBe(true);
      });
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'finds a zone by id (zoom and popup), a hazard by id, and a district by name, and zooms to a district row',
    async () => {
      await withViewer(browser, `${server.url}?lang=en`, async ({ page }) => {
        const load = await loadZones(stringSource(sampleText, 'sample-zones.geojson'));
        const zone = load.zones.find((candidate) => candidate.properties.hazardId && candidate.properties.id)!;
        const hazardId = String(zone.properties.hazardId);
        const hazardZones = load.zones.filter((candidate) => candidate.properties.hazardId === hazardId).length;

        await page.locator('#find-input').fill(String(zone.properties.id).toLowerCase());
        await page.locator('#find-input').press('Enter');
        await expect.poll(() => page.locator('#find-status').innerText()).toBe(`Zone “${String(zone.properties.id).toLowerCase()}”.`);
        await expect.poll(() => page.locator('.maplibregl-popup .cleared-land-popup__title').innerText()).toContain(String(zone.properties.id));

        await page.locator('#find-input').fill(hazardId);
        await page.locator('.find-button').click();
        const expectedStatus = hazardZones === 1 ? `Zone “${hazardId}”.` : `${hazardZones} zones for “${hazardId}”.`;
        await expect.poll(() => page.locator('#find-status').innerText()).toBe(expectedStatus);

        await page.locator('#find-input').fill('Sample District C');
        await page.locator('#find-input').press('Enter');
        await expect.poll(() => page.locator('#find-status').innerText()).toBe('District Sample District C.');
        await page.locator('#find-input').fill('no such place');
        await page.locator('#find-input').press('Enter');
        await expect.poll(() => page.locator('#find-status').innerText()).toBe('Nothing called “no such place”.');

        // A district row: the map moves to that district (its centre lands inside the district's box).
        await page.locator('[role="tab"]', { hasText: 'Districts' }).click();
        const districts = JSON.parse(readFileSync(new URL('../data/sample-districts.geojson', import.meta.url), 'utf8'));
        const district = districts.features.find((feature: { properties: Record<string, unknown> }) => Object.values(feature.properties).includes('Sample District K'));
        const ring: number[][] = district.geometry.type === 'Polygon' ? district.geometry.coordinates[0] : district.geometry.coordinates[0][0];
        await page.locator('button.district-zoom[data-district="Sample District K"]').click();
        await page.evaluate(() => window.clearedLandViewer!.whenMapIdle());
        await expect.poll(() => new URL(page.url()).searchParams.get('center'), { timeout: 10_000 }).not.toBeNull();
        const [longitude, latitude] = new URL(page.url()).searchParams.get('center')!.split(',').map(Number);
        expect(longitude).toBeGreaterThan(Math.min(...ring.map((point) => point[0])));
        expect(longitude).toBeLessThan(Math.max(...ring.map((point) => point[0])));
        expect(latitude).toBeGreaterThan(Math.min(...ring.map((point) => point[1])));
        expect(latitude).toBeLessThan(Math.max(...ring.map((point) => point[1])));
      });
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'reads out the position under the pointer and at the centre for the keyboard, in degrees, UTM and MGRS, and copies it',
    async () => {
      await withViewer(browser, `${server.url}?lang=en&center=46.75000,40.00000&zoom=9.00`, async ({ page }) => {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
        const readout = page.locator('.cleared-land-position__readout');
        // Keyboard: focusing the map shows its centre, which the URL names.
        await page.locator('#map canvas').focus();
        await expect.poll(() => readout.locator('.cleared-land-position__caption').innerText()).toMatch(/map centre/i);
        const centreText = formatMapPosition(mapPosition(46.75, 40));
        const lines = async () => (await readout.locator('.cleared-land-position__line').allInnerTexts()).map((line) => line.trim());
        await expect.poll(lines).toEqual([centreText.lonLat, `UTM ${centreText.utm}`, `MGRS ${centreText.mgrs}`]);

        // Pointer: the readout follows it and says so; its UTM and MGRS agree with its degrees.
        const box = (await page.locator('#map canvas').boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
        await expect.poll(() => readout.locator('.cleared-land-position__caption').innerText()).toMatch(/pointer/i);
        const [degrees, utm, mgrs] = await lines();
        const [, latitude, north, longitude, east] = /^([\d.]+)° ([NS]) ([\d.]+)° ([EW])$/.exec(degrees)!;
        const shown = formatMapPosition(mapPosition(Number(longitude) * (east === 'E' ? 1 : -1), Number(latitude) * (north === 'N' ? 1 : -1)));
        expect(Number(longitude)).toBeLessThan(46.75);
        expect(Number(latitude)).toBeLessThan(40);
        // Degrees are rounded to 1e-5° (about a metre), so UTM may differ by a metre.
        const [, eastingShown] = /E? (\d+) E/.exec(utm)!;
        const [, eastingExpected] = /E? (\d+) E/.exec(shown.utm!)!;
        expect(Math.abs(Number(eastingShown) - Number(eastingExpected))).toBeLessThanOrEqual(1);
        expect(mgrs.slice(0, 12)).toBe(`MGRS ${shown.mgrs!.slice(0, 7)}`);

        // Click copies the three lines.
        await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
        const copiedLines = await lines();
        await readout.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => readout.locator('.cleared-land-position__caption').innerText()).toMatch(/copied/i);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copiedLines.join('\n'));
      });
    },
    READY_TIMEOUT_MS * 2,
  );
});
