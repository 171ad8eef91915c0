import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { boundingBox, type BoundingBox } from './bounding-box.js';

/** Region (district) polygons prepared for {@link measureByRegion}. */
export interface RegionIndex {
  /** Each region's polygons, as rings (outer first), in the order the regions were given. */
  regions: Position[][][][];
  /** Each region's bounding box. */
  boxes: BoundingBox[];
  /** Packed R-tree over every boundary segment of every region; null when there are none. */
  segments: Flatbush | null;
}

/**
 * Prepares region polygons for overlay: bounding boxes per region and an R-tree over every
 * boundary segment. A shape whose box touches no boundary segment lies wholly inside a region
 * or wholly outside all of them, which one point-in-polygon test decides; only the few shapes
 * that cross a boundary need an exact intersection.
 *
 * @example
 * const index = indexRegions(districts.map((district) => district.geometry));
 * measureByRegion(dissolvedCleared, index);
 */
export function indexRegions(geometries: readonly (Polygon | MultiPolygon)[]): RegionIndex {
  const regions = geometries.map((geometry) =>
    (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).filter(
      (rings) => rings.length > 0 && rings[0].length >= 4,
    ),
  );
  const boxes = regions.map((polygons) => boundingBox(polygons.flat()));
  let segmentCount = 0;
  for (const polygons of regions) for (const rings of polygons) for (const ring of rings) segmentCount += ring.length - 1;
  if (segmentCount <= 0) return { regions, boxes, segments: null };
  const segments = new Flatbush(segmentCount);
  for (const polygons of regions) {
    for (const rings of polygons) {
      for (const ring of rings) {
        for (let index = 1; index < ring.length; index += 1) {
          const [x0, y0] = ring[index - 1];
          const [x1, y1] = ring[index];
          segments.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
        }
      }
    }
  }
  segments.finish();
  return { regions, boxes, segments };
}
