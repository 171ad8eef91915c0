// A national-size file: writes a seeded FeatureCollection of 1,000,000 small zones (about 1 GB),
// runs `cleared-land validate FILE --format json` on it in a child process at Node's default heap,
// and prints the time, the peak resident memory and what was accepted. For comparison, the same
// file is loaded the old way (whole bytes, JSON.parse) in another child, which is expected to fail.
//
//   npx tsx bench/national-file.ts [features] [--keep] [--report]
//
// --report also runs `cleared-land report FILE --format json` and the floor (the streaming loader,
// then GeographicLib on every ring once: bench/floor-child.ts --stream) and prints their ratio;
// --keep leaves the file in the temporary folder. bench/run.ts runs this, report included, when
// BENCH_NATIONAL=1.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../data/seeded-random.js';

/** Options of {@link runNationalBench}. */
export interface NationalBenchOptions {
  /** Features in the file. */
  featureCount: number;
  /** Also run `report` on the file. */
  report: boolean;
  /** Leave the file in the temporary folder. */
  keep: boolean;
  /** A run still going after this many seconds is stopped and reported as such. */
  timeLimitSeconds: number;
}

/** Defaults of {@link NationalBenchOptions}. */
export const defaultNationalBenchOptions: NationalBenchOptions = {
  // A national export: a million zones, about 1 GB.
  featureCount: 1_000_000,
  // `report` dissolves every outcome over the whole country: minutes more.
  report: false,
  // The file is 1 GB: remove it unless asked.
  keep: false,
  // Half an hour: validate takes a minute or two; report may take much longer.
  timeLimitSeconds: 1800,
};

/** What one child process measured. */
interface ChildFigures {
  exitCode: number | null;
  elapsedSeconds: number;
  peakRssMiB: number | null;
  stdoutBytes: number;
  summary: string;
  stderrTail: string;
}

const BYTES_PER_MIB = 1024 * 1024;

/**
 * Writes the file, runs the children and prints a Markdown table of the figures.
 *
 * @example
 * await runNationalBench({ featureCount: 100_000 });
 */
