import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
const root = '/work/wt/package';
let served: ServedBuild; let browser: Browser;
beforeAll(async () => {
  served = await serveViteBuild({ config: { configFile: join(root, 'vite.embed.config.ts'), root }, files: {
    'index.html': readFileSync(join(root, 'test/embed-page/index.html'), 'utf8'),
    'listen.js': readFileSync(join(root, 'test/embed-page/listen.js'), 'utf8'),
    'page.css': readFileSync(join(root, 'test/embed-page/page.css'), 'utf8'),
    'zones.geojson': readFileSync(join(root, 'data/sample-zones.geojson'), 'utf8'),
    'districts.geojson': readFileSync(join(root, 'data/sample-districts.geojson'), 'utf8') } });
  browser = await launchChromium();
});
afterAll(async () => { await browser?.close(); await served?.close(); });
it('probe', async () => {
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${served.url}index.html`);
  await page.waitForFunction(() => (window as any).__summaries.length > 0, undefined, { timeout: 60000 });
  await page.waitForTimeout(1500);
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  const v = await page.evaluate(async () => { const r = await (window as any).axe.run(document); return { v: r.violations.map((v: any) => `${v.id} ${v.impact} ${v.nodes.length}: ${v.nodes.slice(0,4).map((n: any) => JSON.stringify(n.target) + ' / ' + n.failureSummary.replace(/\n/g,' ')).join(' | ')}`), inc: r.incomplete.map((v: any) => `${v.id} ${v.nodes.length}`) }; });
  console.log('EMBED', JSON.stringify(v, null, 1));
  await page.screenshot({ path: '/work/wt/package/.scratch/embed.png' });
});
