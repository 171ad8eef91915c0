import type { RegionLoadResult } from './load-regions.js';

/**
 * The one sentence that says a region file cannot be reported by, or null when it can: the first
 * error's message, with the number of further errors.
 *
 * @example
 * regionFileError(await loadRegionFile(bytes)); // 'regions is empty (0 bytes); there is nothing to measure.'
 */
export function regionFileError(result: RegionLoadResult): string | null {
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  const more = errors.length - 1;
  return `${errors[0].message}${more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'} in ${result.fileName})` : ''}`;
}
