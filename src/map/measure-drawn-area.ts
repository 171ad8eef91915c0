import type { Feature, Polygon } from 'geojson';
import { areaHectares, perimeterMeters, summarize } from '../index.js';
import type { ZoneFeature } from '../index.js';

/** What the measure tool reports for a drawn polygon, all in hectares on the WGS84 ellipsoid. */
export interface AreaMeasurement {
  /** The polygon as drawn (WGS84 longitude/latitude). */
  polygon: Polygon;
  /** Area of the polygon itself. */
  areaHa: number;
  /** Length of the polygon's boundary in metres (geodesic edges on the WGS84 ellipsoid). */
  perimeterM: number;
  /** Cleared land inside the polygon (dissolved, completed in the period). */
  clearedHa: number;
  /** Land reduced by technical survey inside the polygon. */
  reducedHa: number;
  /** Land cancelled by non-technical survey inside the polygon. */
  cancelledHa: number;
  /** Hazard inside the polygon not yet released by the end of the period. */
  remainingHazardHa: number;
}

/**
 * Measures a drawn polygon: its own area and perimeter, and the land released and still hazardous inside it,
 * by summarising the zones with the polygon as the only region (the same dissolve and clip as
 * every report, so the figures agree with `summarize()`).
 *
 * @example
 * const { areaHa, clearedHa } = measureDrawnArea(drawn, result.zones, { from: null, to: '2024-06-30' });
 */
export function measureDrawnArea(
  polygon: Polygon,
  zones: ZoneFeature[],
  period: { from: string | null; to: string | null },
): AreaMeasurement {
  const region: Feature<Polygon> = { type: 'Feature', properties: { name: 'measured area' }, geometry: polygon };
  const inside = summarize(zones, {
    regions: [region],
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
  }).regions[0];
  return {
    polygon,
    areaHa: areaHectares(polygon),
    perimeterM: perimeterMeters(polygon),
    clearedHa: inside.clearedHa,
    reducedHa: inside.reducedHa,
    cancelledHa: inside.cancelledHa,
    remainingHazardHa: inside.remainingHazardHa,
  };
}
