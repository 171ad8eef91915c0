import { NUMBER_SYMBOLS } from './number-symbols.js';
import type { SupportedLocale } from './supported-locales.js';

/** The most fraction digits Intl.NumberFormat accepts in every runtime we support. */
const MAX_FRACTION_DIGITS = 20;

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats `value` with exactly `fractionDigits` decimals and the locale's digit grouping, using
 * the separators of {@link NUMBER_SYMBOLS}. A value that rounds to zero is written without a
 * minus sign (floating-point differences give -0 and -1e-12 hectares).
 *
 * @example
 * formatDecimal(1130.6, 'ru', 1); // '1\u00a0130,6'
 */
export function formatDecimal(value: number, locale: SupportedLocale, fractionDigits: number): string {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > MAX_FRACTION_DIGITS) {
    throw new Error(
      `fractionDigits must be a whole number from 0 to ${MAX_FRACTION_DIGITS}; got ${fractionDigits}.`,
    );
  }
  const halfUnit = 0.5 * 10 ** -fractionDigits;
  const shown = Math.abs(value) < halfUnit ? 0 : value;
  const symbols = NUMBER_SYMBOLS[locale];
  return formatterFor(locale, fractionDigits)
    .formatToParts(shown)
    .map((part) => {
      if (part.type === 'group') return symbols.group;
      if (part.type === 'decimal') return symbols.decimal;
      if (part.type === 'minusSign') return '-';
      return part.value;
    })
    .join('');
}

function formatterFor(locale: SupportedLocale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: true,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}
