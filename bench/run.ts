// `npm run bench`: `cleared-land report` against the strong GEOS pipeline and the floor at 1k, 10k,
// 20k and 100k zones (about 10 minutes; BENCH_QUICK=1 stops at 10k: under a minute), the loading
// benchmark, and — when asked — the viewer against the CLI (BENCH_VIEWER=1), summarize() in
// process against Turf and the naive GEOS script (BENCH_SUMMARIZE=1) and the national 1M-feature
// file (BENCH_NATIONAL=1: report alone takes minutes). See docs/guide/benchmarks.md.
import { buildCliBundle, runBaselineBench } from './baseline-bench.js';
import { benchDensity } from './bench-density.js';
import { runLoadBench } from './load-bench.js';
import { runReportBench } from './report-bench.js';

const SIZES = [1_000, 10_000, 20_000, 100_000];
const QUICK_SIZES = [1_000, 10_000];
const quick = process.env.BENCH_QUICK === '1';
const sizes = quick ? QUICK_SIZES : SIZES;

console.log(
  `# cleared-land benchmark: ${sizes.join(', ')} zones (BENCH_QUICK=1 stops at 10,000) at ${benchDensity()} density ` +
    `(BENCH_DENSITY=fixed for one extent); Node ${process.version}`,
);
const cliBundle = buildCliBundle();
runBaselineBench(sizes, { cliBundle });

if (process.env.BENCH_VIEWER === '1') {
  const { runViewerBench } = await import('./viewer-bench.js');
  await runViewerBench({ cliBundle });
} else {
  console.log('\n(The viewer against the CLI at 20,000 zones: BENCH_VIEWER=1 npm run bench, or npx tsx bench/viewer-bench.ts)');
}

if (process.env.BENCH_SUMMARIZE === '1') {
  runReportBench(quick ? QUICK_SIZES : [1_000, 10_000, 100_000], { density: benchDensity() });
} else {
  console.log('\n(summarize() in one process against Turf and the naive GEOS script: BENCH_SUMMARIZE=1 npm run bench)');
}

runLoadBench(quick ? [10_000] : [10_000, 100_000]);

// ---- National-size file (bench/national-file.ts) ---------------------------------------------
// 1,000,000 features (~1 GB): validate, report and the floor in child processes at Node's default
// heap — report alone took 466–513 s before the Clipper2 engine — so only when asked.
if (process.env.BENCH_NATIONAL === '1') {
  const { runNationalBench } = await import('./national-file.js');
  await runNationalBench({ report: true });
} else {
  console.log('\n(National-size file, 1M features, report included: BENCH_NATIONAL=1 npm run bench, or npx tsx bench/national-file.ts [features] --report)');
}
