import { urlSource, type ZoneSource } from '../index.js';
import { pathSource } from '../node.js';

/**
 * The source a command-line argument names: an `http://` or `https://` argument is a URL (a file,
 * an ArcGIS REST layer or an OGC API – Features collection, see `urlSource`), anything else a path.
 *
 * @example
 * sourceOfArgument('https://example.org/arcgis/rest/services/Hazards/FeatureServer/0'); // a urlSource
 * sourceOfArgument('zones.geojson'); // a pathSource
 */
export function sourceOfArgument(argument: string): ZoneSource {
  return /^https?:\/\//i.test(argument) ? urlSource(argument) : pathSource(argument);
}
