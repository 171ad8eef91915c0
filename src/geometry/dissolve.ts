import type { MultiPolygon, Polygon, Position } from 'geojson';
import { boundingBox, type BoundingBox } from './bounding-box.js';
import { groupOverlapping } from './group-overlapping.js';
import { orientPolygon } from './orient-polygon.js';
import { tryBoolean, UNION_SNAP_DEGREES, type ClipFallback } from './try-boolean.js';

/** Options of {@link dissolve}. */
export interface DissolveOptions {
  /** Told when a group of polygons could not be unioned; null: not told. */
  onFallback: ((fallback: ClipFallback) => void) | null;
}

/** Defaults of {@link DissolveOptions}. */
export const defaultDissolveOptions: DissolveOptions = {
  /** Fallbacks are not reported. */
  onFallback: null,
};

/**
 * The union of many polygons as one MultiPolygon, so that overlapping land is counted once. Near
 * linear: polygons are grouped by overlapping bounding boxes (connected components) and each group
 * is unioned on its own with the overlay engine (`tryBoolean`); a polygon that overlaps
 * nothing is passed through (rewound to RFC 7946 order). Never a pairwise reduce, which is quadratic.
 *
 * If the engine fails on a group, the group's polygons are
 * merged one at a time and any that still cannot be merged are kept as separate parts (their
 * overlap is then counted twice); `onFallback` is told which inputs and where.
 *
 * @returns a MultiPolygon whose parts do not overlap (outer rings counter-clockwise).
 * @example
 * const cleared = dissolve(zones.filter((zone) => zone.properties.status === 'cleared').map((zone) => zone.geometry));
 * areaHectares(cleared);
 */
export function dissolve(
  geometries: readonly (Polygon | MultiPolygon)[],
  options: Partial<DissolveOptions> = {},
): MultiPolygon {
  const { onFallback } = { ...defaultDissolveOptions, ...options };
  const polygons: Position[][][] = [];
  const owners: number[] = [];
  geometries.forEach((geometry, owner) => {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of parts) {
      // A part without a usable outer ring has no area and would only upset the sweep line.
      if (rings.length === 0 || rings[0].length < 4) continue;
      polygons.push(rings);
      owners.push(owner);
    }
  });
  const boxes = polygons.map(boundingBox);
  const coordinates: Position[][][] = [];
  // Grouped by boxes grown by the union's snapping distance: neighbours whose shared edge was
  // digitised twice may miss each other by that much, and their union must see both.
  for (const group of groupOverlapping(boxes.map(growBySnap))) {
    if (group.length === 1) {
      coordinates.push(orientPolygon(polygons[group[0]]));
      continue;
    }
    const outcome = tryBoolean('union', group.map((index) => polygons[index]));
    if (outcome.coordinates) {
      for (const part of outcome.coordinates) coordinates.push(part);
      continue;
    }
    const { merged, unmerged } = unionOneByOne(group, polygons);
    for (const part of merged) coordinates.push(part);
    for (const index of unmerged) coordinates.push(orientPolygon(polygons[index]));
    if (unmerged.length > 0 && onFallback) {
      onFallback({
        operation: 'union',
        strategy: `${unmerged.length} polygon(s) could not be merged with the overlapping ones and are measured separately, so their overlap is counted twice (the area may be too high)`,
        box: unionOfBoxes(group.map((index) => boxes[index])),
        inputs: [...new Set(unmerged.map((index) => owners[index]))],
        error: outcome.error ?? 'unknown error',
      });
    }
  }
  return { type: 'MultiPolygon', coordinates };
}

function unionOneByOne(group: number[], polygons: Position[][][]): { merged: Position[][][]; unmerged: number[] } {
  // Starting from nothing (rather than the first polygon) lets a bad first polygon be the one left out.
  let merged: Position[][][] = [];
  const unmerged: number[] = [];
  for (const index of group) {
    const outcome = tryBoolean('union', [merged, polygons[index]]);
    if (outcome.coordinates) merged = outcome.coordinates;
    else unmerged.push(index);
  }
  return { merged, unmerged };
}

function growBySnap(box: BoundingBox): BoundingBox {
  return [box[0] - UNION_SNAP_DEGREES, box[1] - UNION_SNAP_DEGREES, box[2] + UNION_SNAP_DEGREES, box[3] + UNION_SNAP_DEGREES];
}

function unionOfBoxes(boxes: BoundingBox[]): BoundingBox {
  return boxes.reduce<BoundingBox>(
    (all, box) => [Math.min(all[0], box[0]), Math.min(all[1], box[1]), Math.max(all[2], box[2]), Math.max(all[3], box[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}
