import { Popup } from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ZONE_STATUSES, areaHectares } from '../index.js';
import type { ZoneFeature, ZoneStatus } from '../index.js';
import { DRAW_ORDER, ZONE_PALETTE } from './palette.js';
import type { ZonePalette } from './palette.js';
import { checkedFilter, defaultZoneFilter, zoneFilterExpression } from './zone-filter-expression.js';
import type { ZoneFilter } from './zone-filter-expression.js';
import type { FilterSpecification, LayerSpecification } from './style-types.js';
import { zonePopupContent } from './zone-popup-content.js';
import { drawnZones } from './drawn-zones.js';
import { adoptMapStyles } from './adopt-map-styles.js';
import { keepThroughStyleChanges, styleReady } from './style-ready.js';

/** Options of {@link addZoneLayers}. */
export interface ZoneLayerOptions {
  /** Prefix of every source and layer id, so several sets can share a map. */
  idPrefix: string;
  /** Id of an existing layer to insert the zone layers under; null puts them on top. */
  beforeId: string | null;
  /** Colours and outline patterns per status. */
  palette: ZonePalette;
  /** The period and statuses shown at first (see `setFilter`). */
  filter: Partial<ZoneFilter>;
  /** Locale of popups: en, az, ru; others fall back to English. */
  locale: string;
  /** Open a popup with the zone's properties and exact hectares on click. */
  popups: boolean;
  /** Outline the zone under the pointer. */
  hover: boolean;
  /** Write zone ids on the map from `labelMinZoom` on. */
  labels: boolean;
  /** Zoom level from which zone ids are written. */
  labelMinZoom: number;
  /**
   * Font stack of zone labels. A style with a `glyphs` URL must serve it; without one, MapLibre 6
   * draws these names with local fonts (falling back to sans-serif).
   */
  labelFont: string[];
  /**
   * URL of `drawnZones(zones)` as GeoJSON (e.g. a blob: URL of what the summary worker made):
   * MapLibre's worker then fetches and parses it, instead of the page copying every polygon to
   * it (a quarter of a second of blocked page for 20,000 zones). It must describe `zones`, in
   * order. null: the page hands the zones over itself.
   */
  drawnDataUrl: string | null;
}

/** Defaults of {@link ZoneLayerOptions}. */
export const defaultZoneLayerOptions: ZoneLayerOptions = {
  // The package's name: sources and layers are recognisable in map.getStyle().
  idPrefix: 'cleared-land',
  // On top of the basemap and everything added before.
  beforeId: null,
  // IMAS TN 07.11/01 colours, checked for colour-vision deficiencies.
  palette: ZONE_PALETTE,
  // Every status, every date.
  filter: defaultZoneFilter,
  // English popups.
  locale: 'en',
  // Click a zone to read it.
  popups: true,
  // Outline the zone under the pointer.
  hover: true,
  // Zone ids at close zoom.
  labels: true,
  // Zone ids only fit inside their polygons at about 1:70,000 and closer.
  labelMinZoom: 13,
  // The fontstack OpenMapTiles-based styles serve; drawn locally without a glyphs URL.
  labelFont: ['Noto Sans Regular'],
  // The page copies the drawn zones to MapLibre's worker.
  drawnDataUrl: null,
};

/** What {@link addZoneLayers} returns: the handle that changes and removes the layers. */
export interface ZoneLayers {
  /** The GeoJSON source's id (`${idPrefix}-zones`). */
  readonly sourceId: string;
  /** Every layer id added, bottom first. */
  readonly layerIds: readonly string[];
  /** Replaces the zones drawn (closes an open popup). */
  setData(zones: ZoneFeature[] | FeatureCollection): void;
  /** Shows only releases completed in [from, to] and the given statuses; omitted fields keep their value. */
  setFilter(filter: Partial<ZoneFilter>): void;
  /** The filter in force. */
  getFilter(): ZoneFilter;
  /** Turns popups and hover off while another tool (e.g. the measure tool) owns the pointer. */
  setInteractive(interactive: boolean): void;
  /** Removes every source, layer, listener, popup and stylesheet this call added. */
  remove(): void;
}


/**
 * Draws zones on a MapLibre map: a fill per status (IMAS TN 07.11/01 colours), an outline per
 * status with its own dash pattern, a hover outline (feature-state) and zone-id labels, with
 * popups listing each zone's properties as text and its area in hectares on the WGS84 ellipsoid.
 * Releases are drawn over the hazards they were cut from.
 *
 * Call it once the style has loaded (`map.on('load', …)`); earlier calls wait for `style.load`.
 * The layers survive `map.setStyle` (a basemap switch): they are added again to the new style
 * with the same data and filter, under `beforeId` when the new style has it, else on top.
 *
 * @example
 * const result = await loadZones(urlSource('zones.geojson'));
 * const layers = addZoneLayers(map, result.zones, { beforeId: 'basemap-country-labels' });
 * layers.setFilter({ from: '2024-01-01', to: '2024-03-31' });
 * layers.remove();
 */
