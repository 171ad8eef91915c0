import type { ZoneFeature } from '../index.js';
import { RELEASE_STATUSES } from '../index.js';

/** Where and when zones lie: what a map fits its view to and a time filter offers. */
export interface ZoneExtent {
  /** [west, south, east, north] in degrees; null for no zones. */
  bounds: [number, number, number, number] | null;
  /** Earliest endDate of a release (YYYY-MM-DD); null when no release is dated. */
  firstEndDate: string | null;
  /** Latest endDate of a release; null when no release is dated. */
  lastEndDate: string | null;
}

/**
 * The bounding box of zones and the dates of their first and last completed release.
 *
 * @example
 * const { bounds, firstEndDate, lastEndDate } = zoneExtent(result.zones);
 * if (bounds) map.fitBounds(bounds, { padding: 40 });
 */
export function zoneExtent(zones: readonly ZoneFeature[]): ZoneExtent {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  let firstEndDate: string | null = null;
  let lastEndDate: string | null = null;
  for (const zone of zones) {
    const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
    for (const polygon of polygons) {
      // The outer ring bounds its holes, so only ring 0 is read.
      for (const [x, y] of polygon[0]) {
        if (x < west) west = x;
        if (x > east) east = x;
        if (y < south) south = y;
        if (y > north) north = y;
      }
    }
    const endDate = zone.properties.endDate;
    if (endDate && RELEASE_STATUSES.includes(zone.properties.status)) {
      if (firstEndDate === null || endDate < firstEndDate) firstEndDate = endDate;
      if (lastEndDate === null || endDate > lastEndDate) lastEndDate = endDate;
    }
  }
  return { bounds: west <= east ? [west, south, east, north] : null, firstEndDate, lastEndDate };
}
