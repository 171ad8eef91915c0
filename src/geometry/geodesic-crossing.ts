import geographiclib from 'geographiclib-geodesic';
import type { Position } from 'geojson';

const geodesic = geographiclib.Geodesic.WGS84;
// A line needs every capability (DISTANCE_IN above all) to be walked along by distance.
const { ALL, LATITUDE, LONGITUDE, LONG_UNROLL } = geographiclib.Geodesic;

/**
 * Where the geodesic from `edgeStart` to `edgeEnd` crosses the straight line (in
 * longitude/latitude) through `lineStart` and `lineEnd`, found from `near` (the crossing of the two
 * straight lines, millimetres away for survey-sized edges) by the secant method on the distance
 * along the geodesic: three or four steps reach 1 µm. Returns null when it does not converge (the
 * two are nearly parallel there) or the crossing is not on the geodesic between its ends.
 *
 * A point on a geodesic splits it into two geodesics of exactly the same length and area, so
 * pieces of a polygon cut at such points add up to exactly the polygon.
 *
 * @example
 * geodesicCrossing([46.4, 40], [46.6, 40], [46.5, 39.9], [46.5, 40.1], [46.5, 40]);
 * // [46.5, 40.0000420…]: the east–west geodesic bulges north of the parallel, 4.7 m at its middle
 */
export function geodesicCrossing(edgeStart: Position, edgeEnd: Position, lineStart: Position, lineEnd: Position, near: Position): Position | null {
  const edge = geodesic.InverseLine(edgeStart[1], edgeStart[0], edgeEnd[1], edgeEnd[0], ALL);
  const lengthMeters = edge.s13;
  const lineX = lineEnd[0] - lineStart[0];
  const lineY = lineEnd[1] - lineStart[1];
  const lineLength = Math.hypot(lineX, lineY);
  if (!(lengthMeters > 0) || lineLength === 0) return null;
  const pointAt = (distanceMeters: number): Position => {
    const point = edge.Position(distanceMeters, LATITUDE | LONGITUDE | LONG_UNROLL);
    return [point.lon2!, point.lat2!];
  };
  // Signed distance (degrees) of the point at that distance along the edge from the line.
  const offset = (point: Position) => (lineX * (point[1] - lineStart[1]) - lineY * (point[0] - lineStart[0])) / lineLength;

  let previous = geodesic.Inverse(edgeStart[1], edgeStart[0], near[1], near[0]).s12 ?? 0;
  let previousOffset = offset(pointAt(previous));
  let current = previous + SECANT_START_METERS;
  for (let step = 0; step < MAX_CROSSING_STEPS; step += 1) {
    const point = pointAt(current);
    const currentOffset = offset(point);
    if (currentOffset === previousOffset) break;
    const next = current - (currentOffset * (current - previous)) / (currentOffset - previousOffset);
    previous = current;
    previousOffset = currentOffset;
    current = next;
    if (Math.abs(current - previous) <= CROSSING_TOLERANCE_METERS) {
      return current >= -CROSSING_TOLERANCE_METERS && current <= lengthMeters + CROSSING_TOLERANCE_METERS ? pointAt(current) : null;
    }
  }
  return null;
}

/**
 * Steps shorter than this end the search: 1 µm. Whatever the distance, the point is on the
 * geodesic; this only bounds how far it may be from the line (rounding alone leaves a few nm).
 */
const CROSSING_TOLERANCE_METERS = 1e-6;
/** Distance between the two starting points of the secant method. */
const SECANT_START_METERS = 1e-3;
/** Steps before giving up; from millimetres away it takes three or four. */
const MAX_CROSSING_STEPS = 12;
