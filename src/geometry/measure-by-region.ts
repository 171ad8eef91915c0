import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonAreaSquareMeters } from './area.js';
import { alignCrossings } from './align-crossings.js';
import { boundingBox, type BoundingBox } from './bounding-box.js';
import { clipToBox } from './clip-to-box.js';
import { expandBox } from './expand-box.js';
import { regionsContaining, type RegionIndex } from './region-index.js';
import { tryBoolean, type ClipFallback } from './try-boolean.js';

/** Options of {@link measureByRegion}. */
export interface MeasureByRegionOptions {
  /** Told when an intersection with a region failed; null: not told. */
  onFallback: ((fallback: ClipFallback) => void) | null;
}

/** Defaults of {@link MeasureByRegionOptions}. */
export const defaultMeasureByRegionOptions: MeasureByRegionOptions = {
  /** Fallbacks are not reported. */
  onFallback: null,
};

/** The area of a geometry, split by region. */
export interface RegionAreas {
  /** Area of the whole geometry, in m² (WGS84 ellipsoid). */
  totalSquareMeters: number;
  /** Area inside each region, in m², in the order of the index's regions. */
  regionSquareMeters: number[];
  /** Area outside every region, in m². */
  outsideSquareMeters: number;
}

/**
 * Splits the ellipsoidal area of a geometry (ideally dissolved: overlapping parts count twice)
 * among regions. Parts whose bounding box touches no region boundary segment are placed whole by
 * one point-in-polygon test; only parts that cross a boundary are intersected exactly with the
 * candidate regions, each region first cut down to the part's neighbourhood, and cut where its
 * geodesic edges cross the boundaries ({@link alignCrossings}), so that its pieces add up to its
 * area. If regions overlap, land in both counts for both.
 *
 * If an intersection fails, that part goes whole to the
 * region holding its first vertex (or outside), and `onFallback` is told.
 *
 * @example
 * const index = indexRegions(districts.map((district) => district.geometry));
 * const { regionSquareMeters, outsideSquareMeters } = measureByRegion(dissolvedCleared, index);
 */
export function measureByRegion(
  geometry: Polygon | MultiPolygon,
  index: RegionIndex,
  options: Partial<MeasureByRegionOptions> = {},
): RegionAreas {
  const { onFallback } = { ...defaultMeasureByRegionOptions, ...options };
  const areas: RegionAreas = {
    totalSquareMeters: 0,
    regionSquareMeters: index.regions.map(() => 0),
    outsideSquareMeters: 0,
  };
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  parts.forEach((rings, partIndex) => {
    if (rings.length === 0 || rings[0].length < 4) return;
    const areaSquareMeters = polygonAreaSquareMeters(rings);
    areas.totalSquareMeters += areaSquareMeters;
    const box = boundingBox(rings);
    if (!index.segments?.collides(box[0], box[1], box[2], box[3])) {
      placeWhole(rings[0][0], areaSquareMeters, index, areas);
      return;
    }
    const failure = splitAcrossBoundaries(rings, areaSquareMeters, box, index, areas);
    if (failure === null) return;
    placeWhole(rings[0][0], areaSquareMeters, index, areas);
    onFallback?.({
      operation: 'intersection',
      strategy: 'this polygon was counted whole in the region holding its first vertex instead of being split along the boundary',
      box,
      inputs: [partIndex],
      error: failure,
    });
  });
  return areas;
}

/** Adds the part to every region that holds `point`, or to outside. */
function placeWhole(point: Position, areaSquareMeters: number, index: RegionIndex, areas: RegionAreas): void {
  const regions = regionsContaining(point, index);
  for (const regionIndex of regions) areas.regionSquareMeters[regionIndex] += areaSquareMeters;
  if (regions.length === 0) areas.outsideSquareMeters += areaSquareMeters;
}

/** Intersects the part with each candidate region; returns null, or the error if any step failed. */
function splitAcrossBoundaries(
  rings: Position[][],
  areaSquareMeters: number,
  box: BoundingBox,
  index: RegionIndex,
  areas: RegionAreas,
): string | null {
  const clipBox = expandBox(box);
  const clips: Position[][][][] = [];
  const inside: Array<{ regionIndex: number; pieces: Position[][][] }> = [];
  for (let regionIndex = 0; regionIndex < index.regions.length; regionIndex += 1) {
    const regionBox = index.boxes[regionIndex];
    if (regionBox[0] > box[2] || regionBox[2] < box[0] || regionBox[1] > box[3] || regionBox[3] < box[1]) continue;
    const clipped: Position[][][] = [];
    for (const polygon of index.regions[regionIndex]) {
      const near = clipToBox(polygon, clipBox);
      if (near) clipped.push(near);
    }
    if (clipped.length === 0) continue;
    const outcome = tryBoolean('intersection', [rings, clipped]);
    if (!outcome.coordinates) return outcome.error ?? 'unknown error';
    inside.push({ regionIndex, pieces: outcome.coordinates });
    clips.push(clipped);
  }
  if (clips.length === 0) {
    areas.outsideSquareMeters += areaSquareMeters;
    return null;
  }
  const outcome = tryBoolean('difference', [rings, ...clips]);
  if (!outcome.coordinates) return outcome.error ?? 'unknown error';
  const outside = outcome.coordinates;
  // On geodesics, the pieces add up to the part only once cut where the geodesics cross.
  alignCrossings([...inside.map((part) => part.pieces), outside], rings, index);
  for (const part of inside) areas.regionSquareMeters[part.regionIndex] += sumArea(part.pieces);
  areas.outsideSquareMeters += sumArea(outside);
  return null;
}

function sumArea(polygons: Position[][][]): number {
  let total = 0;
  for (const rings of polygons) total += polygonAreaSquareMeters(rings);
  return total;
}
