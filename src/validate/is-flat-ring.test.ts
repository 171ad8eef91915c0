import { expect, test } from 'vitest';
import { isFlatRing } from './is-flat-ring.js';

test.each([
  [[[0, 0], [1, 1], [2, 2], [0, 0]]],
  [[[0, 0], [1, 0], [2, 0], [0, 0]]],
  [[[5, 5], [5, 5], [5, 5], [5, 5]]],
  // On one line up to rounding: 0.1 + 0.2 is not 0.3 in binary.
  [[[0, 0], [0.1, 0.1], [0.1 + 0.2, 0.3], [0, 0]]],
  [[[46.123456, 40.1], [46.123457, 40.2], [46.123458, 40.3], [46.123456, 40.1]]],
])('finds %j flat', (ring) => {
  expect(isFlatRing(ring)).toBe(true);
});

test.each([
  [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]],
  [[[0, 0], [1, 0], [1, 1], [1, 0], [0, 0]]],
  // A 1 km by 1 mm sliver is thin but real.
  [[[46, 40], [46.01, 40], [46.01, 40.00000001], [46, 40]]],
])('finds %j not flat', (ring) => {
  expect(isFlatRing(ring)).toBe(false);
});
