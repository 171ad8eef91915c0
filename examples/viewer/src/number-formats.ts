import { formatCount, formatHectares, type SupportedLocale } from 'cleared-land';

/** The number and date formats of one UI language, so every panel writes them the same way. */
export interface NumberFormats {
  /** Hectares to one decimal with the locale's grouping: en "1,130.6", az "1.130,6", ru "1 130,6". */
  hectares: (valueHa: number) => string;
  /** Whole counts with grouping: en "1,021". */
  count: (value: number) => string;
  /** Items per hectare, to two decimals: en "2.10", az and ru "2,10". */
  ratio: (value: number) => string;
  /** A calendar date, YYYY-MM-DD, written the locale's way: "4 Mar 2024", "4 mar 2024", "4 мар. 2024 г.". */
  date: (isoDate: string) => string;
  /** A short date without the year ("4 Mar"), for chart axes. */
  shortDate: (isoDate: string) => string;
}

/** Decimal separator of each language, as cleared-land's own formatters write it. */
const DECIMAL_SEPARATORS: Readonly<Record<SupportedLocale, string>> = { en: '.', az: ',', ru: ',' };
const RATIO_FRACTION_DIGITS = 2;

/**
 * Abbreviated month names, written here rather than asked of Intl: browsers built with a reduced
 * ICU (Chromium on Debian among them) have no Azerbaijani data and write "2024 M04 27". Russian
 * uses the genitive abbreviations that follow a day number, as ICU does.
 */
const SHORT_MONTHS: Readonly<Record<SupportedLocale, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  az: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
  ru: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};

/** How a full date ends after the month: Russian writes "г." (year) after the year number. */
const YEAR_SUFFIXES: Readonly<Record<SupportedLocale, string>> = { en: '', az: '', ru: ' г.' };

/**
 * The viewer's number and date formats for `locale`. Hectares and counts come from cleared-land's
 * own formatters, so the screen shows exactly what the text and CSV reports print; dates put the
 * day first ("4 Mar 2024"), as mine action reports in all three languages do.
 *
 * @example
 * numberFormats('az').hectares(1.94); // '1,9'
 * numberFormats('az').date('2024-03-04'); // '4 mar 2024'
 */
export function numberFormats(locale: SupportedLocale): NumberFormats {
  const dayMonth = (isoDate: string): string => {
    const [, month, day] = isoDate.split('-').map(Number);
    return `${day} ${SHORT_MONTHS[locale][month - 1]}`;
  };
  return {
    hectares: (valueHa) => formatHectares(valueHa, locale),
    count: (value) => formatCount(value, locale),
    ratio: (value) => {
      const [whole, fraction] = value.toFixed(RATIO_FRACTION_DIGITS).split('.');
      return `${formatCount(Number(whole), locale)}${DECIMAL_SEPARATORS[locale]}${fraction}`;
    },
    date: (isoDate) => `${dayMonth(isoDate)} ${isoDate.slice(0, 4)}${YEAR_SUFFIXES[locale]}`,
    shortDate: dayMonth,
  };
}
