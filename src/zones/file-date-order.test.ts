import { describe, expect, test } from 'vitest';
import { createFileDateOrder, dropHeldDates, keepHeldDates, readFileDate, settleFileDateOrder } from './file-date-order.js';

/** Reads `dates` as one file, feature i accepted unless listed in `rejected`; returns the filled dates and the issues. */
function readFile(dates: string[], rejected: number[] = []) {
  const record = createFileDateOrder(null);
  const read: Array<string | null> = [];
  dates.forEach((value, index) => {
    const date = readFileDate(record, value, index, 'endDate');
    if (rejected.includes(index)) {
      dropHeldDates(record);
      return;
    }
    keepHeldDates(record);
    read.push(date === 'blank' || date === 'invalid' ? null : date);
  });
  const issues = settleFileDateOrder(record, 'f.geojson', (place, field, date) => {
    expect(field).toBe('endDate');
    read[place] = date;
  });
  return { read, issues };
}

describe('settleFileDateOrder', () => {
  test('fills every waiting date in the order a later date settles', () => {
    expect(readFile(['01/02/2024', '03/04/2024', '13/04/2024']).read).toEqual(['2024-02-01', '2024-04-03', '2024-04-13']);
    expect(readFile(['01/02/2024', '03/04/2024', '04/13/2024']).read).toEqual(['2024-01-02', '2024-03-04', '2024-04-13']);
  });

  test('counts places among accepted zones only', () => {
    expect(readFile(['01/02/2024', '03/04/2024', '05/06/2024', '13/04/2024'], [1]).read).toEqual(['2024-02-01', '2024-06-05', '2024-04-13']);
  });

  test('says nothing when no date was ambiguous', () => {
    expect(readFile(['2024-05-25', '25/05/2024', '05/05/2024']).issues).toEqual([]);
  });

  test('with the order given, nothing waits', () => {
    const record = createFileDateOrder('mdy');
    expect(readFileDate(record, '01/02/2024', 0, 'startDate')).toBe('2024-01-02');
    keepHeldDates(record);
    expect(record.places).toEqual([]);
  });
});
