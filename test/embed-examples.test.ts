import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(repositoryRoot, path), 'utf8');


let browser: Browser;
const servers: ServedBuild[] = [];

/** Opens a page and collects its errors, CSP refusals included (Chromium logs them as errors). */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed request is logged without its URL; the response listener below names it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return { page, errors };
}

beforeAll(async () => {
  mkdirSync(join(repositoryRoot, 'test/__screenshots__'), { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

describe('examples/embed-npm-maplibre', () => {
  it('draws the sample zones with the layers, controls and worker of cleared-land/map', async () => {
    const served = await serveViteBuild({ config: { configFile: join(repositoryRoot, 'examples/embed-npm-maplibre/vite.config.ts') } });
    servers.push(served);
    const { page, errors } = await open(served.url);
    await expect.poll(() => page.locator('.cleared-land-legend').innerText(), { timeout: 60_000 }).toMatch(/Cleared\s+[\d,.]+ ha/);
    await expect.poll(() => page.locator('.cleared-land-summary').innerText()).toContain('Sample District A');
    expect(await page.getByRole('button', { name: 'Measure an area' }).count()).toBe(1);
    expect(await page.getByLabel('To', { exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(repositoryRoot, 'test/__screenshots__/embed-npm-maplibre.png') });
  });
});

describe('examples/embed-one-tag', () => {
  it('runs from dist/cleared-land-map.js under the page’s own Content-Security-Policy', async () => {
    // The served tree mirrors the repository: dist/, data/ and the example's folder.
    const served = await serveViteBuild({
      config: { configFile: join(repositoryRoot, 'vite.embed.config.ts'), root: repositoryRoot },
      buildFolder: 'dist',
      files: {
        'examples/embed-one-tag/index.html': read('examples/embed-one-tag/index.html'),
        'examples/embed-one-tag/page.css': read('examples/embed-one-tag/page.css'),
        'examples/embed-one-tag/show-summary.js': read('examples/embed-one-tag/show-summary.js'),
        'data/sample-zones.geojson': read('data/sample-zones.geojson'),
        'data/sample-districts.geojson': read('data/sample-districts.geojson'),
      },
    });
    servers.push(served);
    const { page, errors } = await open(`${served.url}examples/embed-one-tag/index.html`);
    await expect
      .poll(() => page.locator('#figures').innerText(), { timeout: 60_000 })
      .toMatch(/^start – today: cleared [\d.]+ ha, reduced [\d.]+ ha, cancelled [\d.]+ ha; remaining hazard [\d.]+ ha\.$/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(repositoryRoot, 'test/__screenshots__/embed-one-tag-example.png') });
  });
});
