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

/**
 * Puts sources and layers back after `map.setStyle` (diffed or not), which drops whatever the new
 * style does not name: once the new style is ready and `sourceId` is missing, `addAgain` runs.
 * Returns the function that stops watching.
 *
 * @example
 * const stop = keepThroughStyleChanges(map, 'cleared-land-zones', addSourceAndLayers);
 * stop(); // in remove()
 */
export function keepThroughStyleChanges(map: MapLibreMap, sourceId: string, addAgain: () => void): () => void {
  const onStyleData = () => {
    if (styleReady(map) && !map.getSource(sourceId)) addAgain();
  };
  map.on('styledata', onStyleData);
  return () => map.off('styledata', onStyleData);
}
