import { describe, expect, test } from 'vitest';
import { findSegmentContact } from './find-segment-contact.js';

const square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];

// Every case runs through both search paths: all pairs, and the flatbush index.
describe.each([
  ['all pairs', 1e9],
  ['flatbush index', 0],
])('findSegmentContact (%s)', (_, bruteForceMaxSegments) => {
  const find = (polygons: number[][][][]) => findSegmentContact(polygons, { bruteForceMaxSegments });

  test('finds nothing in a simple polygon with a hole inside', () => {
    expect(find([[square, [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]]])).toBeNull();
  });

  test('finds a bowtie crossing itself at its centre', () => {
    expect(find([[[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]])).toEqual({
      kind: 'crossing',
      polygonA: 0,
      ringA: 0,
      polygonB: 0,
      ringB: 0,
      x: 1,
      y: 1,
    });
  });

  test('finds a hole crossing its exterior ring where they cross', () => {
    // The hole's edge (3,1)→(5,1) crosses the exterior's edge (4,0)→(4,4) at (4,1).
    expect(find([[square, [[3, 1], [5, 1], [5, 3], [3, 3], [3, 1]]]])).toEqual({
      kind: 'crossing',
      polygonA: 0,
      ringA: 0,
      polygonB: 0,
      ringB: 1,
      x: 4,
      y: 1,
    });
  });

  test('finds a spike as an overlap at its tip', () => {
    expect(find([[[[0, 0], [4, 0], [4, 4], [4, 6], [4, 4], [0, 4], [0, 0]]]])).toEqual({
      kind: 'overlap',
      polygonA: 0,
      ringA: 0,
      polygonB: 0,
      ringB: 0,
      x: 4,
      y: 6,
    });
  });

  test('finds polygons sharing part of an edge as an overlap where the shared stretch starts', () => {
    const left = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const right = [[2, 1], [4, 1], [4, 3], [2, 3], [2, 1]];
    expect(find([[left], [right]])).toEqual({
      kind: 'overlap',
      polygonA: 0,
      ringA: 0,
      polygonB: 1,
      ringB: 0,
      x: 2,
      y: 1,
    });
  });

  test('finds a hole touching its exterior at a vertex as a touch', () => {
    expect(find([[square, [[0, 0], [1, 2], [2, 1], [0, 0]]]])).toEqual({
      kind: 'touch',
      polygonA: 0,
      ringA: 0,
      polygonB: 0,
      ringB: 1,
      x: 0,
      y: 0,
    });
  });

  test('finds a ring through an edge of another as a touch at that vertex', () => {
    expect(find([[square, [[4, 2], [3, 3], [3, 1], [4, 2]]]])).toMatchObject({ kind: 'touch', x: 4, y: 2 });
  });

  test('prefers a crossing found after a touch', () => {
    // Ring 1 touches the exterior at (0,0) first, then ring 2 crosses it.
    const touching = [[0, 0], [1, 2], [2, 1], [0, 0]];
    const crossing = [[3, 3], [5, 3], [5, 3.5], [3, 3.5], [3, 3]];
    expect(find([[square, touching, crossing]])).toMatchObject({ kind: 'crossing', ringB: 2, x: 4, y: 3 });
  });

  test('does not count consecutive edges on one line as an overlap', () => {
    expect(find([[[[0, 0], [2, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]])).toBeNull();
  });
});

test('finds the same contacts with and without the index on rings of a thousand vertices', () => {
  // A 1000-vertex circle-like ring, then the same ring with two vertices swapped (crossing edges).
  const ring: number[][] = [];
  for (let i = 0; i < 1000; i++) {
    const angle = (2 * Math.PI * i) / 1000;
    ring.push([46 + 0.01 * Math.cos(angle), 40 + 0.01 * Math.sin(angle)]);
  }
  ring.push(ring[0]);
  expect(findSegmentContact([[ring]])).toBeNull();
  const crossed = ring.slice();
  [crossed[500], crossed[501]] = [crossed[501], crossed[500]];
  const indexed = findSegmentContact([[crossed]]);
  const paired = findSegmentContact([[crossed]], { bruteForceMaxSegments: 1e9 });
  expect(indexed).toEqual(paired);
  expect(indexed?.kind).toBe('crossing');
});
