import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import { Popup } from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { areaHectares, type Summary, type ZoneFeature } from 'cleared-land';
import {
  BasemapSwitcher,
  CoordinateControl,
  LegendControl,
  MeasureControl,
  addZoneLayers,
  offlineStyle,
  zonePopupContent,
  type BasemapErrorDetail,
  type BasemapSpec,
  type ZoneLayers,
} from 'cleared-land/map';
import type { Feature as GeoJsonFeature } from 'geojson';
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
  /** The viewer's words on the map: its controls' labels and its accessible name. */
  labels: MapLabels;
  /** Told when a basemap could not be drawn (the offline map is back), in one sentence. */
  onBasemapError: (spec: BasemapSpec, reason: string) => void;
}

/** Words on the map that are the viewer's to translate (MapLibre's own controls included). */
export interface MapLabels {
  /** Accessible name of the map canvas. */
  map: string;
  /** The fit-to-data button. */
  fitToData: string;
  zoomIn: string;
  zoomOut: string;
  /** The attribution control's (i) button. */
  toggleAttribution: string;
  /** Close button of popups. */
  closePopup: string;
  /** Unit of the scale bar below a kilometre, and above. */
  meters: string;
  kilometers: string;
}

/** Defaults of {@link ZoneMapOptions}. */
export const defaultZoneMapOptions: ZoneMapOptions = {
  // Fit the data once it is loaded.
  center: null,
  zoom: null,
  // Nobody listens until the viewer does.
  onViewChange: () => {},
  // The viewer passes its own language; English is the map module's fallback too.
  locale: 'en',
  // Nobody listens until the viewer does.
  onBasemapError: () => {},
  // The viewer passes its translation.
  labels: {
    map: 'Map',
    fitToData: 'Show all zones',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleAttribution: 'Toggle attribution',
    closePopup: 'Close popup',
    meters: 'm',
    kilometers: 'km',
  },
};

