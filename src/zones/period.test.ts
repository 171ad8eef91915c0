import { describe, expect, test } from 'vitest';
import { calendarDay, completedBy, countsInPeriod, resolvePeriod } from './period.js';

describe('resolvePeriod', () => {
  test('keeps valid dates and open ends', () => {
    expect(resolvePeriod({ from: '2024-04-21', to: '2024-04-27' })).toEqual({ from: '2024-04-21', to: '2024-04-27' });
    expect(resolvePeriod({})).toEqual({ from: null, to: null });
    expect(resolvePeriod({ from: null, to: undefined })).toEqual({ from: null, to: null });
  });

  test.each([
    ['from', '2024-02-30'],
    ['from', '2024-4-21'],
    ['to', '21.04.2024'],
    ['to', '2024-04-21T00:00:00Z'],
  ])('throws naming %s and the value %s', (option, value) => {
    expect(() => resolvePeriod({ [option]: value })).toThrow(
      `${option} must be a calendar date written YYYY-MM-DD, e.g. 2024-04-21; got "${value}"`,
    );
  });

  test('throws when from is after to', () => {
    expect(() => resolvePeriod({ from: '2024-05-01', to: '2024-04-01' })).toThrow('from (2024-05-01) is after to (2024-04-01)');
  });
});

describe('countsInPeriod', () => {
  const week = { from: '2024-04-21', to: '2024-04-27' };
  test('counts every release, dated or not, without a period', () => {
    expect(countsInPeriod(null, { from: null, to: null })).toBe(true);
    expect(countsInPeriod('1999-01-01', { from: null, to: null })).toBe(true);
  });
  test('includes both ends of the period and leaves out undated releases', () => {
    expect(countsInPeriod('2024-04-21', week)).toBe(true);
    expect(countsInPeriod('2024-04-27', week)).toBe(true);
    expect(countsInPeriod('2024-04-28', week)).toBe(false);
    expect(countsInPeriod('2024-04-20', week)).toBe(false);
    expect(countsInPeriod(null, week)).toBe(false);
    expect(countsInPeriod('2024-04-27T23:59:00Z', week)).toBe(true);
  });
});

describe('completedBy', () => {
  test('is every release without an end, else dated releases on or before it', () => {
    expect(completedBy(null, { from: '2024-04-21', to: null })).toBe(true);
    expect(completedBy('2020-01-01', { from: '2024-04-21', to: '2024-04-27' })).toBe(true);
    expect(completedBy('2024-04-28', { from: null, to: '2024-04-27' })).toBe(false);
    expect(completedBy(null, { from: null, to: '2024-04-27' })).toBe(false);
  });
});

describe('calendarDay', () => {
  test('reads the day from a date or date-time, and nothing from non-dates', () => {
    expect(calendarDay('2024-02-29')).toBe('2024-02-29');
    expect(calendarDay('2024-04-22T10:00:00Z')).toBe('2024-04-22');
    expect(calendarDay('2023-02-29')).toBeNull();
    expect(calendarDay('April 22')).toBeNull();
    expect(calendarDay(null)).toBeNull();
  });
});
