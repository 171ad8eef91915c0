import { expect, test } from 'vitest';
import { normaliseDate, readDate } from './normalise-date.js';
import type { DateOrder } from './normalise-date.js';

test.each<[unknown, string]>([
  ['2023-05-14', '2023-05-14'],
  [' 2023-05-14 ', '2023-05-14'],
  ['2024-02-29', '2024-02-29'],
  ['2000-02-29', '2000-02-29'],
  // Date-times keep the date as written, in the offset the time was given in.
  ['2023-05-14T23:30:00+04:00', '2023-05-14'],
  ['2023-05-14T23:30:00-05:00', '2023-05-14'],
  ['2023-05-14T00:30:00Z', '2023-05-14'],
  ['2023-05-14T00:30:00.123456z', '2023-05-14'],
  ['2023-05-14T23:30', '2023-05-14'],
  ['2023-05-14 10:00:00', '2023-05-14'],
  ['2023-05-14T10:00:00+0400', '2023-05-14'],
  ['2023-05-14T10:00:00+04', '2023-05-14'],
  ['14.05.2023', '2023-05-14'],
  ['4.5.2023', '2023-05-04'],
  ['14.05.2023 10:15', '2023-05-14'],
  ['29.02.2024', '2024-02-29'],
  // Year first with slashes or dots (GDAL's KML driver writes 2024/05/25).
  ['2024/05/25', '2024-05-25'],
  ['2024/5/25', '2024-05-25'],
  ['2024.05.25', '2024-05-25'],
  ['2024/05/25 10:30:00', '2024-05-25'],
  ['2024-05-25T00:00:00.000Z', '2024-05-25'],
  ['2024-05-25 10:30', '2024-05-25'],
  // Year last, settled by a part above 12.
  ['25/05/2024', '2024-05-25'],
  ['05/25/2024', '2024-05-25'],
  ['5/25/2024 10:30:00 AM', '2024-05-25'],
  ['25-05-2024', '2024-05-25'],
  ['05/05/2024', '2024-05-05'],
  // Epoch milliseconds (ArcGIS, IMSMA Core): the UTC day. 1716595200000 is 2024-05-25T00:00:00Z.
  [1716595200000, '2024-05-25'],
  [1716681599999, '2024-05-25'],
  [1716681600000, '2024-05-26'],
  [-2208988800000, '1900-01-01'],
  // Shapefile readers build DBF dates as local midnight.
  [new Date(2023, 4, 14), '2023-05-14'],
])('reads %j as %s', (value, date) => {
  expect(normaliseDate(value)).toBe(date);
});

test.each([
  '2023-02-29',
  '1900-02-29',
  '2023-02-30',
  '2023-13-01',
  '2023-00-10',
  '2023-04-31',
  '31.04.2023',
  '2023-5-14',
  '31/02/2024',
  '13/13/2024',
  '00/05/2024',
  '25/05/24',
  '20240525',
  '1716595200000',
  '5/25/2024 13:00 PM',
  '2024-05-25 10:30 PM',
  '25/05/2024T10:30:00Z',
  '2024-05-25T10:30:00+04:0',
  '2024-05-25T10:30:00+040',
  '2024-05-25T10:30:00+04:00x',
  '2024-05-25T10:30:00+2400',
  '2024-05-25T10:30:00.Z',
  '2023-05',
  '2023',
  '14.05.23',
  '2023-05-14T24:00:00Z',
  '2023-05-14T10:60:00Z',
  '2023-05-14T10:00:00+25:00',
  '2023-05-14T10:00:00 foo',
  'May 14, 2023',
  'yesterday',
  '',
  20230514,
  1716595200,
  0,
  Infinity,
  null,
  true,
  new Date(''),
])('refuses %j', (value) => {
  expect(normaliseDate(value)).toBeNull();
});

test.each<[unknown, DateOrder, string | null]>([
  ['05/06/2024', 'dmy', '2024-06-05'],
  ['05/06/2024', 'mdy', '2024-05-06'],
  ['05/06/2024', 'ymd', null],
  ['25/05/2024', 'mdy', null],
  ['05/25/2024', 'dmy', null],
  ['2024/05/06', 'dmy', '2024-05-06'],
  ['2024/05/06', 'mdy', '2024-05-06'],
])('reads %j in order %s as %s', (value, order, date) => {
  expect(normaliseDate(value, order)).toBe(date);
});

test('reads a date that could be day first or month first as ambiguous, with its parts', () => {
  expect(readDate('05/06/2024', null)).toEqual({ kind: 'ambiguous', year: 2024, first: 5, second: 6, dotted: false });
  expect(readDate(' 5.6.2024 ', null)).toEqual({ kind: 'ambiguous', year: 2024, first: 5, second: 6, dotted: true });
  expect(normaliseDate('05/06/2024')).toBeNull();
  // Dots are day first in every locale that writes them.
  expect(normaliseDate('05.06.2024')).toBe('2024-06-05');
});

test('says which order a year-last date proves', () => {
  expect(readDate('25/05/2024', null)).toEqual({ kind: 'date', date: '2024-05-25', proves: 'dmy' });
  expect(readDate('05/25/2024', null)).toEqual({ kind: 'date', date: '2024-05-25', proves: 'mdy' });
  expect(readDate('05/05/2024', null)).toEqual({ kind: 'date', date: '2024-05-05', proves: null });
});

test.each<unknown>([
  '00000000',
  '0000-00-00',
  '00/00/0000',
  '1899-11-30',
  '   ',
  // parsedbf (shpjs) builds an empty DBF date, 00000000, as new Date(0, -1, 0): 30 November 1899.
  new Date(0, -1, 0),
  new Date(''),
  Number.NaN,
])('reads %j as a blank cell, not an error', (value) => {
  expect(readDate(value, null)).toEqual({ kind: 'blank' });
});

test('refuses a megabyte of digits or of date-like text at once', () => {
  expect(readDate('1'.repeat(1 << 20), null)).toEqual({ kind: 'invalid' });
  expect(readDate(`2024-05-25T10:30:00.${'1'.repeat(1 << 20)}`, null)).toEqual({ kind: 'invalid' });
  expect(readDate(`${' '.repeat(1 << 20)}2024-05-25`, null)).toEqual({ kind: 'date', date: '2024-05-25', proves: null });
});
