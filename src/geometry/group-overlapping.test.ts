import { expect, test } from 'vitest';
import { groupOverlapping } from './group-overlapping.js';

test('groups boxes that overlap directly or through a chain', () => {
  const boxes: Array<[number, number, number, number]> = [
    [0, 0, 2, 2],
    [10, 10, 11, 11],
    [1, 1, 3, 3],
    [2.5, 2.5, 4, 4],
    [20, 0, 21, 1],
  ];
  expect(groupOverlapping(boxes)).toEqual([[0, 2, 3], [1], [4]]);
});

test('treats touching boxes as one group (shapes touching along an edge merge)', () => {
  expect(groupOverlapping([[0, 0, 1, 1], [1, 0, 2, 1]])).toEqual([[0, 1]]);
});

test('keeps a chain that links late indices to early ones in one group', () => {
  // 0 and 1 only meet through 2, which comes last.
  expect(groupOverlapping([[0, 0, 1, 1], [4, 0, 5, 1], [0.5, 0, 4.5, 1]])).toEqual([[0, 1, 2]]);
});

test('gives no groups for no boxes', () => {
  expect(groupOverlapping([])).toEqual([]);
});
