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
 * Month names in the form each language writes after a day number: British English, Azerbaijani
 * (the report adds case endings), Russian genitive. Written out rather than taken from
 * Intl.DateTimeFormat because browsers ship different ICU data: Debian's Chromium has no
 * Azerbaijani months and would print "M04".
 */
const MONTH_NAMES: Readonly<Record<SupportedLocale, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO date (YYYY-MM-DD) and names its month in the form used next to a day number, which
 * for Russian is the genitive ("27 апреля"). Throws an Error
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
  const monthName = MONTH_NAMES[locale][month - 1];
  return { day, month, monthName, year };
}
