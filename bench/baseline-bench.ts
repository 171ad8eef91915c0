import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Options of {@link runBaselineBench}. */
export interface BaselineBenchOptions {
  /** Timed runs per size (the median is shown); the runs of the three programs alternate. */
  runs: (size: number) => number;
  /** Where the freshly built CLI bundle is (see {@link buildCliBundle}). */
  cliBundle: string;
}

/** Defaults of {@link BaselineBenchOptions}. */
export const defaultBaselineBenchOptions: BaselineBenchOptions = {
  // Three runs where one is cheap; one where one run takes a minute. BENCH_RUNS overrides both.
  runs: (size) => (process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : size <= 10_000 ? 3 : 1),
  cliBundle: join(process.cwd(), 'node_modules', '.cache', 'cleared-land-bench', 'cli.js'),
};

/** One program's figures for one size. */
interface Timing {
  /** Median wall-clock seconds of the measured span (see the table's notes). */
  seconds: number;
  /** Every run's seconds, fastest first. */
  runs: number[];
  /** Largest peak resident memory of the runs, in MiB. */
  peakRssMiB: number;
}

type Figures = Record<string, unknown>;

/** What `report --format json` prints (the parts compared). */
interface ReportJson {
  totals: Figures;
  regions: Figures[];
  outsideRegions: Figures | null;
  weeks: Figures[];
  issues: Array<{ code: string }>;
}

/** What bench/geos-report-strong.py prints (the parts compared). */
interface GeosJson {
  totals: Figures;
  regions: Figures[];
  outside: Figures;
  weeks: Figures[];
  issues: Record<string, number>;
}

const PYTHON = '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const BYTES_PER_MIB = 1024 * 1024;
const KIB_PER_MIB = 1024;
/** The report's JSON at 100k zones holds tens of thousands of findings. */
const REPORT_OUTPUT_BYTES = 512 * BYTES_PER_MIB;
const HECTARE_KEYS = ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa', 'hazardHa', 'remainingHazardHa'];
const WEEK_KEYS = ['clearedHa', 'reducedHa', 'cancelledHa', 'releasedHa'];
/** The figures must agree to this relative difference (the library's accuracy bound). */
const AGREEMENT = 1e-6;
const GEOS_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * `cleared-land report` against two baselines on the same files, at each size: the strong GEOS
 * pipeline (bench/geos-report-strong.py: what a skilled GIS engineer writes with shapely) and the
 * floor (bench/floor-child.ts: read the files, measure every ring once with GeographicLib). Each
 * program runs in a fresh process on seeded files with 15 districts; the table gives times, peak
 * RSS, the ratios of the report to both, how the time grows with 10× the zones, and whether the
 * report and GEOS agree (every total, district, week and finding count, to 1e-6).
 *
 * @example
 * runBaselineBench([1_000, 10_000]);
 */
