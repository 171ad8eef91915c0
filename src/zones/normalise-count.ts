import { isBlankValue } from './is-blank-value.js';

/**
 * Reads an item count (mines, UXO, other items): a whole number of 0 or more, given as a number or
 * as digits in a string ("12", " 12 ", "12.0"). Empty cells count as 0, since nothing recorded means
 * nothing found. Returns null when the value cannot be a count (negative, fractional, too large to be
 * exact, thousands separators, words, booleans): the caller must reject the feature, because a
 * wrong mine count must not reach a national report.
 *
 * @example
 * normaliseCount('12'); // 12
 * normaliseCount(null); // 0
 * normaliseCount(-3); // null
 */
export function normaliseCount(value: unknown): number | null {
  if (isBlankValue(value)) return 0;
  if (typeof value === 'number') return isCount(value) ? value + 0 : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!COUNT_TEXT.test(text)) return null;
  const count = Number(text);
  return isCount(count) ? count : null;
}

// Digits only, with an optional ".0…" that spreadsheets add to whole numbers. Grouping separators
// ("1,200", "1 200") are refused: "1,200" is 1.2 in the region's decimal-comma locales.
const COUNT_TEXT = /^\d+(?:\.0+)?$/;

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
