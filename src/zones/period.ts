import { EARLIEST_YEAR, LATEST_YEAR } from './normalise-date.js';
/** A reporting period: inclusive ISO dates (YYYY-MM-DD); null ends are open. */
export interface Period {
  /** First day, inclusive; null: from the beginning. */
  from: string | null;
  /** Last day, inclusive; null: up to now. */
  to: string | null;
}

/**
 * Checks and normalises the `from`/`to` options of a report. Each must be a real calendar date
 * written YYYY-MM-DD (undefined or null for an open end), and `from` may not be after `to`.
 *
 * @throws Error naming the option, the value and the expected form.
 * @example
 * resolvePeriod({ from: '2024-04-21', to: '2024-04-27' }); // { from: '2024-04-21', to: '2024-04-27' }
 * resolvePeriod({ to: '2024-02-30' }); // throws: to must be a calendar date …
 */
export function resolvePeriod(options: { from?: string | null; to?: string | null }): Period {
  const from = checkDate('from', options.from);
  const to = checkDate('to', options.to);
  if (from !== null && to !== null && from > to) {
    throw new Error(`from (${from}) is after to (${to}); give the first day of the period as from and the last as to`);
  }
  return { from, to };
}

/**
 * Whether the period has at least one end (otherwise every release counts).
 *
 * @example
 * isBounded({ from: null, to: '2024-04-27' }); // true
 */
export function isBounded(period: Period): boolean {
  return period.from !== null || period.to !== null;
}

/**
 * Whether a release completed on `endDate` counts in the period: always without a period; with
 * one, only a dated release whose endDate lies within [from, to].
 *
 * @example
 * countsInPeriod('2024-04-22', { from: '2024-04-21', to: '2024-04-27' }); // true
 * countsInPeriod(null, { from: null, to: '2024-04-27' }); // false: undated
 */
export function countsInPeriod(endDate: string | null, period: Period): boolean {
  if (!isBounded(period)) return true;
  const day = calendarDay(endDate);
  if (day === null) return false;
  return (period.from === null || day >= period.from) && (period.to === null || day <= period.to);
}

/**
 * Whether a release was completed on or before the end of the period, i.e. whether it is
 * subtracted from the remaining hazard. Without `to`, every release is; with `to`, an undated
 * release is not (it may not have happened yet: overstating hazard is the safe side).
 *
 * @example
 * completedBy('2024-03-01', { from: '2024-04-21', to: '2024-04-27' }); // true
 */
export function completedBy(endDate: string | null, period: Period): boolean {
  if (period.to === null) return true;
  const day = calendarDay(endDate);
  return day !== null && day <= period.to;
}

/**
 * The calendar day (YYYY-MM-DD) a zone date names, or null when it names none: the first ten
 * characters must be a real date in a year from 1900 to 2100 (as loading requires), so
 * '2024-04-22T10:00:00Z' gives '2024-04-22', and '2024-13-01' or a 9999-12-31 placeholder give
 * null: such a release is treated as undated rather than failing the report.
 *
 * @example
 * calendarDay('2024-04-22T10:00:00Z'); // '2024-04-22'
 */
export function calendarDay(value: string | null | undefined): string | null {
  const day = realCalendarDay(value);
  if (day === null) return null;
  const year = Number(day.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR ? day : null;
}

/** The first ten characters of `value` when they are a real date, whatever the year; else null. */
function realCalendarDay(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE_PREFIX.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-02-30 over to March; a real date survives the round trip.
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? match[0] : null;
}

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_DATE_LENGTH = 10;

function checkDate(name: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.length === ISO_DATE_LENGTH && realCalendarDay(value) === value) return value;
  throw new Error(`${name} must be a calendar date written YYYY-MM-DD, e.g. 2024-04-21; got ${JSON.stringify(value)}`);
}
