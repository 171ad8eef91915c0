// The viewer against the CLI on the same files: builds the viewer, serves it with seeded zones and
// districts on 127.0.0.1, opens `?data=…&regions=…` in headless Chromium and times the first
// figures on screen (from navigation), and `cleared-land report` on the same files (from starting
// Node); it also lists the main thread's long tasks (> 50 ms) while the figures were computed.
//
//   npx tsx bench/viewer-bench.ts [zones]     (default 20,000; bench/run.ts runs it when BENCH_VIEWER=1)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../test/browser/launch-chromium.js';
import { buildCliBundle } from './baseline-bench.js';

/** Options of {@link runViewerBench}. */
export interface ViewerBenchOptions {
  /** Zones in the seeded file (15 districts). */
  zones: number;
  /** Page loads and CLI runs, alternating; medians are shown. */
  runs: number;
  /** The CLI bundle to time (see buildCliBundle); built when null. */
  cliBundle: string | null;
}

/** Defaults of {@link ViewerBenchOptions}. */
export const defaultViewerBenchOptions: ViewerBenchOptions = {
  // The size the viewer promise is made for: first figures ≤ 1.3× the CLI's time.
  zones: 20_000,
  // Each run takes about ten seconds; three give a median on a noisy machine.
  runs: 3,
  cliBundle: null,
};

/** What one page load measured, by the page's own clock (milliseconds from navigation). */
interface PageTiming {
  firstFiguresMs: number | null;
  /** When the map has drawn the zones too (body[data-state=ready]). */
  readyMs: number | null;
  firstProgressMs: number | null;
  progressLines: number;
  longTasks: Array<{ startMs: number; durationMs: number }>;
}

const SERVED_FOLDER = 'bench-data';
/** What watchPage logs once the map is drawn (it runs in the page, so the text is repeated there). */
const READY_MESSAGE = 'cleared-land-bench: ready';
const LONG_TASK_MS = 50;
const READY_TIMEOUT_MS = 10 * 60 * 1000;
const KIB_PER_MIB = 1024;

/**
 * Times first figures in the viewer against `cleared-land report` on the same seeded files and
 * prints a Markdown table with the ratio (target ≤ 1.3×) and the long tasks seen while computing.
 *
 * @example
 * await runViewerBench({ zones: 5_000, runs: 1 });
 */
