import { Map as MapLibreMap, NavigationControl, ScaleControl, getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Summary, ZoneFeature } from 'cleared-land';
import { LegendControl, MeasureControl, addZoneLayers, offlineStyle, type ZoneLayers } from 'cleared-land/map';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Dataset } from './dataset.js';
import { FitControl } from './fit-control.js';
import type { Period } from './timeline.js';

/** Options of {@link ZoneMap}. */
export interface ZoneMapOptions {
  /** Centre `[longitude, latitude]` to open on; null to fit the data once it is loaded. */
  center: [number, number] | null;
  /** Zoom to open on; null to fit the data. */
  zoom: number | null;
  /** Told after every pan or zoom (for the URL). */
  onViewChange: (center: [number, number], zoom: number) => void;
  /** Language of popups and legend: en, az, ru. */
  locale: string;
  /** Accessible name of the fit-to-data button. */
  fitLabel: string;
}

/** Defaults of {@link ZoneMapOptions}. */
export const defaultZoneMapOptions: ZoneMapOptions = {
  // The invented districts of the sample lie around here; the first fit replaces it.
  center: [46.75, 40.0],
  zoom: 7,
  // Nobody listens until the viewer does.
  onViewChange: () => {},
  locale: 'en',
  fitLabel: 'Fit to data',
};

const HIGHLIGHT_SOURCE = 'viewer-highlight';
const HIGHLIGHT_LAYER = 'viewer-highlight-line';
/** Violet: outside the zone palette, so the picked feature stands out on every status. */
const HIGHLIGHT_COLOR = '#6D28D9';
const FIT_PADDING_PX = 48;
const FEATURE_MAX_ZOOM = 15;
/** Below this many milliseconds the camera jumps, so tests and reduced-motion users are not kept waiting. */
const FLIGHT_MS = 600;

/**
 * The viewer's map: MapLibre with the offline basemap (nothing is fetched), the zone layers of
 * cleared-land/map, navigation and scale controls, and a highlight for the feature picked in
 * the validation panel. It reads back its canvas for the PNG export, so it is created with
 * `preserveDrawingBuffer`.
 *
 * @example
 * const zoneMap = new ZoneMap(container, { onViewChange: (center, zoom) => saveView(center, zoom) });
 * await zoneMap.ready;
 * zoneMap.setDataset(dataset, 'en');
 */
export class ZoneMap {
  /** Resolves when the style has loaded and layers can be added. */
  readonly ready: Promise<void>;
  /** The MapLibre map, for controls and the PNG export. */
  readonly map: MapLibreMap;
  private layers: ZoneLayers | null = null;
  private zones: ZoneFeature[] = [];
  private period: Period = { from: null, to: null };
  private locale: string;
  private summary: Summary | null = null;
  private legend: LegendControl;
  private measure: MeasureControl | null = null;
  private readonly fit: FitControl;
  private readonly reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  constructor(container: HTMLElement, options: Partial<ZoneMapOptions> = {}) {
    const settings = { ...defaultZoneMapOptions, ...options };
    // Bundled worker: a missing worker gives no error, the map simply never loads (maplibre-gl-js #8018).
    if (!getWorkerUrl()) setWorkerUrl(workerUrl);
    this.map = new MapLibreMap({
      container,
      style: offlineStyle(),
      center: settings.center ?? defaultZoneMapOptions.center!,
      zoom: settings.zoom ?? defaultZoneMapOptions.zoom!,
      attributionControl: { compact: true },
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Keyboard panning and zooming stay on (the canvas is focusable) for keyboard users.
      keyboard: true,
    });
    this.locale = settings.locale;
    this.map.addControl(new NavigationControl({ visualizePitch: false, showCompass: false }), 'top-right');
    this.fit = new FitControl(() => this.fitToData(), settings.fitLabel);
    this.map.addControl(this.fit, 'top-right');
    this.legend = new LegendControl({ locale: this.locale });
    this.map.addControl(this.legend, 'bottom-left');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.on('moveend', () => {
      const center = this.map.getCenter();
      settings.onViewChange([center.lng, center.lat], this.map.getZoom());
    });
    this.ready = new Promise((resolve) => {
      if (this.map.loaded()) resolve();
      else this.map.once('load', () => resolve());
    });
  }

  /** Draws a new dataset (zones and district outlines) with popups in `locale`. */
  async setDataset(dataset: Dataset, locale: string): Promise<void> {
    await this.ready;
    this.zones = dataset.zones.zones;
    this.locale = locale;
    if (this.measure) this.map.removeControl(this.measure);
    this.measure = null;
    this.layers?.remove();
    this.layers = null;
    this.removeHighlight();
    // A new style for new districts: the basemap draws and names them.
    this.map.setStyle(offlineStyle({ regions: dataset.regions }), { diff: false });
    await new Promise<void>((resolve) => this.map.once('style.load', () => resolve()));
    this.addLayers();
  }

