import type { BoundingBox } from '../geometry/bounding-box.js';
import { groupOverlapping } from '../geometry/group-overlapping.js';

/**
 * Splits zones into batches of whole connected components (zones whose bounding boxes overlap or
 * touch, directly or through others), each batch about `maxZones` zones (one larger component is
 * a batch of its own), its indices ascending. No union, difference, overlap or week can involve
 * zones of two batches, so each batch can be measured alone and the figures added up: the work
 * in hand, and its memory, stay the size of a batch however large the file.
 *
 * @example
 * batchByComponent([[0, 0, 2, 2], [5, 5, 6, 6], [1, 1, 3, 3]], 2); // [[0, 2], [1]]
 */
export function batchByComponent(boxes: readonly BoundingBox[], maxZones: number): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  for (const component of groupOverlapping(boxes)) {
    if (batch.length > 0 && batch.length + component.length > maxZones) {
      batches.push(batch.sort((a, b) => a - b));
      batch = [];
    }
    for (const index of component) batch.push(index);
  }
  if (batch.length > 0) batches.push(batch.sort((a, b) => a - b));
  return batches;
}
