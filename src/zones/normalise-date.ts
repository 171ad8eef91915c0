/**
 * How the numeric parts of a date whose year is not first are read: day-month-year, month-day-year,
 * or `ymd` to state that the file writes the year first (then a year-last date is refused).
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** Every {@link DateOrder}, as the CLI's `--date-order` accepts them. */
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/**
 * What one date cell says:
 * - `date`: the calendar day, `YYYY-MM-DD`; `proves` is the order a year-last date can only be
 *   read in (`25/05/2024` proves `dmy`), so that a file can settle its other dates;
 * - `blank`: an empty cell, including a shapefile's empty date (`1899-11-30`, all zeros);
 * - `ambiguous`: a year-last date whose first two parts are both 12 or less and differ
 *   (`05/06/2024`), read with no order given: `first` and `second` are those parts as written;
 * - `invalid`: not a date cleared-land reads.
 */
export type DateReading =
  | { kind: 'date'; date: string; proves: 'dmy' | 'mdy' | null }
  | { kind: 'blank' }
  | { kind: 'ambiguous'; year: number; first: number; second: number; dotted: boolean }
  | { kind: 'invalid' };

/**
 * The one rule by which cleared-land reads a date cell. Accepted, each as the calendar day it names:
 * - ISO 8601 dates and date-times, with or without a zone: `2024-05-25`, `2024-05-25T00:00:00.000Z`,
 *   `2024-05-25 10:30`, `2024-05-25T23:30:00+04:00`. A date-time is the day it names **in its own
 *   offset** (`2024-05-25T23:30:00-05:00` is 25 May, although it is 26 May in UTC): field teams
 *   write the local day the work was done, and converting would move it.
 * - Year first with `/` or `.`: `2024/05/25` (what GDAL's KML driver writes), `2024.05.25`.
 * - Year last with `/`, `.` or `-`, day first or month first: `25/05/2024`, `5/25/2024`,
 *   `25.05.2024`, `25-05-2024`, with an optional time (`5/25/2024 10:30:00 AM`). Which part is the
 *   day is decided by `order`; with no order, a date that reads only one way (`25/05/2024`) is
 *   read so and says which order it proves, and one that reads both ways is `ambiguous`.
 * - Numbers: milliseconds since 1970-01-01 UTC, as ArcGIS feature services (and so IMSMA Core)
 *   write date fields in GeoJSON, taken as their **UTC** day. A number below 10¹¹ is refused: as
 *   milliseconds it would be a date within three years of 1970 (no land release record is), so it
 *   is seconds or a `20240525`-style number written as a number, and guessing would misdate it.
 *   Text made only of digits is refused for the same reason (it could be any of the three).
 * - `Date` objects in local time, as shapefile readers build them from DBF date fields.
 *
 * Blank: a `Date` or text for `1899-11-30` (what parsedbf, shpjs's DBF reader, makes of an empty
 * date field `00000000`), text of only zeros and separators, an invalid `Date`. Years must lie
 * within 1900–2100; two-digit years are refused. Runs in time linear in the text (no regular
 * expression; anything longer than a date-time can be is refused at once).
 *
 * @example
 * readDate('2024/05/25', null); // { kind: 'date', date: '2024-05-25', proves: null }
 * readDate('25/05/2024', null); // { kind: 'date', date: '2024-05-25', proves: 'dmy' }
 * readDate('05/06/2024', null).kind; // 'ambiguous'
 * readDate('05/06/2024', 'mdy'); // { kind: 'date', date: '2024-05-06', proves: null }
 * readDate(1716595200000, null); // { kind: 'date', date: '2024-05-25', proves: null }
 */
export function readDate(value: unknown, order: DateOrder | null): DateReading {
  if (value instanceof Date) return readDateObject(value);
  if (typeof value === 'number') return readEpochMilliseconds(value);
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  if (text === '') return BLANK;
  if (text.length > LONGEST_DATE_TEXT) return INVALID;
  return readDateText(text, order);
}

/**
 * Reads a date cell as an ISO 8601 calendar date, `YYYY-MM-DD`, by {@link readDate}, for a date
 * read on its own (a file's dates are read together, by `validateFeatures`). Returns null for blank
 * and invalid cells and, with no `order`, for ambiguous ones — except that an ambiguous date written
 * with dots is read day first, as dotted dates are written in every locale that uses them.
 *
 * @example
 * normaliseDate('14.05.2023'); // '2023-05-14'
 * normaliseDate('2023-05-14T23:30:00-05:00'); // '2023-05-14'
 * normaliseDate('05/06/2023'); // null: 5 June or 6 May
 * normaliseDate('05/06/2023', 'mdy'); // '2023-05-06'
 */