export function runBaselineBench(sizes: readonly number[], options: Partial<BaselineBenchOptions> = {}): void {
  const { runs, cliBundle } = { ...defaultBaselineBenchOptions, ...options };
  const geos = spawnSync(PYTHON, ['-c', 'import shapely, pyproj, numpy'], { stdio: 'ignore' }).status === 0;
  const dir = mkdtempSync(join(tmpdir(), 'cleared-land-baseline-bench-'));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  console.log('\n## cleared-land report vs the strong GEOS pipeline and the floor (seeded, 15 districts, fresh process per run)');
  console.log(`Load average at start: ${loadAverage()}.${geos ? '' : ' /usr/bin/python3 lacks shapely, pyproj or numpy: no GEOS column.'}\n`);
  console.log('| zones | file MiB | report s | report peak RSS MiB | GEOS s | GEOS peak RSS MiB | floor s | floor peak RSS MiB | ÷ GEOS | ÷ floor | own-area floor s | ÷ own-area floor | t(n)/t(n/10) | GEOS t(n)/t(n/10) | report vs GEOS |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const reportSeconds = new Map<number, number>();
  const geosSeconds = new Map<number, number>();
  const checks: string[] = [];
  try {
    for (const size of sizes) {
      const zonesPath = join(dir, `zones-${size}.geojson`);
      const districtsPath = join(dir, `districts-${size}.geojson`);
      execFileSync(tsx, ['bench/write-zones-file.ts', String(size), zonesPath, districtsPath], { stdio: 'inherit' });
      const ours: number[] = [];
      const theirs: number[] = [];
      const floor: number[] = [];
      const ownAreaFloor: number[] = [];
      const rss = { ours: 0, theirs: 0, floor: 0 };
      let reportJson: ReportJson | null = null;
      let geosJson: GeosJson | null = null;
      for (let run = 0; run < runs(size); run += 1) {
        const floorRun = timed(process.execPath, ['--import', 'tsx', 'bench/floor-child.ts', zonesPath, districtsPath]);
        // The floor's own clock: reading and measuring, without Node's start or the TypeScript loader.
        floor.push((JSON.parse(floorRun.stdout) as { seconds: number }).seconds);
        rss.floor = Math.max(rss.floor, floorRun.peakRssMiB);
        const ownAreaRun = timed(process.execPath, ['--import', 'tsx', 'bench/floor-child.ts', '--area=cleared-land', zonesPath, districtsPath]);
        ownAreaFloor.push((JSON.parse(ownAreaRun.stdout) as { seconds: number }).seconds);
        const reportRun = timed(process.execPath, [
          '--input-type=module',
          '-e',
          `const { main } = await import(${JSON.stringify(cliBundle)}); process.exitCode = await main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr });`,
          'report', zonesPath, '--regions', districtsPath, '--format', 'json',
        ]);
        ours.push(reportRun.seconds);
        rss.ours = Math.max(rss.ours, reportRun.peakRssMiB);
        reportJson = JSON.parse(reportRun.stdout) as ReportJson;
        if (geos) {
          const geosRun = timed(PYTHON, ['bench/geos-report-strong.py', zonesPath, districtsPath], GEOS_TIMEOUT_MS);
          theirs.push(geosRun.seconds);
          rss.theirs = Math.max(rss.theirs, geosRun.peakRssMiB);
          geosJson = JSON.parse(geosRun.stdout) as GeosJson;
        }
      }
      const report = summary(ours, rss.ours);
      const baseline = geos ? summary(theirs, rss.theirs) : null;
      const lowest = summary(floor, rss.floor);
      const ownAreaLowest = summary(ownAreaFloor, 0);
      reportSeconds.set(size, report.seconds);
      if (baseline) geosSeconds.set(size, baseline.seconds);
      const previous = reportSeconds.get(size / 10);
      const geosPrevious = geosSeconds.get(size / 10);
      const check = reportJson && geosJson ? compare(reportJson, geosJson) : null;
      if (check) checks.push(`${size} zones: ${check.detail}`);
      const cells = [
        size,
        (statSync(zonesPath).size / BYTES_PER_MIB).toFixed(1),
        report.seconds.toFixed(2),
        report.peakRssMiB.toFixed(0),
        baseline ? baseline.seconds.toFixed(2) : '–',
        baseline ? baseline.peakRssMiB.toFixed(0) : '–',
        lowest.seconds.toFixed(2),
        lowest.peakRssMiB.toFixed(0),
        baseline ? `${(report.seconds / baseline.seconds).toFixed(2)}×` : '–',
        `${(report.seconds / lowest.seconds).toFixed(1)}×`,
        ownAreaLowest.seconds.toFixed(2),
        `${(report.seconds / ownAreaLowest.seconds).toFixed(1)}×`,
        previous === undefined ? '–' : `${(report.seconds / previous).toFixed(1)}×`,
        baseline && geosPrevious !== undefined ? `${(baseline.seconds / geosPrevious).toFixed(1)}×` : '–',
        check ? check.verdict : '–',
      ];
      console.log(`| ${cells.join(' | ')} |`);
      rmSync(zonesPath);
      rmSync(districtsPath);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nreport s: wall clock of `cleared-land report FILE --regions DISTRICTS --format json` (the freshly built CLI bundle), from');
  console.log('starting Node to the last byte of JSON. GEOS s: wall clock of `/usr/bin/python3 bench/geos-report-strong.py FILE DISTRICTS`,');
  console.log('from starting Python (imports included) to its figures. floor s: reading both files (JSON.parse) and measuring every ring once');
  console.log("with GeographicLib (PolygonArea), by the floor's own clock (no process start). own-area floor: the same with cleared-land's");
  console.log('areaSquareMeters, which measures small rings on the authalic sphere, ten times faster. Medians of the runs; peak RSS from /usr/bin/time -v.');
  console.log('÷ GEOS, ÷ floor: report time over theirs (targets: ≤ 0.5× GEOS, ≤ 4× the floor at 20k and 100k).');
  console.log(`t(n)/t(n/10): time for n zones over the time for a tenth of them (target ≤ 11×). Load average at end: ${loadAverage()}.`);
  if (checks.length > 0) {
    console.log(`\nSame figures as GEOS (totals, every district, outside, every week: largest relative difference; finding counts):`);
    for (const line of checks) console.log(`- ${line}`);
  }
}

/**
 * Builds the CLI from the sources now on the branch (whatever overlay engine they hold) into
 * node_modules/.cache, so the bench never times a stale dist/. Returns the bundle's path.
 *
 * @example
 * const cliBundle = buildCliBundle();
 */
export function buildCliBundle(): string {
  const outDir = join(process.cwd(), 'node_modules', '.cache', 'cleared-land-bench');
  execFileSync(join(process.cwd(), 'node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  return join(outDir, 'cli.js');
}

/** Runs a program under GNU time; returns its wall clock, peak RSS and output. Throws when it fails. */
function timed(command: string, args: string[], timeout = GEOS_TIMEOUT_MS): { seconds: number; peakRssMiB: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(GNU_TIME, ['-v', command, ...args], { encoding: 'utf8', maxBuffer: REPORT_OUTPUT_BYTES, timeout });
  const seconds = (performance.now() - started) / 1000;
  // The report exits 0, or 1 when a feature was rejected; anything else is a failure to show.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr.slice(-2000)}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { seconds, peakRssMiB: rss ? Number(rss[1]) / KIB_PER_MIB : Number.NaN, stdout: result.stdout };
}

function summary(runs: number[], peakRssMiB: number): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  return { seconds: sorted[Math.floor(sorted.length / 2)], runs: sorted, peakRssMiB };
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

/** The largest relative difference between every figure of the two reports, and the finding counts. */
function compare(ours: ReportJson, geos: GeosJson): { verdict: string; detail: string } {
  let largest = 0;
  const differ = (a: unknown, b: unknown) => {
    const actual = Number(a);
    const expected = Number(b);
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    if (scale > 0) largest = Math.max(largest, Math.abs(actual - expected) / scale);
  };
  const missing: string[] = [];
  for (const key of HECTARE_KEYS) differ(ours.totals[key], geos.totals[key]);
  geos.regions.forEach((region) => {
    const row = ours.regions.find((candidate) => candidate.name === region.name) ?? null;
    if (!row) missing.push(String(region.name));
    else for (const key of HECTARE_KEYS) differ(row[key], region[key]);
  });
  for (const key of HECTARE_KEYS) differ(ours.outsideRegions?.[key] ?? 0, geos.outside[key]);
  const weeksAgree = ours.weeks.length === geos.weeks.length;
  if (weeksAgree) ours.weeks.forEach((week, index) => WEEK_KEYS.forEach((key) => differ(week[key], geos.weeks[index][key])));
  const itemsAgree = JSON.stringify(ours.totals.items) === JSON.stringify(geos.totals.items);
  const ourIssues: Record<string, number> = {};
  for (const issue of ours.issues) ourIssues[issue.code] = (ourIssues[issue.code] ?? 0) + 1;
  const codes = [...new Set([...Object.keys(ourIssues), ...Object.keys(geos.issues)])].sort();
  const findingsAgree = codes.every((code) => ourIssues[code] === geos.issues[code]);
  const figuresAgree = largest <= AGREEMENT && missing.length === 0 && weeksAgree && itemsAgree;
  const verdict = `${figuresAgree ? 'agree' : 'DIFFER'} (${largest.toExponential(1)})${findingsAgree ? ', same findings' : ', findings differ'}`;
  const findings = codes.map((code) => `${code} ${ourIssues[code] ?? 0} vs ${geos.issues[code] ?? 0}`).join(', ');
  const detail =
    `largest difference ${largest.toExponential(2)} (bound ${AGREEMENT}: ${largest <= AGREEMENT ? 'ok' : 'EXCEEDED'}); ` +
    `${geos.regions.length - missing.length}/${geos.regions.length} districts, ${ours.weeks.length} vs ${geos.weeks.length} weeks, ` +
    `items ${itemsAgree ? 'equal' : 'differ'}; findings: ${findings || 'none'}`;
  return { verdict, detail };
}
