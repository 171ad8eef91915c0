/**
 * Reads a date cell as an ISO 8601 calendar date, `YYYY-MM-DD`. Accepts `YYYY-MM-DD`; full ISO
 * 8601 / RFC 3339 date-times (`2023-05-14T23:30:00+04:00`, also with a space for the `T`), whose date
 * is taken as written, in the offset the time was given in; `DD.MM.YYYY` (also `D.M.YYYY` and with a
 * time after it), as the region's spreadsheets and IMSMA exports write dates; and `Date` objects,
 * read in local time because that is how shapefile readers build them from DBF date fields.
 *
 * Returns null for anything else: impossible dates (`2023-02-30`), years outside 1900–2100, slashes (`05/06/2023` is 5 June or
 * 6 May), partial dates, numbers, and empty cells (check `isBlankValue` first to tell them apart).
 *
 * @example
 * normaliseDate('14.05.2023'); // '2023-05-14'
 * normaliseDate('2023-05-14T23:30:00-05:00'); // '2023-05-14'
 * normaliseDate('14/05/2023'); // null
 */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return calendarDate(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = ISO_DATE_TIME.exec(text);
  if (iso !== null) {
    if (!isTimeOfDay(iso[4], iso[5], iso[6]) || !isOffset(iso[7])) return null;
    return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const dotted = DOTTED_DATE.exec(text);
  if (dotted !== null) {
    if (!isTimeOfDay(dotted[4], dotted[5], dotted[6])) return null;
    return calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  }
  return null;
}

// Groups: year, month, day, then optional hour, minute, second (fraction ignored), offset.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// Groups: day, month, year, then optional hour, minute, second.
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?$/;

const HOURS_PER_DAY = 24;
const MINUTES_PER_HOUR = 60;
// 60 allows a leap second.
const MAX_SECOND = 60;

function isTimeOfDay(hour: string | undefined, minute: string | undefined, second: string | undefined): boolean {
  if (hour === undefined) return true;
  return (
    Number(hour) < HOURS_PER_DAY &&
    Number(minute) < MINUTES_PER_HOUR &&
    (second === undefined || Number(second) <= MAX_SECOND)
  );
}

function isOffset(offset: string | undefined): boolean {
  if (offset === undefined || offset === 'Z' || offset === 'z') return true;
  const digits = offset.slice(1).replace(':', '');
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  return Number(digits.slice(0, 2)) < HOURS_PER_DAY && minutes < MINUTES_PER_HOUR;
}

/** `YYYY-MM-DD`, or null when the day does not exist in that month (leap years included). */
function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Land release records start after 1900 and cannot be completed after 2100: a year outside is a
// typo (9999-12-31 placeholders, 0024 for 2024), and would also push ISO weeks off the calendar.
/** Earliest year a zone's date may hold. */
export const EARLIEST_YEAR = 1900;
/** Latest year a zone's date may hold. */
export const LATEST_YEAR = 2100;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && isLeap ? 29 : DAYS_IN_MONTH[month - 1];
}
