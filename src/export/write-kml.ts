import { toKML } from '@placemarkio/tokml';
import type { FeatureCollection, MultiPolygon } from 'geojson';

/**
 * A FeatureCollection as KML 2.2 text (what Google Earth opens), written by the maintained
 * `@placemarkio/tokml` (the writer paired with the `@tmcw/togeojson` reader cleared-land reads KML
 * with). Each feature becomes a Placemark whose ExtendedData holds its properties; a property named
 * `outcome` (and `region`, when set) also becomes the Placemark's name, so the places panel lists
 * "cleared — Tartar" rather than untitled placemarks.
 *
 * @example
 * await writeFile('cleared.kml', writeKml(outcomeCollection(outcomes, 'cleared')));
 */
export function writeKml(collection: FeatureCollection<MultiPolygon | null>): string {
  const named: FeatureCollection<MultiPolygon | null> = {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => {
      const properties = feature.properties ?? {};
      const parts = [properties.outcome, properties.region].filter((part) => typeof part === 'string' && part !== '');
      return parts.length > 0 ? { ...feature, properties: { name: parts.join(' — '), ...properties } } : feature;
    }),
  };
  return toKML(named);
}
