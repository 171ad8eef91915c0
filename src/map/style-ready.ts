import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Whether sources and layers can be added to the map's style now.
 *
 * @example
 * if (styleReady(map)) addLayers();
 * else map.once('style.load', addLayers);
 */
export function styleReady(map: MapLibreMap): boolean {
  // `isStyleLoaded()` is also false while sources load, when adding layers is already allowed;
  // `style._loaded` is the flag `addSource` itself checks (stable since mapbox-gl 0.x).
  return (map as unknown as { style?: { _loaded?: boolean } }).style?._loaded === true;
}
