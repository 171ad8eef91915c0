import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';

// maplibre-gl 6 does not re-export the style-spec types, so they are derived from its API here
// rather than imported from its transitive @maplibre/maplibre-gl-style-spec dependency.

/** A MapLibre style document (what `new Map({ style })` accepts besides a URL). */
export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** A MapLibre layer filter expression. */
export type FilterSpecification = NonNullable<Parameters<MapLibreMap['setFilter']>[1]>;

/** A style layer, as a style document lists it and `map.addLayer` accepts it. */
export type LayerSpecification = StyleSpecification['layers'][number];

/** A source as `map.addSource` accepts it. */
export type SourceSpecification = Parameters<MapLibreMap['addSource']>[1];
