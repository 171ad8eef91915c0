import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatCount, formatHectares, loadRegionFile, loadRegions, loadZones, type Summary, type SupportedLocale } from '../src/index.js';
import { summarize } from '../src/report/summarize.js';
import { pathSource } from '../src/node.js';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { districtRows, figureText, READY_TIMEOUT_MS, withViewer } from './viewer/viewer-page.js';

// The viewer must show, for the files it is pointed at, exactly the hectares summarize() gives
// for the same files in Node: the page computes them in a worker, from a fetched copy.

const HEADLINE_FIELDS = ['releasedHa', 'clearedHa', 'reducedHa', 'cancelledHa', 'remainingHazardHa'] as const;
/** The third week of the sample record, Monday to Sunday. */
const WEEK = { from: '2024-03-18', to: '2024-03-24' };

let server: ViewerServer;
let browser: Browser;
let zones: Awaited<ReturnType<typeof loadZones>>;
let regions: Awaited<ReturnType<typeof loadRegions>>;

beforeAll(async () => {
  [server, browser, zones, regions] = await Promise.all([
    serveViewer(),
    launchChromium(),
    loadZones(pathSource('data/sample-zones.geojson')),
    loadRegions(pathSource('data/sample-districts.geojson')),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function viewerUrl(parameters: Record<string, string>): string {
  const query = new URLSearchParams({ data: server.zonesUrl, regions: server.districtsUrl, ...parameters });
  return `${server.url}?${query}`;
}

async function expectFiguresOnPage(url: string, truth: Summary, locale: SupportedLocale): Promise<void> {
  await withViewer(browser, url, async ({ page }) => {
    for (const field of HEADLINE_FIELDS) {
      expect(await figureText(page, field), field).toBe(formatHectares(truth.totals[field], locale));
    }
    for (const item of ['apMines', 'atMines', 'uxo', 'otherItems'] as const) {
      expect(await page.locator(`.totals [data-figure="${item}"]`).innerText(), item).toBe(formatCount(truth.totals.items[item], locale));
    }

    await page.click('[data-tab="districts"]');
    const rows = await districtRows(page);
    expect(rows).toHaveLength(truth.regions.length + (truth.outsideRegions ? 1 : 0));
    for (const region of truth.regions) {
      const row = rows.find((cells) => cells[0] === region.name);
      expect(row, region.name).toBeDefined();
      // Columns: district, cleared, reduced, cancelled, released, remaining hazard, items, items/ha.
      expect(row!.slice(1, 6)).toEqual(
        [region.clearedHa, region.reducedHa, region.cancelledHa, region.releasedHa, region.remainingHazardHa].map((value) =>
          formatHectares(value, locale),
        ),
      );
    }
    const total = await page.$$eval('.district-table tfoot td', (cells) => cells.map((cell) => (cell as HTMLElement).innerText));
    expect(total[3]).toBe(formatHectares(truth.totals.releasedHa, locale));
  });
}

describe('viewer figures', () => {
  it(
    'shows the whole record’s hectares exactly as summarize() gives them for the same files',
    async () => {
      const truth = summarize(zones, { regions });
      await expectFiguresOnPage(viewerUrl({ lang: 'en' }), truth, 'en');
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'shows one week’s hectares (from/to in the URL) exactly as summarize() gives them',
    async () => {
      const truth = summarize(zones, { regions, ...WEEK });
      // The week's figures must differ from the whole record's, or this test proves nothing new.
      expect(truth.totals.releasedHa).toBeLessThan(summarize(zones, { regions }).totals.releasedHa);
      expect(truth.totals.releasedHa).toBeGreaterThan(0);
      await expectFiguresOnPage(viewerUrl({ lang: 'en', ...WEEK }), truth, 'en');
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'writes the figures the Azerbaijani way with lang=az (1.234,5)',
    async () => {
      const truth = summarize(zones, { regions, ...WEEK });
      await expectFiguresOnPage(viewerUrl({ lang: 'az', ...WEEK }), truth, 'az');
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'counts accepted and rejected features as the loader does',
    async () => {
      await withViewer(browser, viewerUrl({ lang: 'en' }), async ({ page }) => {
        await page.click('[data-tab="issues"]');
        expect(await page.locator('[data-count="accepted"]').innerText()).toBe(formatCount(zones.accepted, 'en'));
        expect(await page.locator('[data-count="rejected"]').innerText()).toBe(formatCount(zones.rejected, 'en'));
        const truth = summarize(zones, { regions });
        expect(await page.locator('.issue-list > li').count()).toBe(truth.issues.length);
        expect(await page.locator('[data-tab="issues"] .tab-badge').innerText()).toBe(String(truth.issues.length));
      });
    },
    READY_TIMEOUT_MS * 2,
  );
});

describe('the viewer with real district boundaries', () => {
  it(
    'lists the districts file\'s warnings (geoBoundaries repeats positions) with the zones\' issues, as the CLI does',
    async () => {
      const realDistricts = await loadRegionFile(pathSource(new URL('../../shared/data/geoboundaries-aze-adm2/geoBoundaries-AZE-ADM2_simplified.topojson', import.meta.url).pathname));
      const fromFile = realDistricts.issues.filter((issue) => issue.code === 'repeated-position');
      expect(fromFile.length).toBeGreaterThan(0);
      await withViewer(browser, viewerUrl({ lang: 'en', regions: server.realDistrictsUrl }), async ({ page }) => {
        await page.click('[data-tab="issues"]');
        const listed = await page.locator('.issue-list > li').allInnerTexts();
        const repeated = listed.filter((text) => text.includes('aze-adm2.topojson') && /repeat/i.test(text));
        expect(repeated).toHaveLength(fromFile.length);
        const truth = summarize(zones, { regions: { ...realDistricts, fileName: server.realDistrictsUrl } });
        expect(listed).toHaveLength(truth.issues.length);
      });
    },
    READY_TIMEOUT_MS * 2,
  );
});

