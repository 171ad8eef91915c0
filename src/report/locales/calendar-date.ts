import type { SupportedLocale } from './supported-locales.js';

/** A calendar date, with the month's name as the locale writes it after a day number. */
export interface CalendarDate {
  /** Day of the month, 1–31. */
  day: number;
  /** Month, 1–12. */
  month: number;
  /** The month's name in the form used after a day: "April" (en), "aprel" (az), "апреля" (ru, genitive). */
  monthName: string;
  year: number;
}

/**
 * British day-month order ("27 April 2024") is what mine action reports in English use; plain
 * `en` in ICU is American ("April 27").
 */
const INTL_DATE_LOCALES: Readonly<Record<SupportedLocale, string>> = { en: 'en-GB', az: 'az', ru: 'ru' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<SupportedLocale, Intl.DateTimeFormat>();

/**
 * Reads an ISO date (YYYY-MM-DD) and names its month through Intl.DateTimeFormat in the form ICU
 * uses next to a day number, which for Russian is the genitive ("27 апреля"). Throws an Error
 * naming `argumentName` when the text is not a real calendar date.
 *
 * @example
 * calendarDate('2024-04-27', 'ru', 'summary.period.to');
 * // { day: 27, month: 4, monthName: 'апреля', year: 2024 }
 */
export function calendarDate(isoDate: string, locale: SupportedLocale, argumentName: string): CalendarDate {
  const match = typeof isoDate === 'string' ? ISO_DATE.exec(isoDate) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-02-30 over to 1 March; a round trip catches impossible dates.
  if (!match || utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new Error(
      `${argumentName} must be an ISO date (YYYY-MM-DD) or null; got ${JSON.stringify(isoDate)}.`,
    );
  }
  const monthName = formatterFor(locale)
    .formatToParts(utc)
    .find((part) => part.type === 'month')?.value;
  if (monthName === undefined) {
    throw new Error(`This runtime's Intl.DateTimeFormat gave no month name for locale ${locale}.`);
  }
  return { day, month, monthName, year };
}

function formatterFor(locale: SupportedLocale): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_DATE_LOCALES[locale], {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}
