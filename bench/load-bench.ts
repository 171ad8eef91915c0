import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface LoadFigures {
  features: number;
  accepted: number;
  rejected: number;
  parseSeconds: number;
  loadSeconds: number;
  peakRssMiB: number;
}

const BYTES_PER_MIB = 1024 * 1024;

/**
 * Times `loadZones` (read, parse, validate) on seeded files of each size, each in a fresh
 * process, and prints time, peak RSS and the ratio to a bare `JSON.parse` of the same file
 * measured in the same process.
 */
export function runLoadBench(sizes: readonly number[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'cleared-land-load-bench-'));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  console.log('\n## Load + validate (GeoJSON FeatureCollection, seeded)');
  console.log('| zones | file MiB | JSON.parse s | loadZones s | ratio to JSON.parse | peak RSS MiB | accepted |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const size of sizes) {
      const path = join(dir, `zones-${size}.geojson`);
      execFileSync(tsx, ['bench/write-zones-file.ts', String(size), path], { stdio: 'inherit' });
      const figures = JSON.parse(
        execFileSync(tsx, ['bench/load-child.ts', path], { encoding: 'utf8', maxBuffer: BYTES_PER_MIB }),
      ) as LoadFigures;
      const fileMiB = statSync(path).size / BYTES_PER_MIB;
      console.log(
        `| ${size} | ${fileMiB.toFixed(1)} | ${figures.parseSeconds.toFixed(2)} | ${figures.loadSeconds.toFixed(2)} | ` +
          `${(figures.loadSeconds / figures.parseSeconds).toFixed(1)}× | ${figures.peakRssMiB.toFixed(0)} | ${figures.accepted} |`,
      );
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