export function addZoneLayers(
  map: MapLibreMap,
  zones: ZoneFeature[] | FeatureCollection,
  options: Partial<ZoneLayerOptions> = {},
): ZoneLayers {
  const settings = { ...defaultZoneLayerOptions, ...options };
  const prefix = settings.idPrefix;
  if (typeof prefix !== 'string' || prefix === '') {
    throw new Error(`addZoneLayers: idPrefix must be a non-empty string; got ${JSON.stringify(prefix)}`);
  }
  const sourceId = `${prefix}-zones`;
  const fillId = `${prefix}-fill`;
  const outlineIds = ZONE_STATUSES.map((status) => `${prefix}-outline-${status}`);
  const hoverId = `${prefix}-hover`;
  const labelId = `${prefix}-label`;
  const layerIds = [fillId, ...outlineIds, hoverId, ...(settings.labels ? [labelId] : [])];
  if (map.getSource(sourceId)) {
    throw new Error(`addZoneLayers: the map already has a source "${sourceId}"; remove() the other set first or pass another idPrefix`);
  }

  let current = toZoneArray(zones);
  // A URL holding `current` as drawn, while it still does (setData replaces both).
  let drawnUrl = settings.drawnDataUrl;
  let filter = checkedFilter(settings.filter);
  let interactive = true;
  let added = false;
  let removed = false;
  let hoveredId: number | null = null;
  let popup: Popup | null = null;
  const areasHa = new Map<ZoneFeature, number>();
  let releaseStyles: (() => void) | null = null;

  const onMouseMove = (event: MapLayerMouseEvent) => {
    if (!interactive || !settings.hover) return;
    const id = event.features?.[0]?.id;
    setHovered(typeof id === 'number' ? id : null);
    map.getCanvas().style.cursor = settings.popups ? 'pointer' : '';
  };
  const onMouseLeave = () => {
    setHovered(null);
    map.getCanvas().style.cursor = '';
  };
  const onClick = (event: MapLayerMouseEvent) => {
    if (!interactive || !settings.popups) return;
    const id = event.features?.[0]?.id;
    const zone = typeof id === 'number' ? current[id] : undefined;
    if (!zone) return;
    popup ??= new Popup({ closeButton: true, maxWidth: '320px', className: 'cleared-land-popup-container' });
    popup.setLngLat(event.lngLat).setDOMContent(zonePopupContent(zone, { locale: settings.locale, areaHa: areaOf(zone) })).addTo(map);
  };
  const onStyleLoad = () => addToMap();
  let stopKeeping: (() => void) | null = null;

  function areaOf(zone: ZoneFeature): number {
    // Measured once per zone, when first asked for, outside the click path's UI code.
    let area = areasHa.get(zone);
    if (area === undefined) {
      area = areaHectares(zone.geometry);
      areasHa.set(zone, area);
    }
    return area;
  }

  function setHovered(id: number | null) {
    if (id === hoveredId) return;
    if (hoveredId !== null && map.getSource(sourceId)) map.setFeatureState({ source: sourceId, id: hoveredId }, { hover: false });
    hoveredId = id;
    if (id !== null) map.setFeatureState({ source: sourceId, id }, { hover: true });
  }

  function addToMap() {
    if (added || removed) return;
    if (settings.beforeId && !map.getLayer(settings.beforeId)) {
      throw new Error(`addZoneLayers: beforeId "${settings.beforeId}" is not a layer of this map; pass an existing layer id or null`);
    }
    added = true;
    addSourceAndLayers();
    map.on('mousemove', fillId, onMouseMove);
    map.on('mouseleave', fillId, onMouseLeave);
    map.on('click', fillId, onClick);
    // After map.setStyle the zones, their filter and the listeners (which MapLibre keeps by layer
    // id) carry on; only the source and layers are added again.
    stopKeeping = keepThroughStyleChanges(map, sourceId, () => {
      hoveredId = null;
      popup?.remove();
      addSourceAndLayers();
    });
    releaseStyles = adoptMapStyles(map.getContainer().getRootNode());
  }

  function addSourceAndLayers() {
    map.addSource(sourceId, { type: 'geojson', data: drawnUrl ?? drawnZones(current) });
    // A new style may lack the layer the zones went under: they then go on top.
    const before = settings.beforeId && map.getLayer(settings.beforeId) ? settings.beforeId : undefined;
    for (const layer of layerSpecifications()) map.addLayer(layer, before);
  }

  function layerSpecifications(): LayerSpecification[] {
    const palette = settings.palette;
    const expression = zoneFilterExpression(filter);
    const byStatus = (pick: (status: ZoneStatus) => string | number) =>
      ['match', ['get', 'status'], ...ZONE_STATUSES.flatMap((status) => [status, pick(status)]), pick('suspected')] as never;
    const layers: LayerSpecification[] = [
      {
        id: fillId,
        type: 'fill',
        source: sourceId,
        filter: expression,
        layout: { 'fill-sort-key': byStatus((status) => DRAW_RANK[status]) },
        paint: {
          'fill-color': byStatus((status) => palette[status].fillColor),
          'fill-opacity': byStatus((status) => palette[status].fillOpacity),
        },
      },
      ...ZONE_STATUSES.map((status, index): LayerSpecification => {
        const style = palette[status];
        return {
          id: outlineIds[index],
          type: 'line',
          source: sourceId,
          filter: statusFilter(expression, status),
          layout: { 'line-join': 'round' },
          paint: {
            'line-color': style.outlineColor,
            // Thinner at district scale, where most zones are a few pixels across and a full-width
            // outline would hide the fill colour.
            'line-width': ['interpolate', ['linear'], ['zoom'], OUTLINE_THIN_ZOOM, style.outlineWidthPx * OUTLINE_THIN_FACTOR, OUTLINE_FULL_ZOOM, style.outlineWidthPx],
            ...(style.outlineDash ? { 'line-dasharray': [...style.outlineDash] } : {}),
          },
        };
      }),
      {
        id: hoverId,
        type: 'line',
        source: sourceId,
        filter: expression,
        paint: {
          'line-color': '#111111',
          'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 0],
        },
      },
    ];
    if (settings.labels) {
      layers.push({
        id: labelId,
        type: 'symbol',
        source: sourceId,
        minzoom: settings.labelMinZoom,
        filter: expression,
        layout: { 'text-field': ['get', 'label'], 'text-font': settings.labelFont, 'text-size': 11, 'text-max-width': 6 },
        paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
      });
    }
    return layers;
  }

  function applyFilter() {
    if (!added) return;
    const expression = zoneFilterExpression(filter);
    map.setFilter(fillId, expression);
    ZONE_STATUSES.forEach((status, index) => map.setFilter(outlineIds[index], statusFilter(expression, status)));
    map.setFilter(hoverId, expression);
    if (settings.labels) map.setFilter(labelId, expression);
  }

  if (styleReady(map)) addToMap();
  else map.once('style.load', onStyleLoad);

  return {
    sourceId,
    layerIds,
    setData(next) {
      if (removed) throw new Error('addZoneLayers: setData() was called after remove(); add the layers again');
      current = toZoneArray(next);
      drawnUrl = null;
      areasHa.clear();
      popup?.remove();
      setHovered(null);
      if (added) (map.getSource(sourceId) as GeoJSONSource).setData(drawnZones(current));
    },
    setFilter(next) {
      if (removed) throw new Error('addZoneLayers: setFilter() was called after remove(); add the layers again');
      filter = checkedFilter({ ...filter, ...next });
      applyFilter();
    },
    getFilter() {
      return { ...filter, statuses: [...filter.statuses] };
    },
    setInteractive(value) {
      interactive = value;
      if (!value) {
        popup?.remove();
        onMouseLeave();
      }
    },
    remove() {
      if (removed) return;
      removed = true;
      map.off('style.load', onStyleLoad);
      popup?.remove();
      popup = null;
      if (!added) return;
      map.off('mousemove', fillId, onMouseMove);
      map.off('mouseleave', fillId, onMouseLeave);
      map.off('click', fillId, onClick);
      stopKeeping?.();
      if (hoveredId !== null) map.getCanvas().style.cursor = '';
      for (const id of [...layerIds].reverse()) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
      releaseStyles?.();
    },
  };
}

