import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Polygon } from 'geojson';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
import { ZONE_PALETTE } from '../src/map/palette.js';
import { OFFLINE_BASEMAP_COLORS } from '../src/map/offline-style.js';
import { areaHectares, formatHectares, perimeterMeters, summarize } from '../src/index.js';
import type { ZoneFeature, ZoneStatus } from '../src/index.js';

const harnessRoot = fileURLToPath(new URL('./map-harness/', import.meta.url));
const screenshotDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
const CENTER: [number, number] = [47.0, 40.0];
const ZOOM = 13;
const PREFIX = 'cleared-land';

/** A lon/lat rectangle as a zone, with every normalised property a loaded zone has. */
function rectangleZone(
  featureIndex: number,
  id: string,
  status: ZoneStatus,
  endDate: string | null,
  [west, south, east, north]: [number, number, number, number],
  source: Record<string, unknown> = {},
): ZoneFeature {
  return {
    type: 'Feature',
    geometry: rectangle(west, south, east, north),
    properties: {
      id, status, endDate, featureIndex, source: { id, status, ...source },
      hazardId: null, method: null, startDate: null, region: null, organisation: 'Test Org', reportedAreaM2: null,
      apMines: 0, atMines: 0, uxo: 0, otherItems: 0,
    },
  };
}

