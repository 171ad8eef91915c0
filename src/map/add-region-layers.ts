import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoints } from './label-points.js';
import type { LayerSpecification, SourceSpecification } from './style-types.js';
import { keepThroughStyleChanges } from './style-ready.js';

/** Options of {@link addRegionLayers} and {@link regionLayerParts}. */
export interface RegionLayerOptions {
  /** Prefix of the source and layer ids. */
  idPrefix: string;
  /** Id of an existing layer to insert the region layers under; null puts them on top. */
  beforeId: string | null;
  /** Property with a region's name; null tries `name`, `shapeName`, `NAME`, `region`. */
  nameField: string | null;
  /** Whether to write region names. */
  labels: boolean;
  /** Zoom level from which names are written. */
  labelMinZoom: number;
  /** Font stack of the names (drawn with local fonts when the style has no `glyphs` URL). */
  labelFont: string[];
  /** Attribution of the boundaries, shown by the attribution control. */
  attribution: string | null;
}

/** Defaults of {@link RegionLayerOptions}. */
export const defaultRegionLayerOptions: RegionLayerOptions = {
  // Distinct from the zone layers' 'cleared-land', so both fit on one map.
  idPrefix: 'cleared-land-regions',
  // On top of everything added before.
  beforeId: null,
  // Guess from the first region: name, shapeName, NAME, region.
  nameField: null,
  // District names help read a country-wide map.
  labels: true,
  // Below this, district names of a country crowd each other out.
  labelMinZoom: 6.5,
  // The fontstack OpenMapTiles-based styles serve; drawn locally without a glyphs URL.
  labelFont: ['Noto Sans Regular'],
  // Nothing to credit unless the caller says so.
  attribution: null,
};

/** Colours of district outlines and names (muted, so zones stay the loudest thing on the map). */
export const REGION_COLORS = { outline: '#7D7366', label: '#6B6357', halo: '#FFFFFF' } as const;

const NAME_FIELDS = ['name', 'shapeName', 'NAME', 'region'];

/** What {@link addRegionLayers} returns. */
export interface RegionLayers {
  readonly layerIds: readonly string[];
  /** Replaces the regions drawn. */
  setData(regions: FeatureCollection | Feature[]): void;
  /** Removes the sources and layers added. */
  remove(): void;
}

/**
 * The sources and layers that outline and name regions (districts): a dashed outline and one
 * label per name. Used by {@link offlineStyle} and {@link addRegionLayers}.
 *
 * @example
 * const { sources, layers } = regionLayerParts(districts, { idPrefix: 'districts' });
 */
export function regionLayerParts(
  regions: FeatureCollection | Feature[],
  options: Partial<RegionLayerOptions> = {},
): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const settings = { ...defaultRegionLayerOptions, ...options };
  const prefix = settings.idPrefix;
  const features = regionFeatures(regions);
  const nameField = settings.nameField ?? guessNameField(features);
  const sources: Record<string, SourceSpecification> = {
    [prefix]: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features },
      ...(settings.attribution ? { attribution: settings.attribution } : {}),
    },
  };
  const layers: LayerSpecification[] = [
    {
      id: `${prefix}-outline`,
      type: 'line',
      source: prefix,
      paint: {
        'line-color': REGION_COLORS.outline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.6],
        'line-dasharray': [4, 2],
      },
    },
  ];
  if (settings.labels && nameField) {
    sources[`${prefix}-labels`] = { type: 'geojson', data: labelPoints(features, nameField) };
    layers.push({
      id: `${prefix}-labels`,
      type: 'symbol',
      source: `${prefix}-labels`,
      minzoom: settings.labelMinZoom,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': settings.labelFont,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 12, 15],
        'text-max-width': 8,
      },
      paint: { 'text-color': REGION_COLORS.label, 'text-halo-color': REGION_COLORS.halo, 'text-halo-width': 1.5 },
    });
  }
  return { sources, layers };
}

/**
 * Outlines and names regions (districts) on any map, e.g. over a remote basemap that lacks them.
 * They survive `map.setStyle`: added again to the new style (on top if `beforeId` is not in it).
 *
 * @example
 * const districts = addRegionLayers(map, await loadRegions(urlSource('districts.geojson')), { beforeId: 'cleared-land-fill' });
 * districts.remove();
 */
export function addRegionLayers(
  map: MapLibreMap,
  regions: FeatureCollection | Feature[],
  options: Partial<RegionLayerOptions> = {},
): RegionLayers {
  const settings = { ...defaultRegionLayerOptions, ...options };
  const parts = regionLayerParts(regions, settings);
  const sourceIds = Object.keys(parts.sources);
  const layerIds = parts.layers.map((layer) => layer.id);
  for (const id of [...sourceIds, ...layerIds]) {
    if (map.getSource(id) || map.getLayer(id)) {
      throw new Error(`addRegionLayers: the map already has "${id}"; remove() the other set first or pass another idPrefix`);
    }
  }
  if (settings.beforeId && !map.getLayer(settings.beforeId)) {
    throw new Error(`addRegionLayers: beforeId "${settings.beforeId}" is not a layer of this map; pass an existing layer id or null`);
  }
  let current = parts;
  let removed = false;
  const addAll = () => {
    for (const [id, source] of Object.entries(current.sources)) map.addSource(id, source);
    // A new style may lack the layer the outlines went under: they then go on top.
    const before = settings.beforeId && map.getLayer(settings.beforeId) ? settings.beforeId : undefined;
    for (const layer of current.layers) map.addLayer(layer, before);
  };
  addAll();
  const stopKeeping = keepThroughStyleChanges(map, settings.idPrefix, addAll);
  return {
    layerIds,
    setData(next) {
      if (removed) throw new Error('addRegionLayers: setData() was called after remove(); add the layers again');
      current = regionLayerParts(next, settings);
      for (const [id, source] of Object.entries(current.sources)) {
        if (source.type === 'geojson') (map.getSource(id) as GeoJSONSource | undefined)?.setData(source.data as FeatureCollection);
      }
    },
    remove() {
      if (removed) return;
      removed = true;
      stopKeeping();
      for (const id of [...layerIds].reverse()) if (map.getLayer(id)) map.removeLayer(id);
      for (const id of sourceIds) if (map.getSource(id)) map.removeSource(id);
    },
  };
}

function regionFeatures(regions: FeatureCollection | Feature[]): Feature<Polygon | MultiPolygon>[] {
  const features = Array.isArray(regions) ? regions : regions?.features;
  if (!Array.isArray(features)) throw new Error('regions must be a FeatureCollection or an array of Polygon/MultiPolygon features');
  return features.map((region, index) => {
    const type = region?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(`regions must be Polygon or MultiPolygon features; feature ${index} is ${type ?? 'without geometry'}`);
    }
    return region as Feature<Polygon | MultiPolygon>;
  });
}

function guessNameField(regions: Feature[]): string | null {
  const first = regions[0]?.properties ?? {};
  return NAME_FIELDS.find((field) => typeof first[field] === 'string') ?? null;
}