export async function runViewerBench(options: Partial<ViewerBenchOptions> = {}): Promise<void> {
  const { zones, runs, cliBundle: givenBundle } = { ...defaultViewerBenchOptions, ...options };
  const cliBundle = givenBundle ?? buildCliBundle();
  const root = process.cwd();
  const outDir = mkdtempSync(join(tmpdir(), 'cleared-land-viewer-bench-'));
  await build({ configFile: join(root, 'examples/viewer/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  mkdirSync(join(outDir, SERVED_FOLDER));
  const zonesPath = join(outDir, SERVED_FOLDER, 'zones.geojson');
  const districtsPath = join(outDir, SERVED_FOLDER, 'districts.geojson');
  execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['bench/write-zones-file.ts', String(zones), zonesPath, districtsPath], { stdio: 'inherit' });
  const server = await preview({
    configFile: join(root, 'examples/viewer/vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const browser = await launchChromium();
  try {
    const { port } = server.httpServer.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/`;
    const url = `${base}?data=${encodeURIComponent(`${base}${SERVED_FOLDER}/zones.geojson`)}&regions=${encodeURIComponent(`${base}${SERVED_FOLDER}/districts.geojson`)}`;
    console.log(`\n## The viewer against the CLI: ${zones.toLocaleString('en')} zones, 15 districts (headless Chromium, SwiftShader; load average ${loadavg()[0].toFixed(2)})\n`);
    console.log('| run | CLI s | CLI peak RSS MiB | viewer first figures s | ÷ CLI | map drawn s | first progress line s | progress lines | long tasks > 50 ms while computing (ms) | after, until the map is drawn (ms) |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    const cliSeconds: number[] = [];
    const viewerSeconds: number[] = [];
    let worstTask = 0;
    for (let run = 1; run <= runs; run += 1) {
      const cli = timeCli(cliBundle, zonesPath, districtsPath);
      const page = await timePage(browser, url);
      cliSeconds.push(cli.seconds);
      viewerSeconds.push(page.firstFiguresMs / 1000);
      const during = page.longTasks.filter((task) => task.startMs < page.firstFiguresMs);
      const after = page.longTasks.filter((task) => task.startMs >= page.firstFiguresMs);
      const list = (tasks: PageTiming['longTasks']) =>
        tasks.length === 0 ? 'none' : tasks.map((task) => `${task.durationMs.toFixed(0)} at ${(task.startMs / 1000).toFixed(1)} s`).join(', ');
      worstTask = Math.max(worstTask, ...during.map((task) => task.durationMs));
      console.log(
        `| ${run} | ${cli.seconds.toFixed(2)} | ${cli.peakRssMiB.toFixed(0)} | ${(page.firstFiguresMs / 1000).toFixed(2)} | ` +
          `${(page.firstFiguresMs / 1000 / cli.seconds).toFixed(2)}× | ${page.readyMs === null ? '–' : (page.readyMs / 1000).toFixed(2)} | ` +
          `${page.firstProgressMs === null ? '–' : (page.firstProgressMs / 1000).toFixed(2)} | ${page.progressLines} | ${list(during)} | ${list(after)} |`,
      );
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `\nMedian: viewer ${median(viewerSeconds).toFixed(2)} s, CLI ${median(cliSeconds).toFixed(2)} s: ` +
        `${(median(viewerSeconds) / median(cliSeconds)).toFixed(2)}× (target ≤ 1.3×); longest task while computing ${worstTask === 0 ? "none" : `${worstTask.toFixed(0)} ms`} (target ≤ ${LONG_TASK_MS} ms).`,
    );
    console.log('Viewer: from navigation to the totals on screen, by the page clock; map drawn: body[data-state=ready]. The page loads');
    console.log('the files itself (?data=…&regions=…). CLI: `cleared-land report FILE --regions DISTRICTS --format json`, wall clock from starting Node.');
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

function timeCli(cliBundle: string, zonesPath: string, districtsPath: string): { seconds: number; peakRssMiB: number } {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(cliBundle)}); process.exitCode = await main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr });`,
      'report', zonesPath, '--regions', districtsPath, '--format', 'json',
    ],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`cleared-land report failed: ${result.stderr.slice(-1000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { seconds, peakRssMiB: rss ? Number(rss[1]) / KIB_PER_MIB : Number.NaN };
}

async function timePage(browser: Browser, url: string): Promise<PageTiming & { firstFiguresMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchPage);
    // The page says when it is ready on its console: polling it (waitForFunction) would evaluate
    // Playwright's injected script in the page, a long task of its own while the figures compute.
    const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout: READY_TIMEOUT_MS });
    await page.goto(url);
    await ready;
    // Long tasks are reported a little after they end.
    await page.waitForTimeout(200);
    const timing = await page.evaluate(() => (window as unknown as { benchTiming: PageTiming }).benchTiming);
    return { ...timing, firstFiguresMs: timing.firstFiguresMs ?? Number.NaN };
  } finally {
    await context.close();
  }
}

/** Runs in the page before its scripts: records long tasks, progress lines and the first figures. */
function watchPage(): void {
  const timing: PageTiming = { firstFiguresMs: null, readyMs: null, firstProgressMs: null, progressLines: 0, longTasks: [] };
  (window as unknown as { benchTiming: PageTiming }).benchTiming = timing;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timing.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seenProgress = new Set<string>();
  const observer = new MutationObserver(() => {
    const progress = document.querySelector('[data-progress]');
    const text = progress && !(progress as HTMLElement).hidden ? (progress.textContent ?? '') : '';
    if (text && !seenProgress.has(text)) {
      seenProgress.add(text);
      timing.progressLines = seenProgress.size;
      timing.firstProgressMs ??= performance.now();
    }
    if (timing.firstFiguresMs === null && document.querySelector('.totals [data-figure]')) timing.firstFiguresMs = performance.now();
    if (timing.readyMs === null && document.body?.dataset.state === 'ready') {
      timing.readyMs = performance.now();
      observer.disconnect();
      console.log('cleared-land-bench: ready');
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = process.argv.slice(2).find((argument) => /^\d+$/.test(argument));
  await runViewerBench({ zones: count === undefined ? defaultViewerBenchOptions.zones : Number(count) });
}
