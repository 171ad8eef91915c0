import type { MultiPolygon, Polygon, Position } from 'geojson';

/** An axis-aligned box in degrees: [west, south, east, north]. */
export type BoundingBox = [minX: number, minY: number, maxX: number, maxY: number];

/**
 * The bounding box of a polygon's rings (or of any list of rings), in degrees.
 * Returns [Infinity, Infinity, -Infinity, -Infinity] for no positions, which overlaps nothing.
 *
 * @example
 * boundingBox([[[0, 0], [2, 0], [2, 1], [0, 0]]]); // [0, 0, 2, 1]
 */
export function boundingBox(rings: readonly (readonly Position[])[]): BoundingBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (const position of ring) {
      const x = position[0];
      const y = position[1];
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * The bounding box of a Polygon or MultiPolygon, in degrees.
 *
 * @example
 * geometryBox(zone.geometry); // [46.8, 39.5, 46.9, 39.6]
 */
export function geometryBox(geometry: Polygon | MultiPolygon): BoundingBox {
  return boundingBox(geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());
}
