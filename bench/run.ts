// `npm run bench`: the measurement benchmark (summarize against Turf and GEOS at 1k, 10k and 100k
// zones: about 15 minutes, most of it GEOS at 100k; BENCH_QUICK=1 stops at 10k) and the loading
// benchmark (10k and 100k: seconds).
import { runLoadBench } from './load-bench.js';
import { benchDensity } from './bench-density.js';
import { runReportBench } from './report-bench.js';

const SIZES = [1_000, 10_000, 100_000];
const QUICK_SIZES = [1_000, 10_000];

const sizes = process.env.BENCH_QUICK === '1' ? QUICK_SIZES : SIZES;
console.log(
  `# cleared-land benchmark: ${sizes.join(', ')} zones (BENCH_QUICK=1 stops at 10,000) at ${benchDensity()} density ` +
    `(BENCH_DENSITY=fixed for one extent); Node ${process.version}`,
);
runReportBench(sizes, { density: benchDensity() });

const LOAD_SIZES = [10_000, 100_000];
runLoadBench(LOAD_SIZES);

// ---- National-size file (hardening work; bench/national-file.ts) ----------------------------
// 1,000,000 features (~1 GB) through `cleared-land validate` at Node's default heap: minutes and
// a gigabyte of temporary disk, so only when asked.
if (process.env.BENCH_NATIONAL === '1') {
  const { runNationalBench } = await import('./national-file.js');
  await runNationalBench();
} else {
  console.log('\n(National-size file: BENCH_NATIONAL=1 npm run bench, or npx tsx bench/national-file.ts [features] [--report])');
}
