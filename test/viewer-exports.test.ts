import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import { loadRegions, loadZones, type Summary } from '../src/index.js';
import { areaHectares } from '../src/geometry/area.js';
import { summarize } from '../src/report/summarize.js';
import { pathSource } from '../src/node.js';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { openViewer, READY_TIMEOUT_MS } from './viewer/viewer-page.js';

/** Weeks 2 to 5 of the sample record. */
const PERIOD = { from: '2024-03-11', to: '2024-04-07' };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let server: ViewerServer;
let browser: Browser;
let page: Page;
let truth: Summary;
const downloads = mkdtempSync(join(tmpdir(), 'cleared-land-viewer-exports-'));

beforeAll(async () => {
  let zones: Awaited<ReturnType<typeof loadZones>>;
  let regions: Awaited<ReturnType<typeof loadRegions>>;
  [server, browser, zones, regions] = await Promise.all([
    serveViewer(),
    launchChromium(),
    loadZones(pathSource('data/sample-zones.geojson')),
    loadRegions(pathSource('data/sample-districts.geojson')),
  ]);
  truth = summarize(zones, { regions, ...PERIOD });
  const query = new URLSearchParams({ data: server.zonesUrl, regions: server.districtsUrl, lang: 'en', ...PERIOD });
  ({ page } = await openViewer(browser, `${server.url}?${query}`));
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(action: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: READY_TIMEOUT_MS }),
    page.click(`[data-export="${action}"]`),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('viewer exports', () => {
  it('exports the district table as CSV with one row per district and a total', async () => {
    const { name, bytes } = await download('csv');
    expect(name).toBe('cleared-land-districts-2024-03-11_2024-04-07.csv');
    const lines = bytes.toString('utf8').trimEnd().split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 5)).toEqual(['name', 'cleared_ha', 'reduced_ha', 'cancelled_ha', 'released_ha']);
    const rows = lines.slice(1).map((line) => line.split(','));
    const names = rows.map((row) => row[0]);
    expect(names).toEqual([
      ...truth.regions.map((region) => region.name),
      ...(truth.outsideRegions ? ['outside regions'] : []),
      'total',
    ]);
    const total = rows[rows.length - 1];
    expect(Number(total[header.indexOf('released_ha')])).toBeCloseTo(truth.totals.releasedHa, 6);
    expect(Number(total[header.indexOf('ap_mines')])).toBe(truth.totals.items.apMines);
  });

  it.each([
    ['released', 'releasedHa'],
    ['remaining', 'remainingHazardHa'],
    ['cleared', 'clearedHa'],
  ] as const)('exports %s land as GeoJSON MultiPolygon of the summarised area', async (action, field) => {
    const { name, bytes } = await download(action);
    expect(name).toMatch(/\.geojson$/);
    const collection = JSON.parse(bytes.toString('utf8')) as FeatureCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    if (feature.geometry.type !== 'MultiPolygon' && feature.geometry.type !== 'Polygon') throw new Error('not polygonal');
    expect(feature.geometry.coordinates.length).toBeGreaterThan(0);
    expect(feature.properties).toMatchObject({ outcome: action, date_from: PERIOD.from, date_to: PERIOD.to });
    // The file's own geometry measures what the summary reported (same dissolve, same ellipsoid).
    expect(areaHectares(feature.geometry)).toBeCloseTo(truth.totals[field], 1);
    expect(feature.properties?.area_ha).toBeCloseTo(truth.totals[field], 6);
  });

  it.each(['shp', 'kml', 'gpkg'] as const)('exports released land as %s that GDAL reads with the summarised hectares', async (format) => {
    await page.selectOption('[data-export-format]', format);
    try {
      const { name, bytes } = await download('released');
      expect(name).toBe(`cleared-land-released-2024-03-11_2024-04-07${format === 'shp' ? '.zip' : `.${format}`}`);
      const path = join(downloads, name);
      await writeFile(path, bytes);
      const source = format === 'shp' ? `/vsizip/${path}` : path;
      const read = JSON.parse(execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', source], { encoding: 'utf8' })) as FeatureCollection;
      expect(read.features).toHaveLength(1);
      const geometry = read.features[0].geometry;
      if (geometry.type !== 'MultiPolygon' && geometry.type !== 'Polygon') throw new Error(`not polygonal: ${geometry.type}`);
      expect(areaHectares(geometry)).toBeCloseTo(truth.totals.releasedHa, 4);
      expect(Number(read.features[0].properties?.area_ha)).toBeCloseTo(truth.totals.releasedHa, 6);
    } finally {
      await page.selectOption('[data-export-format]', 'geojson');
    }
  });

  it('exports the map as a PNG with the legend drawn in', async () => {
    const { name, bytes } = await download('png');
    expect(name).toBe('cleared-land-map-2024-03-11_2024-04-07.png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const canvasSize = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#map canvas.maplibregl-canvas')!;
      return { width: canvas.width, height: canvas.height };
    });
    // IHDR: width and height, big-endian, right after the 8-byte signature and the chunk header.
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual(canvasSize);
    expect(bytes.length).toBeGreaterThan(20_000);

    // The legend and the title are painted over the map: near the bottom-left and top-left corners the
    // PNG differs from the bare map canvas, while the middle of the map is the map itself.
    const difference = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const map = document.querySelector<HTMLCanvasElement>('#map canvas.maplibregl-canvas')!;
      const pixels = (source: CanvasImageSource) => {
        const canvas = document.createElement('canvas');
        canvas.width = map.width;
        canvas.height = map.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(source, 0, 0);
        return context.getImageData(0, 0, map.width, map.height).data;
      };
      const png = pixels(image);
      const bare = pixels(map);
      const changed = (x0: number, y0: number, size: number) => {
        let count = 0;
        for (let y = y0; y < y0 + size; y += 1) {
          for (let x = x0; x < x0 + size; x += 1) {
            const index = (y * map.width + x) * 4;
            if (Math.abs(png[index] - bare[index]) + Math.abs(png[index + 1] - bare[index + 1]) + Math.abs(png[index + 2] - bare[index + 2]) > 30) count += 1;
          }
        }
        return count / (size * size);
      };
      return {
        legend: changed(30, map.height - 120, 60),
        title: changed(30, 24, 40),
        middle: changed(Math.floor(map.width / 2) - 30, Math.floor(map.height / 2) - 30, 60),
      };
    }, bytes.toString('base64'));
    expect(difference.legend).toBeGreaterThan(0.3);
    expect(difference.title).toBeGreaterThan(0.3);
    expect(difference.middle).toBeLessThan(0.02);
  });
});
