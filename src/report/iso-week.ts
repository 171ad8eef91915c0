const MILLISECONDS_PER_DAY = 86_400_000;
const DAYS_PER_WEEK = 7;

/** An ISO 8601 week: Monday to Sunday, as UTC calendar dates. */
export interface IsoWeek {
  /** Monday, YYYY-MM-DD. */
  weekStart: string;
  /** Sunday, YYYY-MM-DD. */
  weekEnd: string;
}

/**
 * The ISO week (Monday to Sunday) holding a date, read as a UTC calendar date.
 *
 * @param date YYYY-MM-DD (anything after the first ten characters is ignored).
 * @example
 * isoWeek('2024-04-24'); // { weekStart: '2024-04-22', weekEnd: '2024-04-28' }
 */
export function isoWeek(date: string): IsoWeek {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  // getUTCDay is 0 on Sunday; ISO weeks start on Monday.
  const daysSinceMonday = (day.getUTCDay() + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK;
  const monday = day.getTime() - daysSinceMonday * MILLISECONDS_PER_DAY;
  return {
    weekStart: new Date(monday).toISOString().slice(0, 10),
    weekEnd: new Date(monday + (DAYS_PER_WEEK - 1) * MILLISECONDS_PER_DAY).toISOString().slice(0, 10),
  };
}
