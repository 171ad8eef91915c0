import { expect, test } from 'vitest';
import { batchByComponent } from './batch-by-component.js';

test('keeps connected zones (touching boxes, also through a chain) in one batch', () => {
  // 0–2 chain through 1; 3 alone; 4 touches 3's corner.
  const boxes = [[0, 0, 1, 1], [1, 1, 2, 2], [2, 2, 3, 3], [10, 10, 11, 11], [11, 11, 12, 12]] as const;
  expect(batchByComponent(boxes.map((box) => [...box] as [number, number, number, number]), 1)).toEqual([[0, 1, 2], [3, 4]]);
});

test('fills batches up to the size with whole components, indices ascending', () => {
  const boxes: [number, number, number, number][] = [[0, 0, 1, 1], [5, 5, 6, 6], [0.5, 0.5, 2, 2], [8, 8, 9, 9], [20, 20, 21, 21]];
  expect(batchByComponent(boxes, 3)).toEqual([[0, 1, 2], [3, 4]]);
  expect(batchByComponent(boxes, 100)).toEqual([[0, 1, 2, 3, 4]]);
  expect(batchByComponent([], 10)).toEqual([]);
});
