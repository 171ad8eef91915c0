import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { boundingBox, type BoundingBox } from './bounding-box.js';

/** Polygons with a packed R-tree over their bounding boxes, for "which polygons are near this box". */
export interface PolygonIndex {
  /** Every polygon of the indexed geometries, as rings (outer first). */
  polygons: Position[][][];
  /** Bounding box of each polygon, in the same order. */
  boxes: BoundingBox[];
  /** The R-tree over `boxes`; null when there are no polygons. */
  tree: Flatbush | null;
}

/**
 * Indexes the polygons of one or more Polygon/MultiPolygon geometries by bounding box (flatbush),
 * so each later lookup costs O(log n) instead of a scan.
 *
 * @example
 * const hazards = indexPolygons([dissolvedHazard]);
 * polygonsNear(hazards, [46.8, 39.5, 46.9, 39.6]); // indices into hazards.polygons
 */
export function indexPolygons(geometries: readonly (Polygon | MultiPolygon)[]): PolygonIndex {
  const polygons: Position[][][] = [];
  for (const geometry of geometries) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of parts) if (rings.length > 0 && rings[0].length >= 4) polygons.push(rings);
  }
  const boxes = polygons.map(boundingBox);
  if (polygons.length === 0) return { polygons, boxes, tree: null };
  const tree = new Flatbush(polygons.length);
  for (const box of boxes) tree.add(box[0], box[1], box[2], box[3]);
  tree.finish();
  return { polygons, boxes, tree };
}

/**
 * Indices of the indexed polygons whose bounding boxes overlap or touch `box`.
 *
 * @example
 * polygonsNear(index, boundingBox(zone.geometry.coordinates));
 */
export function polygonsNear(index: PolygonIndex, box: BoundingBox): number[] {
  return index.tree ? index.tree.search(box[0], box[1], box[2], box[3]) : [];
}
