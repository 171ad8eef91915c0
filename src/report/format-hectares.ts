import { formatDecimal } from './locales/format-decimal.js';
import { assertSupportedLocale } from './locales/supported-locales.js';
import type { SupportedLocale } from './locales/supported-locales.js';

/** Hectares are shown to a tenth, as mine action centres publish them ("1,9 hektar"). */
export const HECTARE_FRACTION_DIGITS = 1;

/**
 * Formats an area in hectares with one decimal and the locale's separators:
 * en "1,130.6", az "1.130,6", ru "1 130,6" (the space is U+00A0, a no-break space).
 * Throws an Error for a value that is not a finite number or an unsupported locale.
 *
 * @example
 * formatHectares(1130.6, 'en'); // '1,130.6'
 * formatHectares(1.94, 'az');   // '1,9'
 */
export function formatHectares(valueHa: number, locale: SupportedLocale): string {
  const supported = assertSupportedLocale(locale, 'locale');
  if (typeof valueHa !== 'number' || !Number.isFinite(valueHa)) {
    throw new Error(`valueHa must be a finite number of hectares; got ${String(valueHa)}.`);
  }
  return formatDecimal(valueHa, supported, HECTARE_FRACTION_DIGITS);
}
