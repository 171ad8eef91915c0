import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area as sphericalAreaSquareMeters, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';

/**
 * One label point per name, inside the largest part of all the features carrying that name (a
 * district can come as several features, e.g. an exclave), with the name as `name`. Placing
 * points here, rather than letting MapLibre label polygons, writes each name once instead of once
 * per tile the polygon crosses.
 *
 * @example
 * labelPoints(districts.features, 'shapeName').features[0].properties.name; // 'Aghdam District'
 */
export function labelPoints(features: Feature<Polygon | MultiPolygon>[], nameField: string): FeatureCollection<Point, { name: string }> {
  const largestByName = new Map<string, { part: Polygon; areaSquareMeters: number }>();
  for (const feature of features) {
    const name = feature.properties?.[nameField];
    if (typeof name !== 'string' || name === '') continue;
    const part = largestPart(feature.geometry);
    const size = sphericalAreaSquareMeters(part);
    const best = largestByName.get(name);
    if (!best || size > best.areaSquareMeters) largestByName.set(name, { part, areaSquareMeters: size });
  }
  const points: Feature<Point, { name: string }>[] = [];
  for (const [name, { part }] of largestByName) {
    const center = centerOfMass(part);
    // A crescent's centre of mass can fall outside it; then any point inside will do.
    const inside = booleanPointInPolygon(center, part) ? center : pointOnFeature(part);
    points.push({ type: 'Feature', properties: { name }, geometry: inside.geometry });
  }
  return { type: 'FeatureCollection', features: points };
}

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Position[][] = geometry.coordinates[0];
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    // Spherical area only ranks the parts, so Turf's approximation is enough here.
    const size = sphericalAreaSquareMeters({ type: 'Polygon', coordinates: rings });
    if (size > bestArea) {
      bestArea = size;
      best = rings;
    }
  }
  return { type: 'Polygon', coordinates: best };
}