export function normaliseDate(value: unknown, order: DateOrder | null = null): string | null {
  const reading = readDate(value, order);
  if (reading.kind === 'date') return reading.date;
  // As a file of this one date would settle it (see settleFileDateOrder): dots are day first.
  if (reading.kind === 'ambiguous' && reading.dotted) return readAmbiguousDate(reading, 'dmy');
  return null;
}

// Land release records start after 1900 and cannot be completed after 2100: a year outside is a
// typo (9999-12-31 placeholders, 0024 for 2024), and would also push ISO weeks off the calendar.
/** Earliest year a zone's date may hold. */
export const EARLIEST_YEAR = 1900;
/** Latest year a zone's date may hold. */
export const LATEST_YEAR = 2100;

/**
 * The calendar day of a year-last date read in `order`, `YYYY-MM-DD`, or null when the day does not
 * exist. Used to settle {@link readDate}'s `ambiguous` readings once a file's order is known.
 *
 * @example
 * readAmbiguousDate({ year: 2024, first: 5, second: 6 }, 'dmy'); // '2024-06-05'
 */
export function readAmbiguousDate(parts: { year: number; first: number; second: number }, order: 'dmy' | 'mdy'): string | null {
  return order === 'dmy' ? calendarDate(parts.year, parts.second, parts.first) : calendarDate(parts.year, parts.first, parts.second);
}

const INVALID: DateReading = { kind: 'invalid' };
const BLANK: DateReading = { kind: 'blank' };
// `2024-05-25T10:30:00.123456789+04:00` is 35 characters; 64 leaves room for long fractions and
// spaces, and bounds the work on hostile text to the trim.
const LONGEST_DATE_TEXT = 64;
const MILLISECONDS_PER_DAY = 86_400_000;
// Below this, milliseconds would fall between 1966-10 and 1973-03 (see readDate).
const SMALLEST_EPOCH_MILLISECONDS = 1e11;
const MONTHS_PER_YEAR = 12;
const HOURS_PER_DAY = 24;
const MINUTES_PER_HOUR = 60;
// 60 allows a leap second.
const MAX_SECOND = 60;
const HOURS_ON_A_12_HOUR_CLOCK = 12;
// parsedbf builds an empty DBF date (`00000000`) as new Date(0, -1, 0): 30 November 1899.
const EMPTY_DBF_DATE = { year: 1899, month: 11, day: 30 };

function readDateObject(value: Date): DateReading {
  if (Number.isNaN(value.getTime())) return BLANK;
  const year = value.getFullYear();
  const month = value.getMonth() + 1;
  const day = value.getDate();
  if (year === EMPTY_DBF_DATE.year && month === EMPTY_DBF_DATE.month && day === EMPTY_DBF_DATE.day) return BLANK;
  return dated(calendarDate(year, month, day), null);
}

function readEpochMilliseconds(value: number): DateReading {
  if (Number.isNaN(value)) return BLANK;
  if (!Number.isFinite(value) || Math.abs(value) < SMALLEST_EPOCH_MILLISECONDS) return INVALID;
  const days = Math.floor(value / MILLISECONDS_PER_DAY);
  // Beyond ±8.64e15 ms a Date is invalid; such numbers are far outside 1900–2100 anyway.
  const day = new Date(days * MILLISECONDS_PER_DAY);
  if (Number.isNaN(day.getTime())) return INVALID;
  return dated(calendarDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()), null);
}

/** A scanner over the trimmed text: one pass, each character looked at once. */
interface Cursor {
  text: string;
  at: number;
}

function readDateText(text: string, order: DateOrder | null): DateReading {
  if (isAllZeros(text)) return BLANK;
  const cursor: Cursor = { text, at: 0 };
  const a = readDigits(cursor, 4);
  if (a === null) return INVALID;
  const separator = text[cursor.at];
  if (separator !== '-' && separator !== '/' && separator !== '.') return INVALID;
  cursor.at++;
  const b = readDigits(cursor, 2);
  if (b === null || text[cursor.at] !== separator) return INVALID;
  cursor.at++;
  const c = readDigits(cursor, 4);
  if (c === null) return INVALID;
  const yearFirst = a.length === 4 && c.length <= 2;
  const yearLast = a.length <= 2 && c.length === 4;
  if (!yearFirst && !yearLast) return INVALID;
  // ISO 8601 writes month and day with two digits; `2024-5-25` is no standard's form.
  if (yearFirst && separator === '-' && (b.length !== 2 || c.length !== 2)) return INVALID;
  if (!readTime(cursor, yearFirst && separator === '-')) return INVALID;

  if (yearFirst) return dated(calendarDate(Number(a.digits), Number(b.digits), Number(c.digits)), null);
  const year = Number(c.digits);
  const first = Number(a.digits);
  const second = Number(b.digits);
  if (order === 'ymd') return INVALID;
  if (order === 'dmy') return dated(calendarDate(year, second, first), null);
  if (order === 'mdy') return dated(calendarDate(year, first, second), null);
  if (first > MONTHS_PER_YEAR) return dated(calendarDate(year, second, first), 'dmy');
  if (second > MONTHS_PER_YEAR) return dated(calendarDate(year, first, second), 'mdy');
  if (first === second) return dated(calendarDate(year, first, second), null);
  if (first === 0 || second === 0 || year < EARLIEST_YEAR || year > LATEST_YEAR) return INVALID;
  return { kind: 'ambiguous', year, first, second, dotted: separator === '.' };
}

