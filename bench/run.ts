// `npm run bench`: the measurement benchmark (summarize against Turf and GEOS) and, when present,
// the loading benchmark. Sizes 1k and 10k by default; BENCH_FULL=1 adds 100k (several minutes,
// GEOS much longer).
import { existsSync } from 'node:fs';
import { runReportBench } from './report-bench.js';

const DEFAULT_SIZES = [1_000, 10_000];
const FULL_SIZES = [1_000, 10_000, 100_000];

const sizes = process.env.BENCH_FULL === '1' ? FULL_SIZES : DEFAULT_SIZES;
console.log(`# cleared-land benchmark: ${sizes.join(', ')} zones (BENCH_FULL=1 adds 100,000); Node ${process.version}`);
runReportBench(sizes);

// The loading benchmark is written separately and may not be there in every checkout.
if (existsSync(new URL('./load-bench.ts', import.meta.url))) {
  const { runLoadBench } = (await import('./load-bench.js')) as { runLoadBench: (sizes: readonly number[]) => void };
  runLoadBench(sizes);
}

// ---- National-size file (hardening work; bench/national-file.ts) ----------------------------
// 1,000,000 features (~1 GB) through `cleared-land validate` at Node's default heap: minutes and
// a gigabyte of temporary disk, so only when asked.
if (process.env.BENCH_NATIONAL === '1') {
  const { runNationalBench } = await import('./national-file.js');
  await runNationalBench();
} else {
  console.log('\n(National-size file: BENCH_NATIONAL=1 npm run bench, or npx tsx bench/national-file.ts [features] [--report])');
}
