import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDensity } from './bench-density.js';
import type { ZoneDensity } from './generate-zones.js';

/** What bench/report-child.ts prints for one size. */
interface ReportFigures {
  size: number;
  seconds: number;
  /** Every timed run, fastest first (seconds is their median). */
  runs: number[];
  peakRssMiB: number;
  heapMiB: number;
  turfSeconds: number | null;
  totals: Record<string, unknown>;
  issues: Record<string, number>;
}

/** What bench/geos-report.py prints. */
interface GeosFigures {
  seconds: number;
  peakRssMb: number;
  totals: Record<string, number>;
  issues: Record<string, number>;
}

/** Options of {@link runReportBench}. */
export interface ReportBenchOptions {
  /** How the seeded data grows with the size (see `ZoneDensity`). */
  density: ZoneDensity;
}

/** Defaults of {@link ReportBenchOptions}: the density BENCH_DENSITY selects (constant when unset). */
export const defaultReportBenchOptions: ReportBenchOptions = {
  density: benchDensity(),
};

/** What each density means, for the heading of the table. */
const DENSITY_DESCRIPTIONS: Record<ZoneDensity, string> = {
  constant: 'constant density: the extent grows with the zones (10× the zones over 10× the area); BENCH_DENSITY=fixed for one extent',
  'fixed-extent': 'fixed extent: 10× the zones are 10× denser, as a database fills up; unset BENCH_DENSITY for constant density',
};

/** Turf's one-call union is too slow beyond this (14 s at 10k, 462 s at 100k). */
const TURF_UP_TO = 10_000;
const PYTHON = '/usr/bin/python3';
const GEOS_TIMEOUT_MS = 30 * 60 * 1000;
const BYTES_PER_MIB = 1024 * 1024;
const HECTARE_KEYS = ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa', 'hazardHa', 'remainingHazardHa'];

/**
 * Times `summarize()` (dissolve per outcome, remaining hazard, 15 districts, weeks, data-quality
 * checks, ellipsoidal areas) on seeded data of each size, each in a fresh process, and prints a
 * Markdown table: time, peak RSS and heap, the ratio to Turf 7's one-call union of the same
 * polygons (≤ 10k only) and to a shapely/GEOS script doing the same work on the same data
 * (bench/geos-report.py, when /usr/bin/python3 has shapely), the largest relative difference of
 * the totals from GEOS's, and the scaling ratio between consecutive sizes, ours and GEOS's.
 *
 * @example
 * runReportBench([1_000, 10_000]);
 * runReportBench([1_000, 10_000], { density: 'fixed-extent' });
 */
export function runReportBench(sizes: readonly number[], options: Partial<ReportBenchOptions> = {}): void {
  const { density } = { ...defaultReportBenchOptions, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'cleared-land-report-bench-'));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const geos = hasShapely();
  console.log('\n## summarize(): dissolve, overlay with 15 districts, weeks, checks (seeded, fresh process per size)');
  console.log(`Data: ${DENSITY_DESCRIPTIONS[density]}. Load average at start: ${loadAverage()}.\n`);
  console.log('| zones | summarize s | runs s | peak RSS MiB | V8 heap MiB | Turf union s | ÷ Turf | GEOS s | ÷ GEOS | totals vs GEOS | t(n)/t(n/10) | GEOS t(n)/t(n/10) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const secondsBySize = new Map<number, number>();
  const geosSecondsBySize = new Map<number, number>();
  try {
    for (const size of sizes) {
      const dataPath = geos ? join(dir, `zones-${size}.json`) : '-';
      const ours = JSON.parse(
        execFileSync(tsx, ['bench/report-child.ts', String(size), dataPath, size <= TURF_UP_TO ? '1' : '0', density], {
          encoding: 'utf8',
          maxBuffer: BYTES_PER_MIB,
        }),
      ) as ReportFigures;
      const baseline = geos ? runGeos(dataPath) : null;
      secondsBySize.set(size, ours.seconds);
      if (baseline) geosSecondsBySize.set(size, baseline.seconds);
      const previous = secondsBySize.get(size / 10);
      const geosPrevious = geosSecondsBySize.get(size / 10);
      const cells = [
        size,
        ours.seconds.toFixed(2),
        ours.runs.map((run) => run.toFixed(2)).join(' / '),
        ours.peakRssMiB.toFixed(0),
        ours.heapMiB.toFixed(0),
        ours.turfSeconds === null ? '–' : ours.turfSeconds.toFixed(2),
        ours.turfSeconds === null ? '–' : `${(ours.seconds / ours.turfSeconds).toFixed(2)}×`,
        baseline ? baseline.seconds.toFixed(2) : geos ? 'failed or > 30 min' : 'no shapely',
        baseline ? `${(ours.seconds / baseline.seconds).toFixed(2)}×` : '–',
        baseline ? largestDifference(ours, baseline) : '–',
        previous === undefined ? '–' : `${(ours.seconds / previous).toFixed(1)}×`,
        baseline && geosPrevious !== undefined ? `${(baseline.seconds / geosPrevious).toFixed(1)}×` : '–',
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nsummarize s: the median of three runs in one process (runs s: each of them).');
  console.log('÷ Turf, ÷ GEOS: summarize time divided by theirs (below 1 is faster). Turf does only the union; GEOS does the same work as summarize.');
  console.log(`t(n)/t(n/10): time for n zones over the time for a tenth of them (target ≤ 12×). Load average at end: ${loadAverage()}.`);
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

function hasShapely(): boolean {
  return spawnSync(PYTHON, ['-c', 'import shapely, pyproj, numpy'], { stdio: 'ignore' }).status === 0;
}

function runGeos(dataPath: string): GeosFigures | null {
  const result = spawnSync(PYTHON, ['bench/geos-report.py', dataPath], { encoding: 'utf8', timeout: GEOS_TIMEOUT_MS, maxBuffer: BYTES_PER_MIB });
  if (result.status !== 0) return null;
  return JSON.parse(result.stdout) as GeosFigures;
}

function largestDifference(ours: ReportFigures, baseline: GeosFigures): string {
  let largest = 0;
  for (const key of HECTARE_KEYS) {
    const expected = baseline.totals[key];
    const actual = ours.totals[key] as number;
    if (expected > 0) largest = Math.max(largest, Math.abs(actual / expected - 1));
  }
  const sameIssues = Object.keys({ ...ours.issues, ...baseline.issues }).every((code) => ours.issues[code] === baseline.issues[code]);
  return `${largest.toExponential(1)}${sameIssues ? ', same findings' : ', findings differ'}`;
}