export async function runNationalBench(options: Partial<NationalBenchOptions> = {}): Promise<void> {
  const { featureCount, report, keep, timeLimitSeconds } = { ...defaultNationalBenchOptions, ...options };
  const dir = mkdtempSync(join(tmpdir(), 'cleared-land-national-'));
  const path = join(dir, `national-${featureCount}.geojson`);
  try {
    const writeStarted = performance.now();
    const expected = writeNationalFile(path, featureCount);
    const fileMiB = statSync(path).size / BYTES_PER_MIB;
    console.log(
      `\n## National-size file: ${featureCount.toLocaleString('en')} features, ${fileMiB.toFixed(0)} MiB ` +
        `(written in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s; ${expected.accepted.toLocaleString('en')} should be accepted), Node ${process.version}, default heap`,
    );
    console.log('| run | exit | seconds | peak RSS MiB | result |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    const runs: Array<[string, string, string[]]> = [
      ['cleared-land validate --format json (streaming)', NATIONAL_CHILD, ['cli', 'validate', path, '--format', 'json']],
    ];
    if (report) {
      runs.push(['cleared-land report --format json (streaming)', NATIONAL_CHILD, ['cli', 'report', path, '--format', 'json']]);
      runs.push(['floor: streaming loader + GeographicLib on every ring once', FLOOR_CHILD, ['--stream', path]]);
      runs.push(["own-area floor: the same with cleared-land's areaSquareMeters", FLOOR_CHILD, ['--area=cleared-land', '--stream', path]]);
    }
    runs.push(['loadZones(bytes) (whole file, JSON.parse)', NATIONAL_CHILD, ['buffered', path]]);
    const seconds = new Map<string, number>();
    for (const [name, script, args] of runs) {
      const figures = await runChild(script, args, timeLimitSeconds);
      const key = script !== FLOOR_CHILD ? args[1] : args[0] === '--area=cleared-land' ? 'own-area floor' : 'floor';
      if (figures.exitCode === 0 || figures.exitCode === 1) seconds.set(key, figures.elapsedSeconds);
      console.log(
        `| ${name} | ${figures.exitCode} | ${figures.elapsedSeconds.toFixed(1)} | ${figures.peakRssMiB === null ? '–' : figures.peakRssMiB.toFixed(0)} | ${figures.summary} |`,
      );
      if (figures.exitCode !== 0 && figures.exitCode !== 1) console.log(`  stderr: ${figures.stderrTail}`);
    }
    const reportSeconds = seconds.get('report');
    const floorSeconds = seconds.get('floor');
    const ownAreaSeconds = seconds.get('own-area floor');
    if (reportSeconds !== undefined && floorSeconds !== undefined) {
      console.log(
        `\nreport ÷ floor: ${(reportSeconds / floorSeconds).toFixed(1)}×` +
          `${ownAreaSeconds === undefined ? '' : `; ÷ own-area floor: ${(reportSeconds / ownAreaSeconds).toFixed(1)}×`}` +
          " (targets: report ≤ 150 s and ≤ 2 GB peak RSS). Every time is the child's wall clock, Node's start included.",
      );
    }
  } finally {
    if (keep) console.log(`(kept ${path})`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const NATIONAL_CHILD = 'bench/national-child.ts';
const FLOOR_CHILD = 'bench/floor-child.ts';

/** Runs `script` (national-child or floor-child) with `args` at Node's default heap; measures time and peak RSS. */
function runChild(script: string, args: string[], timeLimitSeconds: number): Promise<ChildFigures> {
  const started = performance.now();
  // One process (tsx as a loader, not its launcher, which would leave the real one running when
  // killed), and no --max-old-space-size: the point is Node's default heap.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdoutBytes = 0;
  let head = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    if (head.length < 4096) head += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeLimitSeconds * 1000);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const elapsedSeconds = (performance.now() - started) / 1000;
      const line = /^BENCH (.*)$/m.exec(stderr);
      // national-child reports on stderr as it exits; floor-child prints its figures as JSON.
      const figures = line ? (JSON.parse(line[1]) as { peakRssMiB: number; summary: string | null }) : floorFigures(head);
      resolve({
        exitCode,
        elapsedSeconds,
        peakRssMiB: figures?.peakRssMiB ?? null,
        stdoutBytes,
        summary: timedOut ? `stopped after ${timeLimitSeconds} s` : (figures?.summary ?? describeOutput(head, stdoutBytes, stderr)),
        stderrTail: stderr.replace(/^BENCH .*$/m, '').trim().split('\n').slice(-3).join(' ⏎ ').slice(0, 400),
      });
    });
  });
}

function floorFigures(head: string): { peakRssMiB: number; summary: string } | null {
  if (!head.startsWith('{"seconds"')) return null;
  const floor = JSON.parse(head) as { seconds: number; rings: number; peakRssMiB: number };
  return { peakRssMiB: floor.peakRssMiB, summary: `${floor.rings.toLocaleString('en')} rings measured (${floor.seconds.toFixed(1)} s by its own clock)` };
}

function describeOutput(head: string, stdoutBytes: number, stderr: string): string {
  const accepted = /"accepted":\s*(\d+)/.exec(head);
  const rejected = /"rejected":\s*(\d+)/.exec(head);
  if (accepted && rejected) return `accepted ${Number(accepted[1]).toLocaleString('en')}, rejected ${Number(rejected[1]).toLocaleString('en')} (${stdoutBytes} bytes of JSON)`;
  const error = /(RangeError|Error|FATAL ERROR)[^\n]*/.exec(stderr);
  return error ? error[0].slice(0, 160) : `${stdoutBytes} bytes of output`;
}

