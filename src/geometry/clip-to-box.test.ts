import { expect, test } from 'vitest';
import { clipToBox } from './clip-to-box.js';

const planarArea = (ring: number[][]): number => {
  let twice = 0;
  for (let index = 1; index < ring.length; index += 1) twice += ring[index - 1][0] * ring[index][1] - ring[index][0] * ring[index - 1][1];
  return Math.abs(twice) / 2;
};

test('cuts a square down to the box', () => {
  const clipped = clipToBox([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]], [2, 3, 5, 7]);
  expect(clipped).toHaveLength(1);
  expect(planarArea(clipped![0])).toBeCloseTo(12, 12);
  expect(clipped![0][0]).toEqual(clipped![0][clipped![0].length - 1]);
});

test('interpolates where an edge crosses the box side', () => {
  // A triangle whose hypotenuse crosses x = 1 at y = 1.
  const clipped = clipToBox([[[0, 0], [2, 0], [0, 2], [0, 0]]], [0, 0, 1, 5]);
  expect(planarArea(clipped![0])).toBeCloseTo(1.5, 12);
});

test('drops holes outside the box and returns null when the outer ring is outside', () => {
  const polygon = [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[8, 8], [9, 8], [9, 9], [8, 9], [8, 8]],
  ];
  expect(clipToBox(polygon, [1, 1, 3, 3])).toHaveLength(1);
  expect(clipToBox(polygon, [20, 20, 30, 30])).toBeNull();
});

test('keeps the area of a concave ring that leaves and re-enters the box', () => {
  // A U: two legs joined at the bottom; the box cuts off the bottom, leaving both legs.
  const u = [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]];
  const clipped = clipToBox(u, [-1, 2, 4, 4]);
  expect(planarArea(clipped![0])).toBeCloseTo(2, 12);
});
