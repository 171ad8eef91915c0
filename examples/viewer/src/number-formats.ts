import { formatCount, formatHectares, type SupportedLocale } from 'cleared-land';

/** The number formats of one UI language, so every panel writes numbers the same way. */
export interface NumberFormats {
  /** Hectares to one decimal with the locale's grouping: en "1,130.6", az "1.130,6", ru "1 130,6". */
  hectares: (valueHa: number) => string;
  /** Whole counts with grouping: en "1,021". */
  count: (value: number) => string;
  /** Items per hectare, to two decimals. */
  ratio: (value: number) => string;
  /** A calendar date, YYYY-MM-DD, written the locale's way ("4 Mar 2024"). */
  date: (isoDate: string) => string;
  /** A short date without the year ("4 Mar"), for chart axes. */
  shortDate: (isoDate: string) => string;
}

/** Day-month order for English, as mine action reports write it ("4 March 2024"); ICU's `en` is American. */
const DATE_LOCALES: Readonly<Record<SupportedLocale, string>> = { en: 'en-GB', az: 'az', ru: 'ru' };

/**
 * The viewer's number and date formats for `locale`. Hectares and counts come from cleared-land's
 * own formatters, so the screen shows exactly what the text and CSV reports print.
 *
 * @example
 * numberFormats('az').hectares(1.94); // '1,9'
 */
export function numberFormats(locale: SupportedLocale): NumberFormats {
  const ratioFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Dates are calendar days, not instants: format them at UTC so no time zone shifts the day.
  const dateLocale = DATE_LOCALES[locale];
  const dateFormat = new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortDateFormat = new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    hectares: (valueHa) => formatHectares(valueHa, locale),
    count: (value) => formatCount(value, locale),
    ratio: (value) => ratioFormat.format(value),
    date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    shortDate: (isoDate) => shortDateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}
