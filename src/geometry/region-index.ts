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
  /** Segment ends, four numbers per segment in R-tree insertion order: x0, y0, x1, y1. */
  segmentEnds: Float64Array;
  /** The region of each segment. */
  segmentRegions: Int32Array;
  /** Largest longitude of any region, where point-in-region rays end. */
  east: number;
}

/**
 * Prepares region polygons for overlay: bounding boxes per region and an R-tree over every
 * boundary segment. A shape whose box touches no boundary segment lies wholly inside a region
 * or wholly outside all of them, which one point-in-polygon test decides (also through the
 * R-tree: only segments crossing the point's eastward ray are looked at); only the few shapes
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
  segmentCount = Math.max(segmentCount, 0);
  const segmentEnds = new Float64Array(segmentCount * 4);
  const segmentRegions = new Int32Array(segmentCount);
  const east = boxes.reduce((largest, box) => Math.max(largest, box[2]), -Infinity);
  if (segmentCount === 0) return { regions, boxes, segments: null, segmentEnds, segmentRegions, east };
  const segments = new Flatbush(segmentCount);
  regions.forEach((polygons, regionIndex) => {
    for (const rings of polygons) {
      for (const ring of rings) {
        for (let index = 1; index < ring.length; index += 1) {
          const [x0, y0] = ring[index - 1];
          const [x1, y1] = ring[index];
          const segment = segments.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
          segmentEnds.set([x0, y0, x1, y1], segment * 4);
          segmentRegions[segment] = regionIndex;
        }
      }
    }
  });
  segments.finish();
  return { regions, boxes, segments, segmentEnds, segmentRegions, east };
}

/**
 * Indices of the regions that contain a point (even–odd rule over each region's rings, so holes
 * and multi-part regions are handled), found by casting a ray east and testing only the boundary
 * segments the R-tree returns for it. Ascending; empty when the point is outside every region.
 * A point exactly on a boundary may go either way.
 *
 * @example
 * regionsContaining([46.8, 39.5], index); // [2]
 */
export function regionsContaining(point: Position, index: RegionIndex): number[] {
  if (!index.segments) return [];
  const x = point[0];
  const y = point[1];
  const inside = new Uint8Array(index.regions.length);
  const ends = index.segmentEnds;
  for (const segment of index.segments.search(x, y, Math.max(x, index.east), y)) {
    const offset = segment * 4;
    const x0 = ends[offset];
    const y0 = ends[offset + 1];
    const x1 = ends[offset + 2];
    const y1 = ends[offset + 3];
    // Half-open in y, so a ray through a vertex counts the two segments meeting there once.
    if (y0 > y !== y1 > y && x < ((x1 - x0) * (y - y0)) / (y1 - y0) + x0) inside[index.segmentRegions[segment]] ^= 1;
  }
  const regions: number[] = [];
  inside.forEach((flag, regionIndex) => {
    if (flag) regions.push(regionIndex);
  });
  return regions;
}
