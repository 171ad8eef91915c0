import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date.js';

const MONTHS = (locale: 'en' | 'az' | 'ru') =>
  Array.from({ length: 12 }, (_, index) => calendarDate(`2024-${String(index + 1).padStart(2, '0')}-15`, locale, 'date').monthName);

describe('calendarDate', () => {
  it('reads the day, month and year of an ISO date', () => {
    expect(calendarDate('2024-04-27', 'en', 'date')).toEqual({ day: 27, month: 4, monthName: 'April', year: 2024 });
  });

  it('names Russian months in the genitive, as they follow a day number', () => {
    expect(MONTHS('ru')).toEqual([
      'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
      'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    ]);
  });

  it('names Azerbaijani months in lower case, as ICU gives them after a day', () => {
    expect(MONTHS('az')).toEqual([
      'yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun',
      'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr',
    ]);
  });

  it('names English months capitalised', () => {
    expect(MONTHS('en')[0]).toBe('January');
    expect(MONTHS('en')[11]).toBe('December');
  });

  it('does not shift the day with the time zone', () => {
    expect(calendarDate('2024-01-01', 'en', 'date').day).toBe(1);
    expect(calendarDate('2024-12-31', 'ru', 'date')).toMatchObject({ day: 31, monthName: 'декабря', year: 2024 });
  });

  it('throws naming the argument for text that is not an ISO date', () => {
    expect(() => calendarDate('27/04/2024', 'en', 'summary.period.to')).toThrow(
      'summary.period.to must be an ISO date (YYYY-MM-DD) or null; got "27/04/2024".',
    );
  });

  it('throws for a date that does not exist', () => {
    expect(() => calendarDate('2023-02-29', 'en', 'summary.period.from')).toThrow('got "2023-02-29"');
    expect(() => calendarDate('2024-13-01', 'en', 'summary.period.from')).toThrow('got "2024-13-01"');
    expect(calendarDate('2024-02-29', 'en', 'date').day).toBe(29);
  });
});