/** Features per write: big enough to write fast, small enough to keep the writer's memory low. */
const FEATURES_PER_WRITE = 2000;
/** Vertices of each zone's outline: 26 make about 1 KB a feature, 1 GB a million, as surveyed outlines run. */
const VERTICES = 26;
/** Outlines of 15–60 m radius, scattered over the liberated districts. */
const RADIUS_MIN_METERS = 15;
const RADIUS_MAX_METERS = 60;
const WEST = 46.0;
const SOUTH = 39.0;
const EAST = 47.5;
const NORTH = 40.0;
const METERS_PER_DEGREE_LATITUDE = 111_320;
const STATUSES = ['cleared', 'reduced', 'cancelled', 'confirmed', 'suspected'];
const DISTRICTS = ['Fuzuli', 'Aghdam', 'Jabrayil', 'Zangilan', 'Gubadli', 'Lachin', 'Kalbajar', 'Khojavend', 'Tartar', 'Shusha'];
/** One feature in this many has an unknown status (rejected), one in this many runs clockwise (info). */
const REJECTED_EVERY = 200;
const CLOCKWISE_EVERY = 100;

/**
 * Writes a seeded FeatureCollection feature by feature (never the whole file in memory), with a
 * `crs` member first as ogr2ogr writes it. Returns how many features validation should accept.
 */
export function writeNationalFile(path: string, featureCount: number): { accepted: number } {
  const random = seededRandom(20_240_421);
  const fd = openSync(path, 'w');
  let accepted = 0;
  try {
    writeSync(fd, '{"type":"FeatureCollection","name":"national","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[\n');
    for (let start = 0; start < featureCount; start += FEATURES_PER_WRITE) {
      const lines: string[] = [];
      for (let index = start; index < Math.min(featureCount, start + FEATURES_PER_WRITE); index++) {
        const lat = SOUTH + random() * (NORTH - SOUTH);
        const lon = WEST + random() * (EAST - WEST);
        const radius = RADIUS_MIN_METERS + random() * (RADIUS_MAX_METERS - RADIUS_MIN_METERS);
        const dLat = radius / METERS_PER_DEGREE_LATITUDE;
        const dLon = dLat / Math.cos((lat * Math.PI) / 180);
        const ring: string[] = [];
        const clockwise = index % CLOCKWISE_EVERY === 0;
        for (let v = 0; v < VERTICES; v++) {
          const angle = ((clockwise ? -v : v) / VERTICES) * 2 * Math.PI;
          const wobble = 0.8 + 0.2 * random();
          ring.push(`[${(lon + dLon * wobble * Math.cos(angle)).toFixed(9)},${(lat + dLat * wobble * Math.sin(angle)).toFixed(9)}]`);
        }
        ring.push(ring[0]);
        const rejected = index % REJECTED_EVERY === 0;
        if (!rejected) accepted++;
        const status = rejected ? 'swept twice' : STATUSES[Math.floor(random() * STATUSES.length)];
        const day = 1 + Math.floor(random() * 28);
        const month = 1 + Math.floor(random() * 12);
        const properties = {
          id: `T-${String(index).padStart(7, '0')}`,
          status,
          hazardId: `H-${Math.floor(index / 4)}`,
          method: status === 'cleared' ? 'clearance' : status === 'reduced' ? 'TS' : 'NTS',
          endDate: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          apMines: Math.floor(random() * 3),
          atMines: 0,
          uxo: Math.floor(random() * 10),
          district: DISTRICTS[Math.floor(random() * DISTRICTS.length)],
          organisation: 'ANAMA',
        };
        lines.push(
          `{"type":"Feature","properties":${JSON.stringify(properties)},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`,
        );
      }
      writeSync(fd, lines.join(',\n') + (start + FEATURES_PER_WRITE < featureCount ? ',\n' : '\n'));
    }
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
  return { accepted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const count = args.find((arg) => /^\d+$/.test(arg));
  await runNationalBench({
    featureCount: count === undefined ? defaultNationalBenchOptions.featureCount : Number(count),
    report: args.includes('--report'),
    keep: args.includes('--keep'),
  });
}
