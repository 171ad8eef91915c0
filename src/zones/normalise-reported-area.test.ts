import { expect, test } from 'vitest';
import { normaliseReportedArea } from './normalise-reported-area.js';

test.each<[unknown, number]>([
  [15000, 15000],
  [0.5, 0.5],
  ['15000', 15000],
  [' 15000.5 ', 15000.5],
  ['.5', 0.5],
  ['1.5e4', 15000],
])('reads %j as %d m²', (value, areaSquareMeters) => {
  expect(normaliseReportedArea(value)).toBe(areaSquareMeters);
});

test.each([0, -5, '0', '-5', '1,5', '2.790,9', '15 000', '15000 m2', 'ha', Infinity, Number.NaN, true, null, undefined, ''])(
  'refuses %j',
  (value) => {
    expect(normaliseReportedArea(value)).toBeNull();
  },
);
