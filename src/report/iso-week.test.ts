import { expect, test } from 'vitest';
import { isoWeek } from './iso-week.js';

test.each([
  ['2024-04-22', '2024-04-22', '2024-04-28'], // a Monday starts its own week
  ['2024-04-28', '2024-04-22', '2024-04-28'], // a Sunday ends it
  ['2024-04-24', '2024-04-22', '2024-04-28'],
  ['2024-01-01', '2024-01-01', '2024-01-07'],
  ['2023-12-31', '2023-12-25', '2023-12-31'], // Sunday before the year's first Monday
  ['2024-03-01', '2024-02-26', '2024-03-03'], // across a leap day
  ['2021-01-01', '2020-12-28', '2021-01-03'], // a week spanning the new year
])('%s lies in the week %s to %s', (date, weekStart, weekEnd) => {
  expect(isoWeek(date)).toEqual({ weekStart, weekEnd });
});
