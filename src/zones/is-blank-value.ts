/**
 * Whether a property value is an empty cell: missing, null, a string of only spaces, a numeric NaN
 * or an invalid Date. Shapefile readers (parsedbf, used by shpjs) turn blank numeric fields into NaN
 * and blank date fields into invalid Dates, and JSON cannot carry either, so both mean "left empty".
 *
 * @example
 * isBlankValue('  '); // true
 * isBlankValue(0); // false
 */
export function isBlankValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return false;
}
