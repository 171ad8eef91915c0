// Load time of the same seeded zones as GeoJSON, GeoPackage, FlatGeobuf and CSV with WKT: the
// GeoJSON is written by bench/write-zones-file.ts and converted by GDAL's ogr2ogr (gdal-bin), as a
// user's GIS would export it; each file is loaded by loadZones from a Node path in a fresh process
// (bench/format-load-child.ts), the GeoJSON first, and the others are given as ratios to it.
//
//   npx tsx bench/format-load-bench.ts [zones]     (default 100,000; a few minutes)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface FormatFigures {
  format: string | null;
  accepted: number;
  rejected: number;
  loadSeconds: number;
  peakRssMiB: number;
}

const BYTES_PER_MIB = 1024 * 1024;
const DEFAULT_ZONES = 100_000;
// Times a run: three loads of each file, the median reported (one run varies by ±15 % here).
const RUNS = 3;

// ogr2ogr arguments per export, after the output and input paths.
const EXPORTS: ReadonlyArray<{ name: string; file: string; driver: string[] }> = [
  { name: 'GeoPackage', file: 'zones.gpkg', driver: ['-f', 'GPKG'] },
  { name: 'FlatGeobuf', file: 'zones.fgb', driver: ['-f', 'FlatGeobuf'] },
  { name: 'CSV with WKT', file: 'zones.csv', driver: ['-f', 'CSV', '-lco', 'GEOMETRY=AS_WKT'] },
];

/**
 * Writes `zones` seeded zones as GeoJSON, converts them with ogr2ogr, and prints a Markdown table of
 * each file's size, median load time, ratio to the GeoJSON's and peak RSS.
 */
export function runFormatLoadBench(zones: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'cleared-land-format-bench-'));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  try {
    const geojson = join(dir, 'zones.geojson');
    execFileSync(tsx, ['bench/write-zones-file.ts', String(zones), geojson], { stdio: 'inherit' });
    for (const { file, driver } of EXPORTS) execFileSync('ogr2ogr', [...driver, join(dir, file), geojson], { stdio: 'inherit' });

    console.log(`\n## Load + validate by format (${zones.toLocaleString('en')} seeded zones, median of ${RUNS})`);
    console.log('| format | file MiB | loadZones s | runs s | ÷ GeoJSON | peak RSS MiB | accepted | rejected |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    let baseline = 0;
    for (const { name, file } of [{ name: 'GeoJSON', file: 'zones.geojson' }, ...EXPORTS]) {
      const path = join(dir, file);
      const runs: FormatFigures[] = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(JSON.parse(execFileSync(tsx, ['bench/format-load-child.ts', path], { encoding: 'utf8', maxBuffer: BYTES_PER_MIB })) as FormatFigures);
      }
      const sorted = [...runs].sort((a, b) => a.loadSeconds - b.loadSeconds);
      const median = sorted[Math.floor(RUNS / 2)];
      if (baseline === 0) baseline = median.loadSeconds;
      console.log(
        `| ${name} | ${(statSync(path).size / BYTES_PER_MIB).toFixed(1)} | ${median.loadSeconds.toFixed(2)} | ` +
          `${runs.map((run) => run.loadSeconds.toFixed(2)).join(' / ')} | ${(median.loadSeconds / baseline).toFixed(2)}× | ` +
          `${Math.max(...runs.map((run) => run.peakRssMiB)).toFixed(0)} | ${median.accepted} | ${median.rejected} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runFormatLoadBench(Number(process.argv[2] ?? DEFAULT_ZONES));
}
