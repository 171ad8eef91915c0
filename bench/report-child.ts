// Runs in a fresh process per size (so peak RSS belongs to that size alone): generates seeded
// zones, times summarize() with the districts, then Turf's one-call union of the same polygons,
// and prints one JSON line.
// Usage: tsx bench/report-child.ts <zones> <write-data-to.json|-> <turf: 0|1> [constant|fixed-extent]
import { writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { featureCollection, union } from '@turf/turf';
import { summarize } from '../src/report/summarize.js';
import { generateZones } from './generate-zones.js';
import type { ZoneDensity } from './generate-zones.js';

const BYTES_PER_MIB = 1024 * 1024;
const KIB_PER_MIB = 1024;
const WARM_UP_ZONES = 1_000;
const WARM_UP_SEED = 7;
/** Every size is timed three times (median): on a shared machine one run varies by ±15 %. */
const REPEATS = 3;

const [sizeArgument, dataPath, turfArgument, densityArgument = 'constant'] = process.argv.slice(2);
const size = Number(sizeArgument);
const { zones, regions } = generateZones(size, { density: densityArgument as ZoneDensity });
if (dataPath && dataPath !== '-') writeFileSync(dataPath, JSON.stringify({ zones, regions }));

// Warm the JIT on different data, so the first timed run is not also compiling.
summarize(generateZones(WARM_UP_ZONES, { seed: WARM_UP_SEED }).zones, { regions });

const seconds: number[] = [];
let summary = summarize([], {});
for (let run = 0; run < REPEATS; run += 1) {
  const start = performance.now();
  summary = summarize(zones, { regions });
  seconds.push((performance.now() - start) / 1000);
}
seconds.sort((a, b) => a - b);
const peakRssMiB = process.resourceUsage().maxRSS / KIB_PER_MIB;
const heapMiB = getHeapStatistics().total_heap_size / BYTES_PER_MIB;

let turfSeconds: number | null = null;
if (turfArgument === '1') {
  const start = performance.now();
  union(featureCollection(zones.map((zone) => ({ type: 'Feature' as const, properties: {}, geometry: zone.geometry }))));
  turfSeconds = (performance.now() - start) / 1000;
}

const issues: Record<string, number> = {};
for (const issue of summary.issues) issues[issue.code] = (issues[issue.code] ?? 0) + 1;
process.stdout.write(
  `${JSON.stringify({
    size,
    density: densityArgument,
    seconds: seconds[Math.floor(seconds.length / 2)],
    runs: seconds,
    peakRssMiB,
    heapMiB,
    turfSeconds,
    totals: summary.totals,
    weeks: summary.weeks.length,
    outsideReleasedHa: summary.outsideRegions?.releasedHa ?? 0,
    issues,
  })}\n`,
);
