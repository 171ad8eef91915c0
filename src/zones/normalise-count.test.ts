import { expect, test } from 'vitest';
import { normaliseCount } from './normalise-count.js';

test.each<[unknown, number]>([
  [0, 0],
  [12, 12],
  [-0, 0],
  ['12', 12],
  [' 12 ', 12],
  ['007', 7],
  ['12.0', 12],
  [12.0, 12],
  [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  [null, 0],
  [undefined, 0],
  ['', 0],
  ['  ', 0],
  // What shapefile readers make of a blank numeric field.
  [Number.NaN, 0],
])('reads %j as the count %d', (value, count) => {
  expect(Object.is(normaliseCount(value), count)).toBe(true);
});

test.each([-1, -3, '-3', 1.5, '1.5', '12.5', 'NaN', 'twelve', 'none', '1,200', '1 200', '1e3', '+5', Infinity, 2 ** 53, true, false, [3], {}])(
  'refuses %j as a count',
  (value) => {
    expect(normaliseCount(value)).toBeNull();
  },
);
