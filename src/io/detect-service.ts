/** The feature services {@link urlSource} pages through, told apart by the shape of the URL. */
export type ServiceKind = 'arcgis-layer' | 'ogc-features';

// `…/rest/services/<name>/FeatureServer/<layer>` or `…/MapServer/<layer>`, optionally with a
// trailing `/query` (a query URL copied from the service's HTML page).
const ARCGIS_LAYER_PATH = /\/(?:FeatureServer|MapServer)\/\d+(?:\/query)?\/?$/i;
// OGC API – Features, Part 1: `…/collections/<collectionId>/items`.
const OGC_ITEMS_PATH = /\/collections\/[^/]+\/items\/?$/;

/**
 * Which feature service a URL addresses, from its path alone (no request is made): an ArcGIS
 * REST layer (`…/FeatureServer/0`, `…/MapServer/3`, or either followed by `/query`), an OGC API –
 * Features collection (`…/collections/ID/items`), or null for a plain file URL.
 *
 * @example
 * detectService(new URL('https://example.org/arcgis/rest/services/Hazards/FeatureServer/0')); // 'arcgis-layer'
 * detectService(new URL('https://example.org/ogc/collections/hazards/items')); // 'ogc-features'
 * detectService(new URL('https://example.org/zones.geojson')); // null
 */
export function detectService(url: URL): ServiceKind | null {
  if (ARCGIS_LAYER_PATH.test(url.pathname)) return 'arcgis-layer';
  if (OGC_ITEMS_PATH.test(url.pathname)) return 'ogc-features';
  return null;
}
