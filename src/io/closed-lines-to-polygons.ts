import type { Geometry, Position } from 'geojson';

/**
 * Turns closed lines into polygons, for KML and GPX input, where a zone is often recorded as a
 * line: a GPS track walked around a field, or a KML path drawn around it.
 *
 * - A LineString is closed when it has at least 4 positions and its last position equals its
 *   first in longitude and latitude (elevation is ignored: a GPS track that returns to its start
 *   rarely returns to the same height). It becomes a Polygon with that line as its only ring.
 * - A MultiLineString (a GPX track of several segments) becomes a MultiPolygon when every line is
 *   closed, and stays as it is otherwise.
 * - GeometryCollections are converted member by member; Points and everything else are left
 *   unchanged (validation rejects Points and open lines as `unsupported-geometry`).
 *
 * Lines that end close to, but not exactly at, their start are not closed: guessing would invent
 * area. Close them in a GIS first.
 *
 * @param geometry A geometry from togeojson, or null.
 * @returns A new geometry where something changed, otherwise the same object.
 * @example
 * closedLinesToPolygons({ type: 'LineString', coordinates: [[46, 40], [46.01, 40], [46.01, 40.01], [46, 40]] });
 * // { type: 'Polygon', coordinates: [[[46, 40], [46.01, 40], [46.01, 40.01], [46, 40]]] }
 */
export function closedLinesToPolygons(geometry: Geometry | null): Geometry | null {
  if (geometry === null) return null;
  switch (geometry.type) {
    case 'LineString':
      return isClosed(geometry.coordinates) ? { type: 'Polygon', coordinates: [geometry.coordinates] } : geometry;
    case 'MultiLineString':
      return geometry.coordinates.length > 0 && geometry.coordinates.every(isClosed)
        ? { type: 'MultiPolygon', coordinates: geometry.coordinates.map((line) => [line]) }
        : geometry;
    case 'GeometryCollection':
      return {
        ...geometry,
        geometries: geometry.geometries.map((member) => closedLinesToPolygons(member) as Geometry),
      };
    default:
      return geometry;
  }
}

// A polygon ring needs at least 4 positions: 3 corners and the closing repeat of the first.
const MIN_RING_POSITIONS = 4;

function isClosed(line: Position[]): boolean {
  if (!Array.isArray(line) || line.length < MIN_RING_POSITIONS) return false;
  const first = line[0];
  const last = line[line.length - 1];
  return first[0] === last[0] && first[1] === last[1];
}
