import { NUMBER_SYMBOLS } from './locales/number-symbols.js';
import type { SupportedLocale } from './locales/supported-locales.js';
import { assertSupportedLocale } from './locales/supported-locales.js';

/** Options of {@link parseLocaleNumber}. */
export interface ParseNumberOptions {
  locale: SupportedLocale | null;
}

/** Defaults of {@link parseLocaleNumber}. */
export const defaultParseNumberOptions: ParseNumberOptions = {
  // The locale the figure was published in; used only to settle "1,130"-style ambiguity. null: unknown.
  locale: null,
};

/** Spaces used between digit groups: space, no-break space, narrow no-break space, thin space. */
const SPACES = ' \u00a0\u202f\u2009';
const FIGURE = /^[0-9., \u00a0\u202f\u2009]+$/;
const GROUP_LEAD = /^[1-9]\d{0,2}$/;
const GROUP_REST = /^\d{3}$/;
/** '-' or U+2212 MINUS SIGN. */
const MINUS = /^[-\u2212]/;

/**
 * Reads a figure as published — "2.790,9", "1,130.6", "1245.5", "1,9", "1 130,6" — and returns it
 * as a number, or null when the text is not such a figure or its meaning cannot be told.
 *
 * Rules:
 * - Digit groups may be separated by '.', ',' or a space (U+0020, U+00A0, U+202F or U+2009); the
 *   first group has 1–3 digits and no leading zero, the others exactly 3.
 * - A space never separates decimals. When both '.' and ',' appear, the last one is the decimal
 *   separator and must appear once.
 * - A '.' or ',' that appears more than once separates groups ("1.130.600" is 1130600).
 * - A single '.' or ',' is the decimal separator unless it is followed by exactly three digits and
 *   preceded by a valid first group: "1,9", "1245.5", "0,125" and ",5" are decimals.
 * - "1,130" and "1.130" (a single separator, then exactly three digits) are ambiguous: with
 *   `locale` the locale's decimal separator decides ('en': '.'; 'az', 'ru': ','), so "1,130" is
 *   1130 in en and 1.13 in az or ru; without `locale` the result is null. The locale only settles
 *   this case; unambiguous figures read the same whatever the locale.
 * - A leading '-' or '−' makes the figure negative. Anything else (units, '+', exponents,
 *   Indian 2-digit grouping, other scripts' digits) gives null.
 * Bad text is data, not misuse, so it gives null rather than throwing; only a `text` that is
 * not a string or an unsupported `locale` throws.
 *
 * @example
 * parseLocaleNumber('2.790,9');                  // 2790.9
 * parseLocaleNumber('1,130');                    // null (ambiguous)
 * parseLocaleNumber('1,130', { locale: 'en' });  // 1130
 * parseLocaleNumber('1,130', { locale: 'az' });  // 1.13
 */
export function parseLocaleNumber(text: string, options: Partial<ParseNumberOptions> = {}): number | null {
  if (typeof text !== 'string') {
    throw new Error(`text must be a string holding a figure such as "1 130,6"; got ${typeof text}.`);
  }
  const locale = options.locale ?? defaultParseNumberOptions.locale;
  const decimalHint = locale === null ? null : NUMBER_SYMBOLS[assertSupportedLocale(locale, 'options.locale')].decimal;

  let figure = text.trim();
  const negative = MINUS.test(figure);
  if (negative) figure = figure.slice(1);
  if (!FIGURE.test(figure)) return null;

  const groups = figure.split(/[^0-9]/);
  const separators = (figure.match(/[^0-9]/g) ?? []).map((separator) => (SPACES.includes(separator) ? ' ' : separator));
  const plain = readFigure(groups, separators, decimalHint);
  if (plain === null) return null;
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** The figure as JavaScript number text ("1130.6"), or null. */
function readFigure(groups: string[], separators: string[], decimalHint: string | null): string | null {
  if (separators.length === 0) return groups[0];
  // Every separator must sit between digits, except one decimal separator at the start (",5").
  const leadingDecimal = groups[0] === '' && separators.length === 1 && separators[0] !== ' ';
  if (groups.some((group, index) => group === '' && !(index === 0 && leadingDecimal))) return null;
  if (leadingDecimal) return `0.${groups[1]}`;

  const kinds = [...new Set(separators)];
  if (kinds.length > 2) return null;
  if (kinds.length === 2) {
    const decimal = separators[separators.length - 1];
    if (decimal === ' ' || separators.indexOf(decimal) !== separators.length - 1) return null;
    const whole = groups.slice(0, -1);
    return validGroups(whole) ? `${whole.join('')}.${groups[groups.length - 1]}` : null;
  }
  const [kind] = kinds;
  if (kind === ' ' || separators.length > 1) return validGroups(groups) ? groups.join('') : null;

  const [whole, fraction] = groups;
  const couldBeGroups = fraction.length === 3 && GROUP_LEAD.test(whole);
  if (!couldBeGroups) return `${whole}.${fraction}`;
  if (decimalHint === null) return null;
  return kind === decimalHint ? `${whole}.${fraction}` : `${whole}${fraction}`;
}

function validGroups(groups: string[]): boolean {
  return GROUP_LEAD.test(groups[0]) && groups.slice(1).every((group) => GROUP_REST.test(group));
}
