import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { launchChromium } from '/work/main/test/browser/launch-chromium.js';
import { serveViteBuild } from '/work/main/test/map-harness/serve-vite-build.js';
const STRICT_CSP = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const root = '/work/main/';
it('debug', async () => {
  const served = await serveViteBuild({
    config: { configFile: join(root, 'vite.embed.config.ts'), root, resolve: { alias: [{ find: /^\.\.\/index\.js$/, replacement: '/tmp/cl/index-shim.ts' }] } },
    files: {
      'index.html': readFileSync(join(root, 'test/embed-page/index.html'), 'utf8'),
      'listen.js': readFileSync(join(root, 'test/embed-page/listen.js'), 'utf8'),
      'page.css': readFileSync(join(root, 'test/embed-page/page.css'), 'utf8'),
      'zones.geojson': readFileSync(join(root, 'data/sample-zones.geojson'), 'utf8'),
      'districts.geojson': readFileSync(join(root, 'data/sample-districts.geojson'), 'utf8'),
    },
    headers: process.env.NOCSP ? {} : { 'Content-Security-Policy': STRICT_CSP },
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1100, height: 680 } });
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('requestfailed', (r) => console.log('REQFAILED', r.url().slice(0, 100), r.failure()?.errorText));
  await page.goto(`${served.url}index.html`);
  await page.waitForTimeout(20000);
  console.log('STATE', await page.evaluate(() => JSON.stringify({ s: (window as any).__summaries?.length, e: (window as any).__errors, v: (window as any).__violations })));
  console.log('LAYERS', await page.evaluate(() => { const m = (document.querySelector('cleared-land-map') as any).map; return JSON.stringify({ layers: m.getStyle().layers.map((l: any) => l.id), zoom: m.getZoom(), loaded: m.loaded(), q: m.queryRenderedFeatures().length }); }));
  await page.screenshot({ path: '/tmp/cl/embed-debug.png' });
  await page.evaluate(() => { const m = (document.querySelector('cleared-land-map') as any).map; m.jumpTo({ center: [46.93, 39.93], zoom: 11 }); });
  await page.waitForTimeout(6000);
  await page.screenshot({ path: '/tmp/cl/embed-debug-z11.png' });
  await browser.close();
  await served.close();
}, 120000);
