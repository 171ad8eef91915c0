import type { ZoneDensity } from './generate-zones.js';

/** Values of the BENCH_DENSITY environment variable, and the density each selects. */
const DENSITY_BY_SETTING: Record<string, ZoneDensity> = {
  '': 'constant',
  constant: 'constant',
  fixed: 'fixed-extent',
  'fixed-extent': 'fixed-extent',
};

/**
 * The density the benchmark generates its zones at, from the BENCH_DENSITY environment variable:
 * unset or `constant` (the default: 10× the zones over 10× the area, the test of near-linear
 * cost), `fixed` (one extent for every size, so more zones are denser: a database filling up).
 *
 * @example
 * // BENCH_DENSITY=fixed npm run bench
 * benchDensity(); // 'fixed-extent'
 */
export function benchDensity(setting: string | undefined = process.env.BENCH_DENSITY): ZoneDensity {
  const density = DENSITY_BY_SETTING[setting ?? ''];
  if (density === undefined) {
    throw new Error(`BENCH_DENSITY must be 'constant' or 'fixed'; got ${JSON.stringify(setting)}. Unset it for constant density.`);
  }
  return density;
}
