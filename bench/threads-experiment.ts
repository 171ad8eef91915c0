// Does measuring batches of connected components on worker threads pay? (issue 11, item 4)
// Generates seeded zones, measures them once on the main thread, then split among N worker
// threads: each gets whole connected components (batchByComponent, balanced by zone count), runs
// summarize() on them and returns numbers only (totals, region rows, issue count), which the main
// thread adds up in a fixed order. Workers are started and warmed before the clock starts (a CLI
// would start them while reading the file); the time includes sending the zones to them.
// Usage: npx tsx bench/threads-experiment.ts [zones=100000] [threads=2 …]
// Limit the cores with taskset, e.g. `taskset -c 0 npx tsx bench/threads-experiment.ts 100000 2`.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { summarize } from '../src/report/summarize.js';
import { batchByComponent } from '../src/report/batch-by-component.js';
import { geometryBox } from '../src/geometry/bounding-box.js';
import type { ZoneFeature } from '../src/zones/zone.js';
import { generateZones } from './generate-zones.js';
import { measureNumbers, type MeasuredNumbers } from './threads-measure.js';

const [countArgument = '100000', ...threadArguments] = process.argv.slice(2);
const count = Number(countArgument);
const threadCounts = (threadArguments.length > 0 ? threadArguments : ['2']).map(Number);
const { zones, regions } = generateZones(count, {});
const WARM_UP_ZONES = 1_000;
const WARM_UP_SEED = 7;

summarize(generateZones(WARM_UP_ZONES, { seed: WARM_UP_SEED }).zones, { regions });
let started = performance.now();
const single = measureNumbers(zones, regions);
const singleSeconds = (performance.now() - started) / 1000;
console.log(`${count} zones, ${availableParallelism()} cores visible; one thread: ${singleSeconds.toFixed(2)} s`);

for (const threads of threadCounts) {
  const groups = splitByComponent(zones, threads);
  const workers = await Promise.all(groups.map(() => startWorker()));
  // Warm each worker's JIT on other data, as the main thread was.
  const warmUp = generateZones(WARM_UP_ZONES, { seed: WARM_UP_SEED }).zones;
  await Promise.all(workers.map((worker) => ask(worker, warmUp, regions)));
  started = performance.now();
  const parts = await Promise.all(workers.map((worker, index) => ask(worker, groups[index], regions)));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  const summed = addUp(parts);
  const worst = Math.max(
    ...Object.keys(single.totals).map((key) => relativeDifference(summed.totals[key], single.totals[key])),
    ...single.regions.flatMap((row, index) => Object.keys(row).map((key) => relativeDifference(summed.regions[index][key], row[key]))),
  );
  console.log(
    `${threads} threads: ${seconds.toFixed(2)} s (${(seconds / singleSeconds).toFixed(2)}× one thread); ` +
      `zones per thread ${groups.map((group) => group.length).join(', ')}; issues ${summed.issues} vs ${single.issues}; ` +
      `worst relative difference of a figure ${worst.toExponential(1)}`,
  );
}

function splitByComponent(all: ZoneFeature[], threads: number): ZoneFeature[][] {
  // Components in batches of ~1,000 zones, dealt to the least loaded thread, largest first.
  const batches = batchByComponent(all.map((zone) => geometryBox(zone.geometry)), 1_000).sort((a, b) => b.length - a.length);
  const groups: ZoneFeature[][] = Array.from({ length: threads }, () => []);
  for (const batch of batches) {
    const lightest = groups.reduce((best, group) => (group.length < best.length ? group : best));
    for (const index of batch) lightest.push(all[index]);
  }
  return groups;
}

function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./threads-worker-entry.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('online', () => resolve(worker));
    worker.once('error', reject);
  });
}

function ask(worker: Worker, group: readonly ZoneFeature[], regionFeatures: typeof regions): Promise<MeasuredNumbers> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage({ zones: group, regions: regionFeatures });
  });
}

function addUp(parts: MeasuredNumbers[]): MeasuredNumbers {
  const sum: MeasuredNumbers = { totals: {}, regions: parts[0].regions.map(() => ({})), issues: 0 };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part.totals)) sum.totals[key] = (sum.totals[key] ?? 0) + value;
    part.regions.forEach((row, index) => {
      for (const [key, value] of Object.entries(row)) sum.regions[index][key] = (sum.regions[index][key] ?? 0) + value;
    });
    sum.issues += part.issues;
  }
  return sum;
}

function relativeDifference(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a / b - 1);
}
