import Flatbush from 'flatbush';
import type { BoundingBox } from './bounding-box.js';

/**
 * Groups boxes that overlap or touch, directly or through a chain of others (connected components
 * of the overlap graph), using a packed R-tree (flatbush) and union–find: O(n log n) for the
 * clustered, mostly local overlaps of survey polygons. Shapes in different groups cannot overlap,
 * so each group can be dissolved on its own.
 *
 * @returns groups of input indices, each ascending, ordered by their first index.
 * @example
 * groupOverlapping([[0, 0, 2, 2], [5, 5, 6, 6], [1, 1, 3, 3]]); // [[0, 2], [1]]
 */
export function groupOverlapping(boxes: readonly BoundingBox[]): number[][] {
  const count = boxes.length;
  if (count === 0) return [];
  const tree = new Flatbush(count);
  for (const box of boxes) tree.add(box[0], box[1], box[2], box[3]);
  tree.finish();

  const parent = new Int32Array(count);
  for (let index = 0; index < count; index += 1) parent[index] = index;
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root];
    // Path compression keeps later finds near constant time.
    while (parent[index] !== root) {
      const next = parent[index];
      parent[index] = root;
      index = next;
    }
    return root;
  };

  for (let index = 0; index < count; index += 1) {
    const box = boxes[index];
    for (const other of tree.search(box[0], box[1], box[2], box[3])) {
      if (other <= index) continue;
      const rootA = find(index);
      const rootB = find(other);
      if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }

  const groupOfRoot = new Map<number, number[]>();
  const groups: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    const root = find(index);
    let group = groupOfRoot.get(root);
    if (!group) {
      group = [];
      groupOfRoot.set(root, group);
      groups.push(group);
    }
    group.push(index);
  }
  return groups;
}