const OUTLINE_THIN_ZOOM = 8;
const OUTLINE_FULL_ZOOM = 12;
const OUTLINE_THIN_FACTOR = 0.4;

const DRAW_RANK = Object.fromEntries(DRAW_ORDER.map((status, rank) => [status, rank])) as Record<ZoneStatus, number>;

function statusFilter(expression: FilterSpecification, status: ZoneStatus): FilterSpecification {
  return ['all', expression, ['==', ['get', 'status'], status]] as FilterSpecification;
}

function toZoneArray(zones: ZoneFeature[] | FeatureCollection): ZoneFeature[] {
  const features = Array.isArray(zones) ? zones : zones?.type === 'FeatureCollection' ? zones.features : null;
  if (!features) {
    throw new Error('addZoneLayers: zones must be an array of zones (loadZones(...).zones) or a FeatureCollection of them');
  }
  features.forEach((feature, index) => {
    const status = (feature as Feature).properties?.status;
    const type = (feature as Feature).geometry?.type;
    if (!ZONE_STATUSES.includes(status) || (type !== 'Polygon' && type !== 'MultiPolygon')) {
      throw new Error(
        `addZoneLayers: feature ${index} is not a loaded zone (status ${JSON.stringify(status)}, geometry ${type ?? 'none'}); ` +
          `pass the zones of loadZones(), which normalises statuses and rejects bad geometry`,
      );
    }
  });
  return features as ZoneFeature[];
}

