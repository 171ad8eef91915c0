import type { LoadResult } from './load-result.js';

/**
 * Combines the results of loading several files into one, so that a report over many files
 * counts every feature once: accepted and rejected add up, zones and issues keep file order.
 * Feature indices stay those of each file; every message names its file.
 *
 * @example
 * const all = mergeLoadResults([await loadZones(a), await loadZones(b)]);
 */
export function mergeLoadResults(results: readonly LoadResult[]): LoadResult {
  if (results.length === 1) return results[0];
  return {
    fileName: results.map((result) => result.fileName).join(', '),
    format: results.every((result) => result.format === results[0]?.format) ? (results[0]?.format ?? null) : null,
    zones: results.flatMap((result) => result.zones),
    issues: results.flatMap((result) => result.issues),
    accepted: results.reduce((sum, result) => sum + result.accepted, 0),
    rejected: results.reduce((sum, result) => sum + result.rejected, 0),
  };
}