  /** Redraws popups, legend and control labels in another language. */
  setLocale(locale: string, labels: { fitLabel: string }): void {
    this.fit.setLabel(labels.fitLabel);
    if (locale === this.locale) return;
    this.locale = locale;
    this.map.removeControl(this.legend);
    this.legend = new LegendControl({ locale, summary: this.summary });
    this.map.addControl(this.legend, 'bottom-left');
    if (!this.layers) return;
    this.layers.remove();
    this.addLayers();
  }

  /** Shows the period's figures in the legend. */
  setSummary(summary: Summary): void {
    this.summary = summary;
    this.legend.setSummary(summary);
  }

  /** Shows releases completed in the period (hazards always show). */
  setPeriod(period: Period): void {
    this.period = period;
    this.layers?.setFilter({ from: period.from, to: period.to });
    this.measure?.setPeriod(period);
  }

  /** Whether the feature at this input index was accepted and is on the map. */
  hasFeature(featureIndex: number): boolean {
    return this.zones.some((zone) => zone.properties.featureIndex === featureIndex);
  }

  /** Moves to every zone of the dataset. */
  fitToData(): void {
    const bounds = boundsOf(this.zones.map((zone) => zone.geometry));
    if (bounds) this.map.fitBounds(bounds, { padding: FIT_PADDING_PX, duration: this.flightMs(), maxZoom: FEATURE_MAX_ZOOM });
  }

  /** Moves to the feature at this input index and outlines it. */
  zoomToFeature(featureIndex: number): void {
    const zone = this.zones.find((candidate) => candidate.properties.featureIndex === featureIndex);
    if (!zone) return;
    const bounds = boundsOf([zone.geometry]);
    if (bounds) this.map.fitBounds(bounds, { padding: FIT_PADDING_PX * 2, duration: this.flightMs(), maxZoom: FEATURE_MAX_ZOOM });
    this.highlight(zone);
  }

  /** Resolves once the map has drawn everything it has been asked to draw. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  /** Removes the map and everything on it. */
  remove(): void {
    if (this.measure) this.map.removeControl(this.measure);
    this.layers?.remove();
    this.map.remove();
  }

  /** Adds the zone layers and a measure tool that knows them (it silences their popups while drawing). */
  private addLayers(): void {
    if (this.measure) this.map.removeControl(this.measure);
    this.layers = addZoneLayers(this.map, this.zones, {
      locale: this.locale,
      filter: { from: this.period.from, to: this.period.to },
      labelFont: ['system-ui', 'sans-serif'],
    });
    this.measure = new MeasureControl({
      zones: this.zones,
      zoneLayers: this.layers,
      from: this.period.from,
      to: this.period.to,
      locale: this.locale,
    });
    this.map.addControl(this.measure, 'top-left');
    // The highlight goes on top of the zones, so it is re-added after them.
    if (this.map.getLayer(HIGHLIGHT_LAYER)) this.map.moveLayer(HIGHLIGHT_LAYER);
  }

  private highlight(zone: ZoneFeature): void {
    const data: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: zone.geometry };
    const source = this.map.getSource(HIGHLIGHT_SOURCE) as GeoJSONSource | undefined;
    if (source) {
      source.setData(data);
      return;
    }
    this.map.addSource(HIGHLIGHT_SOURCE, { type: 'geojson', data });
    this.map.addLayer({
      id: HIGHLIGHT_LAYER,
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 3.5 },
    });
  }

  private removeHighlight(): void {
    if (this.map.getLayer(HIGHLIGHT_LAYER)) this.map.removeLayer(HIGHLIGHT_LAYER);
    if (this.map.getSource(HIGHLIGHT_SOURCE)) this.map.removeSource(HIGHLIGHT_SOURCE);
  }

  private flightMs(): number {
    return this.reducedMotion || navigator.webdriver ? 0 : FLIGHT_MS;
  }
}

/** The bounding box of some polygons, or null when there are none. */
function boundsOf(geometries: readonly (Polygon | MultiPolygon)[]): LngLatBoundsLike | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (position: Position): void => {
    west = Math.min(west, position[0]);
    east = Math.max(east, position[0]);
    south = Math.min(south, position[1]);
    north = Math.max(north, position[1]);
  };
  for (const geometry of geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const position of polygon[0] ?? []) visit(position);
  }
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}
