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
  const trimmed = value.trim();
  if (trimmed === '') return BLANK;
  if (trimmed.length > LONGEST_DATE_TEXT) return INVALID;
  return readDateText(trimmed, order);
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

/**
 * The scanner's state over the trimmed text: where it stands, and the value of the digits it read
 * last. Plain variables, not objects, because a national file has millions of dates.
 */
let text = '';
let at = 0;
let digitValue = 0;

function readDateText(trimmed: string, order: DateOrder | null): DateReading {
  if (isAllZeros(trimmed)) return BLANK;
  text = trimmed;
  at = 0;
  const aLength = readDigits(4);
  if (aLength === 0) return INVALID;
  const a = digitValue;
  const separator = text.charCodeAt(at);
  if (separator !== DASH && separator !== SLASH && separator !== DOT) return INVALID;
  at++;
  const bLength = readDigits(2);
  if (bLength === 0 || text.charCodeAt(at) !== separator) return INVALID;
  const b = digitValue;
  at++;
  const cLength = readDigits(4);
  if (cLength === 0) return INVALID;
  const c = digitValue;
  const yearFirst = aLength === 4 && cLength <= 2;
  const yearLast = aLength <= 2 && cLength === 4;
  if (!yearFirst && !yearLast) return INVALID;
  // ISO 8601 writes month and day with two digits; `2024-5-25` is no standard's form.
  if (yearFirst && separator === DASH && (bLength !== 2 || cLength !== 2)) return INVALID;
  if (!readTime(yearFirst && separator === DASH)) return INVALID;

  if (yearFirst) return dated(calendarDate(a, b, c), null);
  const year = c;
  const first = a;
  const second = b;
  if (order === 'ymd') return INVALID;
  if (order === 'dmy') return dated(calendarDate(year, second, first), null);
  if (order === 'mdy') return dated(calendarDate(year, first, second), null);
  if (first > MONTHS_PER_YEAR) return dated(calendarDate(year, second, first), 'dmy');
  if (second > MONTHS_PER_YEAR) return dated(calendarDate(year, first, second), 'mdy');
  if (first === second) return dated(calendarDate(year, first, second), null);
  if (first === 0 || second === 0 || year < EARLIEST_YEAR || year > LATEST_YEAR) return INVALID;
  return { kind: 'ambiguous', year, first, second, dotted: separator === DOT };
}

/**
 * Reads 1 to `most` digits at the scanner's place into `digitValue`; returns how many, or 0 when
 * there are none or more than `most`.
 */
function readDigits(most: number): number {
  const start = at;
  let value = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < ZERO || code > NINE) break;
    value = value * 10 + (code - ZERO);
    at++;
    if (at - start > most) return 0;
  }
  digitValue = value;
  return at - start;
}

/**
 * Checks what follows the date: nothing, or a time of day — `T`, `t` or spaces, then `HH:MM`,
 * optional `:SS` and fraction, then either a zone (`Z`, `+04:00`, `+0400`, `+04`; ISO dates only) or
 * `AM`/`PM` (year-last dates, as US-style exports write them).
 */
function readTime(isIso: boolean): boolean {
  if (at === text.length) return true;
  const mark = text.charCodeAt(at);
  if (mark === UPPER_T || mark === LOWER_T) at++;
  else if (mark === SPACE) while (text.charCodeAt(at) === SPACE) at++;
  else return false;
  if (readDigits(2) === 0 || text.charCodeAt(at) !== COLON) return false;
  const hours = digitValue;
  at++;
  if (readDigits(2) !== 2 || digitValue >= MINUTES_PER_HOUR) return false;
  if (text.charCodeAt(at) === COLON) {
    at++;
    if (readDigits(2) !== 2 || digitValue > MAX_SECOND) return false;
    const mark = text.charCodeAt(at);
    if (mark === DOT || mark === COMMA) {
      at++;
      const start = at;
      while (at < text.length && isDigit(text.charCodeAt(at))) at++;
      if (at === start) return false;
    }
  }
  if (at === text.length) return hours < HOURS_PER_DAY;
  if (isIso) return hours < HOURS_PER_DAY && readOffset();
  while (text.charCodeAt(at) === SPACE) at++;
  const meridiem = text.slice(at).toUpperCase();
  return (meridiem === 'AM' || meridiem === 'PM') && hours >= 1 && hours <= HOURS_ON_A_12_HOUR_CLOCK;
}

/** `Z`, or `+04`, `+0400`, `+04:00` (two digits of hours, then optionally two of minutes), ending the text. */
function readOffset(): boolean {
  const sign = text.charCodeAt(at);
  if (sign === UPPER_Z || sign === LOWER_Z) return at + 1 === text.length;
  if (sign !== PLUS && sign !== DASH) return false;
  at++;
  const length = readDigits(4);
  if (length === 4) return Math.floor(digitValue / 100) < HOURS_PER_DAY && digitValue % 100 < MINUTES_PER_HOUR && at === text.length;
  if (length !== 2 || digitValue >= HOURS_PER_DAY) return false;
  if (at === text.length) return true;
  if (text.charCodeAt(at) !== COLON) return false;
  at++;
  return readDigits(2) === 2 && digitValue < MINUTES_PER_HOUR && at === text.length;
}

const DASH = 0x2d;
const SLASH = 0x2f;
const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const PLUS = 0x2b;
const UPPER_T = 0x54;
const LOWER_T = 0x74;
const UPPER_Z = 0x5a;
const LOWER_Z = 0x7a;

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
const NINE = 0x39;
const SEPARATOR_CODES = new Set([...'-/.: T'].map((character) => character.charCodeAt(0)));

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
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
