import { formatDecimal } from './locales/format-decimal.js';
import { assertSupportedLocale } from './locales/supported-locales.js';
import type { SupportedLocale } from './locales/supported-locales.js';

/**
 * Formats a whole count (items found, districts) with the locale's digit grouping:
 * en "1,021", az "1.021", ru "1 021" (U+00A0). Throws an Error for a value that is not a whole
 * number or an unsupported locale.
 *
 * @example
 * formatCount(59163, 'ru'); // '59\u00a0163'
 */
export function formatCount(count: number, locale: SupportedLocale): string {
  const supported = assertSupportedLocale(locale, 'locale');
  if (typeof count !== 'number' || !Number.isInteger(count)) {
    throw new Error(`count must be a whole number; got ${String(count)}.`);
  }
  return formatDecimal(count, supported, 0);
}
