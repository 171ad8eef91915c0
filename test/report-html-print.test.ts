import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { launchChromium } from './browser/launch-chromium.js';

// `report --format html` printed by Chromium to A4, read back with poppler-utils (pdfinfo,
// pdftotext), as a mine action centre would save the week as PDF.
const dir = mkdtempSync(join(tmpdir(), 'cleared-land-html-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function report(...argv: string[]): Promise<string> {
  let stdout = '';
  const code = await main(['report', ...argv], { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } });
  expect(code).toBe(0);
  return stdout;
}

function poppler(command: string, ...args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${command} is missing: apt-get install -y poppler-utils (.ci/run does)`);
    throw error;
  }
}

describe('report --format html, printed', () => {
  const week = ['data/sample-zones.geojson', '--regions', 'data/sample-districts.geojson', '--from', '2024-04-22', '--to', '2024-04-28'];

  test('opens with no request and prints on at most two A4 pages with the sentence, the period, the hectares and the map', async () => {
    const [html, json] = [await report(...week, '--format', 'html'), JSON.parse(await report(...week, '--format', 'json'))];
    const htmlPath = join(dir, 'week.html');
    writeFileSync(htmlPath, html);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${htmlPath}`);
    const pdfPath = join(dir, 'week.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
    expect(requests).toEqual([]);

    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdfPath))![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(poppler('pdfinfo', pdfPath))!;
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]);

    const text = poppler('pdftotext', pdfPath, '-').replace(/\s+/g, ' ');
    expect(text).toContain('SAMPLE DATA — synthetic');
    expect(text).toContain('22 April 2024 – 28 April 2024');
    expect(text).toContain('Between 22 and 28 April 2024');
    expect(text).toContain('Released');
    expect(text).toContain(`${json.totals.releasedHa.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ha`);
    expect(text).toMatch(/\b\d+ km\b/); // the map's scale bar
    expect(text).toContain('District boundary'); // its legend
    expect(text).toContain('Sample District A');
  });
});