/** Reads 1 to `most` digits; null when there are none or more than `most`. */
function readDigits(cursor: Cursor, most: number): { digits: string; length: number } | null {
  const start = cursor.at;
  while (cursor.at < cursor.text.length && isDigit(cursor.text.charCodeAt(cursor.at))) {
    cursor.at++;
    if (cursor.at - start > most) return null;
  }
  const length = cursor.at - start;
  return length === 0 ? null : { digits: cursor.text.slice(start, cursor.at), length };
}

/**
 * Checks what follows the date: nothing, or a time of day — `T`, `t` or spaces, then `HH:MM`,
 * optional `:SS` and fraction, then either a zone (`Z`, `+04:00`, `+0400`, `+04`; ISO dates only) or
 * `AM`/`PM` (year-last dates, as US-style exports write them).
 */
function readTime(cursor: Cursor, isIso: boolean): boolean {
  const { text } = cursor;
  if (cursor.at === text.length) return true;
  const mark = text[cursor.at];
  if (mark === 'T' || mark === 't') cursor.at++;
  else if (mark === ' ') while (text[cursor.at] === ' ') cursor.at++;
  else return false;
  const hour = readDigits(cursor, 2);
  if (hour === null || text[cursor.at] !== ':') return false;
  cursor.at++;
  const minute = readDigits(cursor, 2);
  if (minute === null || minute.length !== 2 || Number(minute.digits) >= MINUTES_PER_HOUR) return false;
  if (text[cursor.at] === ':') {
    cursor.at++;
    const second = readDigits(cursor, 2);
    if (second === null || second.length !== 2 || Number(second.digits) > MAX_SECOND) return false;
    if (text[cursor.at] === '.' || text[cursor.at] === ',') {
      cursor.at++;
      const start = cursor.at;
      while (cursor.at < text.length && isDigit(text.charCodeAt(cursor.at))) cursor.at++;
      if (cursor.at === start) return false;
    }
  }
  const hours = Number(hour.digits);
  if (cursor.at === text.length) return hours < HOURS_PER_DAY;
  if (isIso) return hours < HOURS_PER_DAY && readOffset(cursor);
  while (text[cursor.at] === ' ') cursor.at++;
  const meridiem = text.slice(cursor.at).toUpperCase();
  return (meridiem === 'AM' || meridiem === 'PM') && hours >= 1 && hours <= HOURS_ON_A_12_HOUR_CLOCK;
}

function readOffset(cursor: Cursor): boolean {
  const { text } = cursor;
  const sign = text[cursor.at];
  if (sign === 'Z' || sign === 'z') return cursor.at + 1 === text.length;
  if (sign !== '+' && sign !== '-') return false;
  // +04, +0400 or +04:00: two digits of hours, then optionally two of minutes.
  const rest = text.slice(cursor.at + 1).replace(':', '');
  if ((rest.length !== 2 && rest.length !== 4) || text.length - cursor.at - 1 - rest.length > 1) return false;
  for (let at = 0; at < rest.length; at++) if (!isDigit(rest.charCodeAt(at))) return false;
  if (text[cursor.at + 3] === ':' && rest.length !== 4) return false;
  return Number(rest.slice(0, 2)) < HOURS_PER_DAY && (rest.length === 2 || Number(rest.slice(2)) < MINUTES_PER_HOUR);
}

/** Text of only zeros and date or time separators, such as `00000000` or `0000-00-00`: an empty date. */
function isAllZeros(text: string): boolean {
  if (text === '1899-11-30') return true;
  let zeros = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === ZERO) zeros++;
    else if (!SEPARATOR_CODES.has(code)) return false;
  }
  return zeros > 0;
}

const ZERO = 0x30;
const SEPARATOR_CODES = new Set([...'-/.: T'].map((character) => character.charCodeAt(0)));

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

function dated(date: string | null, proves: 'dmy' | 'mdy' | null): DateReading {
  return date === null ? INVALID : { kind: 'date', date, proves };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD`, or null when the day does not exist in that month (leap years included) or the year is out of range. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > MONTHS_PER_YEAR || day < 1 || day > daysInMonth(year, month)) return null;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && isLeap ? 29 : DAYS_IN_MONTH[month - 1];
}
