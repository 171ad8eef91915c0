import { expect, test } from 'vitest';
import { ringSignedArea } from './ring-signed-area.js';

test('is positive for a counterclockwise ring and negative for a clockwise one', () => {
  expect(ringSignedArea([[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]])).toBe(2);
  expect(ringSignedArea([[0, 0], [0, 1], [2, 1], [2, 0], [0, 0]])).toBe(-2);
});

test('gives a right triangle half its legs product, far from the origin', () => {
  // Legs of about 0.001° at 46°E 40°N. Relative to the first vertex the sum is exactly legX·legY; from the
  // origin it would subtract products near 1840 and keep only about 10 significant digits.
  const legX = 46.001 - 46;
  const legY = 40.001 - 40;
  expect(ringSignedArea([[46, 40], [46.001, 40], [46, 40.001], [46, 40]])).toBe((legX * legY) / 2);
});

test('cancels the lobes of a symmetric bowtie', () => {
  expect(ringSignedArea([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]])).toBe(0);
});
