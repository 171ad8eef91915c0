import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { areaSquareMeters } from '../geometry/area.js';
import { boundingBox } from '../geometry/bounding-box.js';

/**
 * One label point per name, inside the largest part of all the features carrying that name (a
 * district can come as several features, e.g. an exclave), with the name as `name`. Placing
 * points here, rather than letting MapLibre label polygons, writes each name once instead of once
 * per tile the polygon crosses. The point is the part's pole of inaccessibility (polylabel): always
 * inside, even in a crescent, and as far from the edges as the shape allows, so the name sits
 * where it has most room.
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
    const size = areaSquareMeters(part);
    const best = largestByName.get(name);
    if (!best || size > best.areaSquareMeters) largestByName.set(name, { part, areaSquareMeters: size });
  }
  const points: Feature<Point, { name: string }>[] = [];
  for (const [name, { part }] of largestByName) {
    points.push({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: poleOfInaccessibility(part) } });
  }
  return { type: 'FeatureCollection', features: points };
}

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Position[][] = geometry.coordinates[0];
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const size = areaSquareMeters({ type: 'Polygon', coordinates: rings });
    if (size > bestArea) {
      bestArea = size;
      best = rings;
    }
  }
  return { type: 'Polygon', coordinates: best };
}

// A label needs to be placed to a small fraction of the shape, not to the metre: 1/1000 of the
// part's larger side keeps polylabel's search short for district-sized shapes.
const LABEL_PRECISION_FRACTION = 1 / 1000;

function poleOfInaccessibility(part: Polygon): Position {
  const [west, south, east, north] = boundingBox(part.coordinates);
  const precision = Math.max(east - west, north - south) * LABEL_PRECISION_FRACTION;
  const [x, y] = polylabel(part.coordinates, precision > 0 ? precision : 1e-9);
  return [x, y];
}
