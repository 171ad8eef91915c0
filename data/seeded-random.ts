/**
 * Mulberry32 (Tommy Ettinger): a small, fast 32-bit PRNG, good enough for sample and benchmark
 * data and, unlike Math.random, seedable, so generated files and benchmarks are reproducible.
 * Returns a function giving numbers in [0, 1).
 *
 * @example
 * const random = seededRandom(20240421);
 * random(); // the same first number on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
