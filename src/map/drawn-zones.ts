import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZoneFeature, ZoneStatus } from '../index.js';

/** What the map's source holds per zone: only what styling, filtering and labels read. */
export interface DrawnZoneProperties {
  status: ZoneStatus;
  endDate: string | null;
  label: string;
}

/**
 * The zones as `addZoneLayers` draws them: each zone's geometry with only its status, end date
 * and id as label, and its index in `zones` as the feature id (hover state and popups find the
 * zone by it). Serialised as JSON (e.g. in the summary worker) and given to `addZoneLayers` as a
 * `drawnDataUrl`, MapLibre's own worker reads it and the page copies nothing.
 *
 * @example
 * const text = JSON.stringify(drawnZones(loaded.zones));
 * addZoneLayers(map, loaded.zones, { drawnDataUrl: URL.createObjectURL(new Blob([text])) });
 */
export function drawnZones(zones: readonly ZoneFeature[]): FeatureCollection<Polygon | MultiPolygon, DrawnZoneProperties> {
  return {
    type: 'FeatureCollection',
    features: zones.map((zone, index) => ({
      type: 'Feature',
      id: index,
      geometry: zone.geometry,
      properties: { status: zone.properties.status, endDate: zone.properties.endDate ?? null, label: zone.properties.id ?? '' },
    })),
  };
}