function rectangle(west: number, south: number, east: number, north: number): Polygon {
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

const BOXES = {
  confirmed: [46.972, 40.008, 46.99, 40.018],
  suspected: [46.995, 40.008, 47.013, 40.018],
  cleared: [47.018, 40.008, 47.03, 40.018],
  reduced: [46.972, 39.985, 46.99, 39.995],
  cancelled: [46.995, 39.985, 47.013, 39.995],
} as const satisfies Record<ZoneStatus, [number, number, number, number]>;

const XSS = '<img src=x onerror="window.__xss=1">';
const ZONES: ZoneFeature[] = [
  rectangleZone(0, 'CHA-1', 'confirmed', null, [...BOXES.confirmed]),
  rectangleZone(1, 'SHA-1', 'suspected', null, [...BOXES.suspected]),
  rectangleZone(2, 'CL-1', 'cleared', '2024-02-20', [...BOXES.cleared]),
  rectangleZone(3, 'RE-1', 'reduced', '2024-01-15', [...BOXES.reduced]),
  rectangleZone(4, XSS, 'cancelled', '2024-03-10', [...BOXES.cancelled], {
    note: '<img src=x onerror=window.__xss=2>',
    '<script>window.__xss=3</script>': '<b onmouseover="window.__xss=4">bold</b>',
  }),
];

/** The colour a status's fill takes over the offline basemap's land, as blended by WebGL. */
function drawnColour(status: ZoneStatus): [number, number, number] {
  const style = ZONE_PALETTE[status];
  const channel = (hex: string, offset: number) => parseInt(hex.slice(offset, offset + 2), 16);
  return [1, 3, 5].map((offset) =>
    Math.round(channel(style.fillColor, offset) * style.fillOpacity + channel(OFFLINE_BASEMAP_COLORS.land, offset) * (1 - style.fillOpacity)),
  ) as [number, number, number];
}
const COLOURS = Object.fromEntries((Object.keys(BOXES) as ZoneStatus[]).map((status) => [status, drawnColour(status)]));
const TOLERANCE = 4;

let served: ServedBuild;
const pageErrors: string[] = [];
let browser: Browser;
let page: Page;

type Harness = {
  start(view: { center: [number, number]; zoom: number }): Promise<void>;
  addZones(zones: ZoneFeature[], options?: object): { sourceId: string; layerIds: string[] };
  setFilter(filter: object): void;
  removeZones(): void;
  addControls(zones: ZoneFeature[]): void;
  jumpTo(center: [number, number]): void;
  setStyle(diff: boolean): Promise<void>;
  addRegions(regions: object[]): string[];
  removeRegions(): void;
  timeEvents(): Array<{ from: string | null; to: string | null }>;
  measureResult(): { polygon: Polygon; areaHa: number; perimeterM: number; clearedHa: number; remainingHazardHa: number } | null;
  idle(): Promise<void>;
  countColours(colours: Record<string, [number, number, number]>, tolerance: number): Record<string, number>;
  listenerCounts(): Record<string, number>;
  project(lngLat: [number, number]): [number, number];
  unproject(point: [number, number]): [number, number];
  canvasOffset(): [number, number];
  styleIds(): { sources: string[]; layers: string[] };
  featureState(source: string, id: number): Record<string, unknown>;
  containerElementCount(): number;
};

function call<T>(fn: (harness: Harness, arg: any) => T | Promise<T>, arg?: unknown): Promise<T> {
  return page.evaluate(
    ([source, value]) => {
      const harness = (window as unknown as { harness: unknown }).harness;
      return new Function('harness', 'arg', `return (${source})(harness, arg);`)(harness, value);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

async function drawnPixels(): Promise<Record<string, number>> {
  await call((harness) => harness.idle());
  return call((harness, colours) => harness.countColours(colours, 4), COLOURS);
}

/** The pixel rectangle a lon/lat box covers on screen. */
async function screenBox([west, south, east, north]: readonly number[]) {
  const [x0, y0] = await call((harness, point) => harness.project(point), [west, north]);
  const [x1, y1] = await call((harness, point) => harness.project(point), [east, south]);
  return { x0, y0, x1, y1, width: x1 - x0, height: y1 - y0 };
}

async function clickAt(lngLat: [number, number]) {
  const [x, y] = await call((harness, point) => harness.project(point), lngLat);
  const [left, top] = await call((harness) => harness.canvasOffset());
  await page.mouse.click(left + x, top + y);
}

beforeAll(async () => {
  served = await serveViteBuild({ config: { root: harnessRoot, configFile: false, base: './' } });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1020, height: 720 }, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(served.url);
  await page.waitForSelector('body[data-ready="true"]');
  await call((harness, view) => harness.start(view), { center: CENTER, zoom: ZOOM });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('addZoneLayers in Chromium', () => {
  it('draws each status in its palette colour over about the area of its polygon', async () => {
    await call((harness, zones) => harness.addZones(zones), ZONES);
    const counts = await drawnPixels();
    for (const status of Object.keys(BOXES) as ZoneStatus[]) {
      const box = await screenBox(BOXES[status]);
      const outline = ZONE_PALETTE[status].outlineWidthPx;
      const interior = (box.width - 2 * outline) * (box.height - 2 * outline);
      expect(counts[status], status).toBeGreaterThan(0.9 * interior);
      expect(counts[status], status).toBeLessThanOrEqual(box.width * box.height);
    }
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'map-zone-layers.png') });
  });

  it('setFilter hides releases completed outside the period and keeps hazards', async () => {
    await call((harness) => harness.setFilter({ to: '2024-01-31' }));
    let counts = await drawnPixels();
    // A few anti-aliased outline pixels can fall near a fill colour; a drawn fill is > 10,000.
    expect(counts.cleared).toBeLessThan(50);
    expect(counts.cancelled).toBeLessThan(50);
    expect(counts.reduced).toBeGreaterThan(10_000);
    expect(counts.confirmed).toBeGreaterThan(10_000);
    expect(counts.suspected).toBeGreaterThan(10_000);

    await call((harness) => harness.setFilter({ from: '2024-02-01', to: null }));
    counts = await drawnPixels();
    expect(counts.reduced).toBeLessThan(50);
    expect(counts.cleared).toBeGreaterThan(10_000);
    expect(counts.cancelled).toBeGreaterThan(10_000);

    await call((harness) => harness.setFilter({ from: null, statuses: ['confirmed'] }));
    counts = await drawnPixels();
    expect(counts.confirmed).toBeGreaterThan(10_000);
    expect(counts.suspected + counts.cleared + counts.reduced + counts.cancelled).toBeLessThan(50);

    await call((harness) => harness.setFilter({ statuses: ['confirmed', 'suspected', 'cleared', 'reduced', 'cancelled'] }));
  });

  it('outlines the zone under the pointer through feature-state', async () => {
    const box = await screenBox(BOXES.confirmed);
    const [left, top] = await call((harness) => harness.canvasOffset());
    await page.mouse.move(left + box.x0 + box.width / 2, top + box.y0 + box.height / 2);
    await expect.poll(() => call((harness) => harness.featureState('cleared-land-zones', 0))).toEqual({ hover: true });
    await page.mouse.move(left + 5, top + 5);
    await expect.poll(() => call((harness) => harness.featureState('cleared-land-zones', 0))).toEqual({ hover: false });
  });

  it('writes untrusted properties into the popup as text: markup never runs', async () => {
    const box = BOXES.cancelled;
    await clickAt([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
    const popup = page.locator('.maplibregl-popup');
    await expect.poll(() => popup.count()).toBe(1);
    await page.locator('.cleared-land-popup__source summary').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await popup.locator('img, script, b').count()).toBe(0);
    const text = await popup.innerText();
    expect(text).toContain(`Zone ${XSS}`);
    expect(text).toContain('<img src=x onerror=window.__xss=2>');
    expect(text).toContain('<script>window.__xss=3</script>');
    // The exact area, to the square metre, next to the status.
    expect(text).toContain(`${new Intl.NumberFormat('en', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(areaHectares(ZONES[4].geometry))} ha`);
    await page.screenshot({ path: join(screenshotDir, 'map-popup.png') });
  });

  it('keeps its layers, data and filter through map.setStyle, diffed or not (region outlines too)', async () => {
    const district = { type: 'Feature', properties: { name: 'Test district' }, geometry: rectangle(46.96, 39.98, 47.04, 40.03) };
    const regionLayerIds = await call((harness, regions) => harness.addRegions(regions), [district]);
    await call((harness) => harness.setFilter({ to: '2024-01-31' }));
    for (const diff of [true, false]) {
      await call((harness, value) => harness.setStyle(value), diff);
      const ids = await call((harness) => harness.styleIds());
      expect(ids.sources, `diff ${diff}`).toContain(`${PREFIX}-zones`);
      expect(ids.layers.filter((id) => id.startsWith(PREFIX) && !regionLayerIds.includes(id)), `diff ${diff}`).toEqual([
        `${PREFIX}-fill`,
        ...['suspected', 'confirmed', 'cancelled', 'reduced', 'cleared'].map((status) => `${PREFIX}-outline-${status}`),
        `${PREFIX}-hover`,
        `${PREFIX}-label`,
      ]);
      for (const id of regionLayerIds) expect(ids.layers, `diff ${diff}`).toContain(id);
      const counts = await drawnPixels();
      expect(counts.cleared, `diff ${diff}`).toBeLessThan(50);
      expect(counts.reduced, `diff ${diff}`).toBeGreaterThan(10_000);
      expect(counts.confirmed, `diff ${diff}`).toBeGreaterThan(10_000);
    }
    await call((harness) => harness.setFilter({ to: null }));
    expect((await drawnPixels()).cleared).toBeGreaterThan(10_000);
    await call((harness) => harness.removeRegions());
    const layersLeft = (await call((harness) => harness.styleIds())).layers;
    for (const id of regionLayerIds) expect(layersLeft).not.toContain(id);
  });

  it('remove() takes away every source, layer, listener, popup and element it added', async () => {
    await call((harness) => harness.removeZones());
    const after = {
      ids: await call((harness) => harness.styleIds()),
      listeners: await call((harness) => harness.listenerCounts()),
      elements: await call((harness) => harness.containerElementCount()),
    };
    expect(after.ids.sources.filter((id) => id.startsWith(PREFIX))).toEqual([]);
    expect(after.ids.layers.filter((id) => id.startsWith(PREFIX))).toEqual([]);
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);

    // Adding and removing again must leave the map exactly as it was before.
    const before = after;
    await call((harness, zones) => harness.addZones(zones), ZONES);
    await call((harness) => harness.idle());
    await clickAt([47.004, 40.013]);
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    const whileAdded = await call((harness) => harness.listenerCounts());
    expect(whileAdded).not.toEqual(before.listeners);
    await call((harness) => harness.removeZones());
    expect(await call((harness) => harness.styleIds())).toEqual(before.ids);
    expect(await call((harness) => harness.listenerCounts())).toEqual(before.listeners);
    expect(await call((harness) => harness.containerElementCount())).toBe(before.elements);
    const counts = await drawnPixels();
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(0);
  });
});

describe('MeasureControl in Chromium', () => {
  it('measures a polygon drawn by clicks: its ellipsoidal hectares and the cleared and hazard land inside', async () => {
    await call((harness, zones) => harness.addZones(zones), ZONES);
    await call((harness, zones) => harness.addControls(zones), ZONES);
    // Centre the suspected and cleared zones, clear of the controls in the corners.
    await call((harness, center) => harness.jumpTo(center), [47.0195, 40.013]);
    await call((harness) => harness.idle());
    await page.getByRole('button', { name: 'Measure an area' }).click();
    // terra-draw loads on this first click; the button is pressed once the map takes corners.
    await expect.poll(() => page.getByRole('button', { name: 'Stop measuring' }).getAttribute('aria-pressed')).toBe('true');

    // A screen rectangle is a lon/lat rectangle in Web Mercator: it holds the whole cleared zone
    // and the eastern part of the suspected one, reaching beyond both to the north and south.
    const suspected = await screenBox(BOXES.suspected);
    const cleared = await screenBox(BOXES.cleared);
    const corners: [number, number][] = [
      [Math.round(suspected.x0 + suspected.width * 0.6), Math.round(cleared.y0 - 25)],
      [Math.round(cleared.x1 + 25), Math.round(cleared.y0 - 25)],
      [Math.round(cleared.x1 + 25), Math.round(cleared.y1 + 25)],
      [Math.round(suspected.x0 + suspected.width * 0.6), Math.round(cleared.y1 + 25)],
    ];
    const [left, top] = await call((harness) => harness.canvasOffset());
    for (const [x, y] of corners) {
      // Every click must land on the map, not on a control.
      expect(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.className, [left + x, top + y])).toContain('maplibregl-canvas');
    }
    for (const [x, y] of [...corners, corners[0]]) {
      await page.mouse.click(left + x, top + y);
      await page.waitForTimeout(150);
    }
    await page.screenshot({ path: join(screenshotDir, 'map-measure-drawn.png') });
    await expect.poll(() => call((harness) => harness.measureResult())).not.toBeNull();
    const result = (await call((harness) => harness.measureResult()))!;

    const clicked = await Promise.all(corners.map((corner) => call((harness, point) => harness.unproject(point), corner)));
    const ring = result.polygon.coordinates[0];
    expect(ring).toHaveLength(5);
    for (const position of ring.slice(0, 4)) {
      expect(clicked.some(([lng, lat]) => Math.abs(lng - position[0]) < 1e-8 && Math.abs(lat - position[1]) < 1e-8)).toBe(true);
    }
    expect(result.areaHa).toBeCloseTo(areaHectares(result.polygon), 9);
    const drawnWest = Math.min(...ring.map((position) => position[0]));
    expect(result.clearedHa).toBeCloseTo(areaHectares(rectangle(...BOXES.cleared)), 9);
    const [, south, east, north] = BOXES.suspected;
    // The suspected zone's south and north edges are geodesics; summarize cuts them where they
    // cross the drawn meridian (so that the shares add up), a few mm from where the rectangle's
    // corners put them: 0.001 m² apart here.
    expect(result.remainingHazardHa).toBeCloseTo(areaHectares(rectangle(drawnWest, south, east, north)), 6);

    const panel = page.locator('.cleared-land-measure__result');
    await expect.poll(() => panel.innerText()).toContain(`${formatHectares(result.areaHa, 'en')} ha`);
    expect(await panel.innerText()).toContain(`${formatHectares(result.clearedHa, 'en')} ha`);
    // The perimeter (perimeterMeters is checked against pyproj in its own test) is listed too.
    expect(result.perimeterM).toBeCloseTo(perimeterMeters(result.polygon), 6);
    const perimeterText = result.perimeterM >= 1_000 ? `${(result.perimeterM / 1_000).toFixed(2)} km` : `${Math.round(result.perimeterM)} m`;
    expect(await panel.innerText()).toMatch(new RegExp(`Perimeter\\s+${perimeterText.replace('.', '\\.')}`));
    await page.screenshot({ path: join(screenshotDir, 'map-measure.png') });
  });
  it('measures the map view from the keyboard: the polygon of the screen corners and every zone in it', async () => {
    // Frame the view with the keyboard: one step out brings every zone into it.
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('-');
    await call((harness) => harness.idle());
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Measure the map view' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => call((harness) => harness.measureResult()?.polygon.coordinates[0].length ?? 0)).toBe(5);
    const result = (await call((harness) => harness.measureResult()))!;
    const size = await page.evaluate(() => {
      const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
      return [canvas.clientWidth, canvas.clientHeight];
    });
    const corners = await Promise.all(
      [[0, size[1]], [size[0], size[1]], [size[0], 0], [0, 0]].map((corner) => call((harness, point) => harness.unproject(point), corner)),
    );
    result.polygon.coordinates[0].slice(0, 4).forEach((position, index) => {
      expect(position[0]).toBeCloseTo(corners[index][0], 9);
      expect(position[1]).toBeCloseTo(corners[index][1], 9);
    });
    expect(result.areaHa).toBeCloseTo(areaHectares(result.polygon), 9);
    // Every zone is in view: the figures are those of the whole file.
    const whole = summarize(ZONES).totals;
    expect(result.clearedHa).toBeCloseTo(whole.clearedHa, 6);
    expect(result.remainingHazardHa).toBeCloseTo(whole.remainingHazardHa, 6);
  });
});

describe('controls in Chromium', () => {
  it('the legend and the summary table show the hectares of summarize()', async () => {
    const summary = summarize(ZONES);
    const legend = await page.locator('.cleared-land-legend').innerText();
    for (const value of [summary.totals.clearedHa, summary.totals.reducedHa, summary.totals.cancelledHa, summary.totals.remainingHazardHa]) {
      expect(legend).toContain(`${formatHectares(value, 'en')} ha`);
    }
    const table = await page.locator('.cleared-land-summary').innerText();
    expect(table).toContain(formatHectares(summary.totals.clearedHa, 'en'));
  });

  it('the time filter is labelled, keyboard-operable, and plays week by week', async () => {
    // Native date inputs: typing a date is the browser's own keyboard handling; fill() stands in.
    await page.getByLabel('From').fill('2024-01-02');
    await expect.poll(() => call((harness) => harness.timeEvents().at(-1))).toEqual({ from: '2024-01-02', to: null });
    const play = page.getByRole('button', { name: 'Play week by week' });
    await play.focus();
    await page.keyboard.press('Space');
    // Playback starts with the first week after `from` and moves the end by seven days a step.
    await expect.poll(() => call((harness) => harness.timeEvents().length), { timeout: 10_000 }).toBeGreaterThan(4);
    const ends = (await call((harness) => harness.timeEvents())).slice(1).map((period) => period.to);
    expect(ends.slice(0, 3)).toEqual(['2024-01-08', '2024-01-15', '2024-01-22']);
    await expect.poll(() => call((harness) => harness.timeEvents().at(-1)?.to), { timeout: 10_000 }).toBe('2024-03-31');
    expect(await page.getByRole('button', { name: 'Play week by week' }).getAttribute('aria-pressed')).toBe('false');
    await page.screenshot({ path: join(screenshotDir, 'map-controls.png') });
  });
});

describe('the page', () => {
  it('logged no errors', () => {
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