/** Where the map opens before the first fit: the invented districts of the sample. */
const SAMPLE_CENTER: [number, number] = [46.75, 40.0];
const SAMPLE_ZOOM = 7;
const HIGHLIGHT_SOURCE = 'viewer-highlight';
const HIGHLIGHT_LAYER = 'viewer-highlight-line';
/** Violet: outside the zone palette, so the picked feature stands out on every status. */
const HIGHLIGHT_COLOR = '#6D28D9';
const FIT_PADDING_PX = 48;
const FEATURE_MAX_ZOOM = 15;
/** Length of camera flights; the camera jumps instead for reduced motion and for automated browsers. */
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
  /** blob: URL of the drawn zones of the dataset on the map, revoked with the dataset. */
  private drawnUrl: string | null = null;
  private zones: ZoneFeature[] = [];
  private regions: GeoJsonFeature[] | null = null;
  private period: Period = { from: null, to: null };
  private locale: string;
  private summary: Summary | null = null;
  private legend: LegendControl;
  private measure: MeasureControl | null = null;
  private fit: FitControl;
  private navigation: NavigationControl;
  private scale: ScaleControl;
  private attribution: AttributionControl;
  private coordinates: CoordinateControl;
  private readonly basemaps: BasemapSwitcher;
  private popup: Popup | null = null;
  private labels: MapLabels;
  private readonly reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  constructor(container: HTMLElement, options: Partial<ZoneMapOptions> = {}) {
    const settings = { ...defaultZoneMapOptions, ...options };
    // Bundled worker: a missing worker gives no error, the map simply never loads (maplibre-gl-js #8018).
    if (!getWorkerUrl()) setWorkerUrl(workerUrl);
    this.labels = settings.labels;
    this.map = new MapLibreMap({
      container,
      style: offlineStyle(),
      center: settings.center ?? SAMPLE_CENTER,
      zoom: settings.zoom ?? SAMPLE_ZOOM,
      attributionControl: false,
      locale: mapLibreStrings(this.labels),
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Keyboard panning and zooming stay on (the canvas is focusable) for keyboard users.
      keyboard: true,
    });
    this.locale = settings.locale;
    this.navigation = new NavigationControl({ visualizePitch: false, showCompass: false });
    this.fit = new FitControl(() => this.fitToData(), this.labels.fitToData);
    this.scale = new ScaleControl({ unit: 'metric' });
    this.attribution = new AttributionControl({ compact: true });
    this.coordinates = new CoordinateControl({ locale: this.locale });
    this.addStandardControls();
    this.basemaps = new BasemapSwitcher(this.map, { language: this.locale });
    this.basemaps.addEventListener('basemaperror', (event) => {
      const { spec, message } = (event as CustomEvent<BasemapErrorDetail>).detail;
      settings.onBasemapError(spec, message);
    });
    this.legend = new LegendControl({ locale: this.locale });
    this.map.addControl(this.legend, 'bottom-left');
    this.map.on('moveend', () => {
      const center = this.map.getCenter();
      settings.onViewChange([center.lng, center.lat], this.map.getZoom());
    });
    this.ready = new Promise((resolve) => {
      if (this.map.loaded()) resolve();
      else this.map.once('load', () => resolve());
    });
  }

  /**
   * Draws a new dataset (zones and district outlines) with popups in `locale`. `drawn`, when
   * given, is `drawnZones(dataset.zones.zones)` as GeoJSON bytes (the summary worker makes it):
   * MapLibre's worker then reads the zones from a blob: URL, and the page copies no polygon.
   */
  async setDataset(dataset: Dataset, locale: string, drawn: Uint8Array<ArrayBuffer> | null = null): Promise<void> {
    await this.ready;
    this.zones = dataset.zones.zones;
    if (this.drawnUrl) URL.revokeObjectURL(this.drawnUrl);
    this.drawnUrl = drawn ? URL.createObjectURL(new Blob([drawn], { type: 'application/geo+json' })) : null;
    this.locale = locale;
    if (this.measure) this.map.removeControl(this.measure);
    this.measure = null;
    this.layers?.remove();
    this.layers = null;
    this.removeHighlight();
    this.regions = dataset.regions;
    // A new style for new districts: they are outlined and named over whichever basemap is drawn.
    await this.basemaps.setRegions(dataset.regions);
    this.addLayers();
  }

  /** Draws another basemap under the zones; resolves once it (or the offline map, after a failure) is drawn. */
  async setBasemap(spec: BasemapSpec): Promise<void> {
    await this.ready;
    await this.basemaps.set(spec);
  }

  /** The basemap drawn now: the offline map after a failure. */
  get basemap(): BasemapSpec {
    return this.basemaps.spec;
  }

  /** The credits the attribution control shows, as plain text (for the printed page). */
  attributionText(): string {
    const sources = Object.values(this.map.getStyle()?.sources ?? {});
    const credits = new Set<string>();
    for (const source of sources) {
      const attribution = (source as { attribution?: string }).attribution;
      if (!attribution) continue;
      const text = new DOMParser().parseFromString(attribution, 'text/html').body.textContent?.trim();
      if (text) credits.add(text);
    }
    return [...credits].join(' · ');
  }

  /** The zones whose id or hazard id is `query` (case and spaces ignored). */
  findZones(query: string): ZoneFeature[] {
    const wanted = normaliseKey(query);
    if (!wanted) return [];
    return this.zones.filter(
      (zone) => normaliseKey(String(zone.properties.id ?? '')) === wanted || normaliseKey(String(zone.properties.hazardId ?? '')) === wanted,
    );
  }

  /** Every zone id and hazard id, for the find box's suggestions. */
  zoneKeys(): string[] {
    const keys = new Set<string>();
    for (const zone of this.zones) {
      if (zone.properties.id !== null && zone.properties.id !== undefined) keys.add(String(zone.properties.id));
      if (zone.properties.hazardId) keys.add(String(zone.properties.hazardId));
    }
    return [...keys];
  }

  /** Moves to these zones, outlines them and opens the popup of the first. */
  showZones(zones: readonly ZoneFeature[]): void {
    if (zones.length === 0) return;
    const bounds = boundsOf(zones.map((zone) => zone.geometry));
    if (bounds) this.map.fitBounds(bounds, { padding: FIT_PADDING_PX * 2, duration: this.flightMs(), maxZoom: FEATURE_MAX_ZOOM });
    this.highlightGeometries(zones.map((zone) => zone.geometry));
    this.popup?.remove();
    const first = zones[0];
    const [west, south, east, north] = boundsArray(first.geometry);
    this.popup = new Popup({ maxWidth: '300px', focusAfterOpen: false })
      .setLngLat([(west + east) / 2, (south + north) / 2])
      .setDOMContent(zonePopupContent(first, { locale: this.locale, areaHa: areaHectares(first.geometry) }))
      .addTo(this.map);
  }

  /** Moves to a district (its polygon, or the zones that name it when there are no polygons). */
  showRegion(name: string): boolean {
    const wanted = normaliseKey(name);
    const region = (this.regions ?? []).find((feature) => normaliseKey(regionName(feature)) === wanted);
    const geometries = region
      ? [region.geometry as Polygon | MultiPolygon]
      : this.zones.filter((zone) => normaliseKey(String(zone.properties.region ?? '')) === wanted).map((zone) => zone.geometry);
    const bounds = boundsOf(geometries);
    if (!bounds) return false;
    this.popup?.remove();
    this.map.fitBounds(bounds, { padding: FIT_PADDING_PX, duration: this.flightMs(), maxZoom: FEATURE_MAX_ZOOM });
    this.highlightGeometries(geometries);
    return true;
  }

  /** Names of the districts drawn, for the find box's suggestions. */
  regionNames(): string[] {
    const names = new Set<string>();
    for (const feature of this.regions ?? []) if (regionName(feature)) names.add(regionName(feature));
    for (const zone of this.zones) if (zone.properties.region) names.add(String(zone.properties.region));
    return [...names];
  }

  /** Redraws popups, legend and every control's labels in another language. */
  setLocale(locale: string, labels: MapLabels): void {
    this.labels = labels;
    // MapLibre reads its UI strings when a control is added and has no public setter for them, so
    // the table is patched and the controls are added again.
    Object.assign((this.map as unknown as { _locale: Record<string, string> })._locale, mapLibreStrings(labels));
    this.removeStandardControls();
    this.navigation = new NavigationControl({ visualizePitch: false, showCompass: false });
    this.fit = new FitControl(() => this.fitToData(), labels.fitToData);
    this.scale = new ScaleControl({ unit: 'metric' });
    this.attribution = new AttributionControl({ compact: true });
    this.coordinates = new CoordinateControl({ locale });
    this.addStandardControls();
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
    this.popup?.remove();
    this.basemaps.remove();
    this.layers?.remove();
    this.map.remove();
    if (this.drawnUrl) URL.revokeObjectURL(this.drawnUrl);
    this.drawnUrl = null;
  }

  private addStandardControls(): void {
    this.map.addControl(this.navigation, 'top-right');
    this.map.addControl(this.fit, 'top-right');
    this.map.addControl(this.scale, 'bottom-right');
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.addControl(this.coordinates, 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', this.labels.map);
  }

  private removeStandardControls(): void {
    for (const control of [this.navigation, this.fit, this.scale, this.attribution, this.coordinates]) this.map.removeControl(control);
  }

  /** Adds the zone layers and a measure tool that knows them (it silences their popups while drawing). */
  private addLayers(): void {
    if (this.measure) this.map.removeControl(this.measure);
    this.layers = addZoneLayers(this.map, this.zones, {
      drawnDataUrl: this.drawnUrl,
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
    this.highlightGeometries([zone.geometry]);
  }

  private highlightGeometries(geometries: readonly (Polygon | MultiPolygon)[]): void {
    const data: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: geometries.flatMap((geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)),
      },
    };
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

/** The viewer's labels as MapLibre's UI string table (see its `default_locale`). */
function mapLibreStrings(labels: MapLabels): Record<string, string> {
  return {
    'Map.Title': labels.map,
    'NavigationControl.ZoomIn': labels.zoomIn,
    'NavigationControl.ZoomOut': labels.zoomOut,
    'AttributionControl.ToggleAttribution': labels.toggleAttribution,
    'Popup.Close': labels.closePopup,
    'ScaleControl.Meters': labels.meters,
    'ScaleControl.Kilometers': labels.kilometers,
  };
}

/** A key compared without case or surrounding spaces. */
function normaliseKey(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** A district's name: the first of the usual name properties it has. */
function regionName(feature: GeoJsonFeature): string {
  const properties = feature.properties ?? {};
  for (const field of ['name', 'shapeName', 'NAME', 'region']) if (typeof properties[field] === 'string') return properties[field] as string;
  return '';
}

/** [west, south, east, north] of one polygon. */
function boundsArray(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const bounds = boundsOf([geometry]) as [[number, number], [number, number]];
  return [bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]];
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
