import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { Summary } from '../index.js';
import type { LoadResult } from '../index.js';
import {
  BasemapSwitcher,
  LegendControl,
  MeasureControl,
  SummaryControl,
  TimeFilterControl,
  addRegionLayers,
  addZoneLayers,
  createSummaryClient,
  mapMessages,
  offlineStyle,
  parseBasemap,
  regionsOf,
  zoneExtent,
} from '../map/index.js';
import type { BasemapErrorDetail, BasemapSpec, RegionLayers, SummaryClient, SummaryResult, TimePeriod, ZoneLayers } from '../map/index.js';

/** What the element needs from the page it is bundled into; see {@link defineClearedLandMap}. */
export interface ClearedLandMapEnvironment {
  /** MapLibre's stylesheet (maplibre-gl.css), adopted into the element's shadow root. */
  maplibreCss: string;
  /**
   * Makes sure MapLibre has a worker before the first map is made, given the element's
   * `worker-url` attribute (null when absent).
   */
  prepareMapWorker: (workerUrl: string | null) => void;
}

/** The controls the element can show, as listed in its `controls` attribute. */
export const EMBED_CONTROLS = ['navigation', 'legend', 'summary', 'time', 'measure', 'scale'] as const;

/** The event names the element dispatches. */
export const EMBED_EVENTS = {
  summary: 'cleared-land:summary',
  error: 'cleared-land:error',
  /** The `basemap` could not be drawn; the offline map is shown instead. `detail`: {@link BasemapErrorDetail}. */
  basemapError: 'cleared-land:basemap-error',
} as const;

/**
 * The parts a page can style with `cleared-land-map::part(name)`: the map area, the error
 * message, every panel (`panel`), and each panel by name.
 */
export const EMBED_PARTS = ['map', 'message', 'panel', 'legend', 'summary', 'time-filter', 'measure'] as const;

// Each panel's class (set by its control) and the part names it gets.
const PANEL_PARTS: [selector: string, part: string][] = [
  ['.cleared-land-legend', 'panel legend'],
  ['.cleared-land-summary', 'panel summary'],
  ['.cleared-land-time', 'panel time-filter'],
  ['.cleared-land-measure', 'panel measure'],
];

// Custom properties (documented in docs/guide/maps.md) inherit into the shadow root; the panels'
// own ones are read by the controls' stylesheet (MAP_STYLESHEET_TEXT).
const HOST_CSS = `
:host { display: block; position: relative; height: 480px; min-height: 240px; contain: content; }
:host([hidden]) { display: none; }
.cleared-land-map { position: absolute; inset: 0; background: var(--cleared-land-map-background, transparent); }
.cleared-land-message {
  position: absolute; left: 50%; top: 12px; transform: translateX(-50%); z-index: 3;
  font: 13px/1.4 var(--cleared-land-font, system-ui, sans-serif);
  color: var(--cleared-land-error-text, #5c0000); background: var(--cleared-land-error-background, #fff4f4);
  border: 1px solid var(--cleared-land-error-border, #d0a0a0); border-radius: var(--cleared-land-panel-radius, 4px);
  padding: 6px 10px; max-width: 80%;
}
.cleared-land-message[hidden] { display: none; }
`;

// Outside a browser (a server rendering the page, a Node test importing the package) there is no
// HTMLElement to extend; the class is then defined over a stand-in so that importing does not
// throw, and defineClearedLandMap does nothing.
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

const FIT_PADDING_PX = 40;
const FIT_MAX_ZOOM = 14;
const REGION_ATTRIBUTION_GEOBOUNDARIES = 'geoBoundaries';

/**
 * `<cleared-land-map>`: a map of land release from one tag.
 *
 * Attributes, each mirrored by a property (`el.src = 'zones.geojson'` sets the attribute; null
 * removes it): `src` (zones file URL: GeoJSON, KML, GPX, zipped shapefile), `regions` (district
 * polygons: GeoJSON or TopoJSON), `region-field` (`regionField`), `region-id-field` (`regionIdField`),
 * `from`, `to` (YYYY-MM-DD), `lang`
 * (en, az, ru), `basemap` (instead of the offline map: a MapLibre style URL, a raster tile template with
 * {z}/{x}/{y} and an optional `|credit`, a `.pmtiles` archive URL, or `osm`; if it fails, the
 * offline map comes back with a one-line message), `controls`
 * (space-separated: navigation legend summary time measure scale; all by default), `worker-url`
 * (`workerUrl`: MapLibre's worker served from your origin, for a CSP without `worker-src blob:`;
 * read when the first map is made), `summary-worker="off"` (`summaryWorker`: summarise on the main
 * thread, e.g. under that same CSP).
 *
 * Styling: `::part()` names {@link EMBED_PARTS}, and CSS custom properties (`--cleared-land-font`,
 * `--cleared-land-text`, `--cleared-land-panel-background`, … listed in docs/guide/maps.md) set on
 * the element or any ancestor.
 *
 * Events (bubbling, composed): `cleared-land:summary` whenever data loads or the period changes,
 * `detail` being the Summary (`cleared-land report --format json`); `cleared-land:error` with an
 * Error whose message says what failed and how to fix it; `cleared-land:basemap-error` when the
 * basemap could not be drawn (the zones stay, over the offline map).
 *
 * @example
 * <cleared-land-map src="zones.geojson" regions="districts.geojson" from="2024-01-01" lang="az"></cleared-land-map>
 */
export class ClearedLandMapElement extends ElementBase {
  static readonly observedAttributes = ['src', 'regions', 'region-field', 'region-id-field', 'from', 'to', 'lang', 'basemap', 'controls', 'summary-worker'];

  /** Set once by `defineClearedLandMap`. */
  static environment: ClearedLandMapEnvironment = { maplibreCss: '', prepareMapWorker: () => {} };

  private mapInstance: MapLibreMap | null = null;
  private basemaps: BasemapSwitcher | null = null;
  /** The one line saying the basemap failed, kept while the offline map stands in. */
  private basemapNotice: string | null = null;
  private client: SummaryClient | null = null;
  private zoneLayers: ZoneLayers | null = null;
  private regionLayers: RegionLayers | null = null;
  private panels: { legend: LegendControl; summary: SummaryControl; time: TimeFilterControl; measure: MeasureControl } | null = null;
  private message: HTMLElement | null = null;
  private loaded: SummaryResult | null = null;
  private lastSummary: Summary | null = null;
  private mapReady: Promise<void> = Promise.resolve();
  private pendingWork: 'load' | 'filter' | null = null;
  private generation = 0;

  /** URL of the zones file; mirrors the `src` attribute (null: absent). */
  get src(): string | null {
    return this.getAttribute('src');
  }
  set src(value: string | null) {
    this.reflect('src', value);
  }

  /** URL of the district polygons; mirrors `regions`. */
  get regions(): string | null {
    return this.getAttribute('regions');
  }
  set regions(value: string | null) {
    this.reflect('regions', value);
  }

  /** Region property holding the name; mirrors `region-field`. */
  get regionField(): string | null {
    return this.getAttribute('region-field');
  }
  set regionField(value: string | null) {
    this.reflect('region-field', value);
  }

  /** Region property holding each district's unique id; mirrors `region-id-field`. */
  get regionIdField(): string | null {
    return this.getAttribute('region-id-field');
  }
  set regionIdField(value: string | null) {
    this.reflect('region-id-field', value);
  }

  /** First day of the period, YYYY-MM-DD; mirrors `from`. */
  get from(): string | null {
    return this.getAttribute('from');
  }
  set from(value: string | null) {
    this.reflect('from', value);
  }

  /** Last day of the period, YYYY-MM-DD; mirrors `to`. */
  get to(): string | null {
    return this.getAttribute('to');
  }
  set to(value: string | null) {
    this.reflect('to', value);
  }

  /** A MapLibre style URL instead of the offline basemap; mirrors `basemap`. */
  get basemap(): string | null {
    return this.getAttribute('basemap');
  }
  set basemap(value: string | null) {
    this.reflect('basemap', value);
  }

  /** The controls shown, space-separated (null: all); mirrors `controls`. */
  get controls(): string | null {
    return this.getAttribute('controls');
  }
  set controls(value: string | null) {
    this.reflect('controls', value);
  }

  /** MapLibre's worker served from your origin; mirrors `worker-url`. */
  get workerUrl(): string | null {
    return this.getAttribute('worker-url');
  }
  set workerUrl(value: string | null) {
    this.reflect('worker-url', value);
  }

  /** `'off'` summarises on the main thread; mirrors `summary-worker`. */
  get summaryWorker(): string | null {
    return this.getAttribute('summary-worker');
  }
  set summaryWorker(value: string | null) {
    this.reflect('summary-worker', value);
  }

  /** The MapLibre map, once connected (for adding your own layers). */
  get map(): MapLibreMap | null {
    return this.mapInstance;
  }

  /** The latest summary dispatched, or null before the first load. */
  get summary(): Summary | null {
    return this.lastSummary;
  }

  /** Where summaries run: in the summary worker, or on the main thread when the worker could not start. */
  get summaryRunsIn(): 'worker' | 'main-thread' | null {
    return this.client?.getMode() ?? null;
  }

  /** The zones loaded and their issues, or null before the first load. */
  get loadResult(): LoadResult | null {
    return this.loaded?.load ?? null;
  }

  connectedCallback(): void {
    if (this.mapInstance) return;
    this.build();
    this.schedule('load');
  }

  disconnectedCallback(): void {
    this.generation += 1;
    this.client?.dispose();
    this.client = null;
    // Layers first: they hand back their share of the shadow root's stylesheet, then the map
    // removes its controls, which hand back theirs.
    this.zoneLayers?.remove();
    this.zoneLayers = null;
    this.regionLayers?.remove();
    this.regionLayers = null;
    this.panels = null;
    this.basemaps?.remove();
    this.basemaps = null;
    this.basemapNotice = null;
    this.mapInstance?.remove();
    this.mapInstance = null;
    this.shadowRoot?.replaceChildren();
    this.loaded = null;
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.mapInstance) return;
    if (name === 'from' || name === 'to') this.schedule('filter');
    else if (name === 'src' || name === 'regions' || name === 'region-field' || name === 'region-id-field') this.schedule('load');
    else {
      // Language, basemap and controls shape the whole map: rebuild it and load again.
      this.disconnectedCallback();
      this.connectedCallback();
    }
  }

  private build(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const host = new CSSStyleSheet();
    host.replaceSync(HOST_CSS);
    const maplibre = new CSSStyleSheet();
    maplibre.replaceSync(ClearedLandMapElement.environment.maplibreCss);
    root.adoptedStyleSheets = [maplibre, host];
    const container = document.createElement('div');
    container.className = 'cleared-land-map';
    container.setAttribute('part', 'map');
    this.message = document.createElement('div');
    this.message.className = 'cleared-land-message';
    this.message.setAttribute('part', 'message');
    this.message.setAttribute('role', 'alert');
    this.message.hidden = true;
    root.replaceChildren(container, this.message);

    const locale = this.locale();
    const basemap = this.getAttribute('basemap');
    ClearedLandMapElement.environment.prepareMapWorker(this.getAttribute('worker-url'));
    const map = new MapLibreMap({
      container,
      style: offlineStyle(),
      center: [47.5, 40.2],
      zoom: 6,
      attributionControl: false,
    });
    this.mapInstance = map;
    map.on('error', (event) => {
      // The basemap's own failures are the switcher's to report (it puts the offline map back).
      const sourceId = (event as { sourceId?: string }).sourceId;
      if (this.basemaps && !sourceId?.startsWith('cleared-land')) return;
      this.fail(new Error(`cleared-land-map: the map reported an error: ${event.error?.message ?? 'unknown'}`));
    });
    if (basemap) this.drawBasemap(map, basemap, locale);
    this.mapReady = new Promise((resolve) => (map.loaded() ? resolve() : map.once('load', () => resolve())));

    const wanted = this.wantedControls();
    map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    if (wanted.has('navigation')) map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    const legend = new LegendControl({ locale });
    const summary = new SummaryControl({ locale, open: (this.clientWidth || 800) >= 640 });
    const time = new TimeFilterControl({ locale, from: this.dateAttribute('from'), to: this.dateAttribute('to') });
    const measure = new MeasureControl({ locale });
    time.addEventListener('change', (event) => this.onTimeChange((event as CustomEvent<TimePeriod>).detail));
    if (wanted.has('time')) map.addControl(time, 'top-left');
    if (wanted.has('summary')) map.addControl(summary, 'top-right');
    if (wanted.has('measure')) map.addControl(measure, 'top-right');
    if (wanted.has('legend')) map.addControl(legend, 'bottom-left');
    if (wanted.has('scale')) map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.panels = { legend, summary, time, measure };
    for (const [selector, part] of PANEL_PARTS) root.querySelector(selector)?.setAttribute('part', part);
    // `summary-worker="off"` spares a strict CSP (no blob: workers) the refused attempt.
    this.client = createSummaryClient(this.getAttribute('summary-worker') === 'off' ? { createWorker: null } : {});
  }

  private schedule(work: 'load' | 'filter'): void {
    // Attribute changes made together (e.g. from and to) become one request.
    const alreadyScheduled = this.pendingWork !== null;
    if (this.pendingWork !== 'load') this.pendingWork = work;
    if (alreadyScheduled) return;
    queueMicrotask(() => {
      const next = this.pendingWork;
      this.pendingWork = null;
      if (next === 'load') void this.load();
      else if (next === 'filter') void this.refilter();
    });
  }

  private async load(): Promise<void> {
    const src = this.getAttribute('src');
    const client = this.client;
    if (!client) return;
    if (!src) {
      this.fail(new Error('cleared-land-map: the src attribute is missing; set it to the URL of a zones file, e.g. src="zones.geojson"'));
      return;
    }
    const period = this.period();
    if (!period) return;
    const regionsUrl = this.getAttribute('regions');
    const generation = this.generation;
    let result: SummaryResult;
    try {
      result = await client.run({
        zones: { url: src },
        regions: regionsUrl ? { url: regionsUrl } : null,
        summarize: { ...period, regionField: this.getAttribute('region-field'), regionIdField: this.getAttribute('region-id-field') },
      });
    } catch (error) {
      if (!isAbort(error) && generation === this.generation) this.fail(asError(error, `cannot load ${src}`));
      return;
    }
    if (generation !== this.generation) return;
    this.loaded = result;
    // The figures do not depend on the map: publish them even if the map never loads.
    this.publish(result.summary);
    await this.mapReady;
    if (generation !== this.generation || !this.mapInstance || !this.panels) return;
    this.showData(result, period);
  }

  private async refilter(): Promise<void> {
    const loaded = this.loaded;
    const client = this.client;
    if (!loaded || !client) {
      // Nothing loaded yet: the running load reads the new period itself when it starts next.
      if (!loaded) this.schedule('load');
      return;
    }
    const period = this.period();
    if (!period) return;
    this.zoneLayers?.setFilter(period);
    this.panels?.time.setPeriod(period);
    this.panels?.measure.setPeriod(period);
    const generation = this.generation;
    try {
      const result = await client.run({
        zones: { loaded: loaded.load },
        regions: regionsOf(loaded),
        summarize: { ...period, regionField: this.getAttribute('region-field'), regionIdField: this.getAttribute('region-id-field') },
      });
      if (generation !== this.generation) return;
      this.publish(result.summary);
    } catch (error) {
      if (!isAbort(error) && generation === this.generation) this.fail(asError(error, 'cannot summarise'));
    }
  }

  private showData(result: SummaryResult, period: TimePeriod): void {
    const map = this.mapInstance!;
    const controls = this.panels!;
    const zones = result.load.zones;
    this.regionLayers?.remove();
    this.regionLayers = null;
    this.zoneLayers?.remove();
    this.zoneLayers = addZoneLayers(map, zones, { locale: this.locale(), filter: period });
    if (result.regions) {
      const attribution = /geoboundaries/i.test(this.getAttribute('regions') ?? '')
        ? `${REGION_ATTRIBUTION_GEOBOUNDARIES} (Runfola et al. 2020), CC BY-SA 3.0`
        : null;
      this.regionLayers = addRegionLayers(map, result.regions, {
        beforeId: this.zoneLayers.layerIds[0],
        nameField: this.getAttribute('region-field'),
        attribution,
      });
    }
    const extent = zoneExtent(zones);
    if (extent.bounds) map.fitBounds(extent.bounds, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, animate: false });
    controls.time.setRange(extent.firstEndDate, extent.lastEndDate);
    controls.time.setPeriod(period);
    controls.measure.setZones(zones);
    controls.measure.setPeriod(period);
    // A data error is over once data loads; a basemap failure stays said.
    this.message!.textContent = this.basemapNotice ?? '';
    this.message!.hidden = this.basemapNotice === null;
  }

  private publish(summary: Summary): void {
    this.lastSummary = summary;
    this.panels?.legend.setSummary(summary);
    this.panels?.summary.setSummary(summary);
    this.dispatchEvent(new CustomEvent<Summary>(EMBED_EVENTS.summary, { detail: summary, bubbles: true, composed: true }));
  }

  private onTimeChange(period: TimePeriod): void {
    // Reflected to attributes, so the page sees the period and one code path handles it.
    for (const name of ['from', 'to'] as const) {
      const value = period[name];
      if (value) this.setAttribute(name, value);
      else this.removeAttribute(name);
    }
  }

  private period(): TimePeriod | null {
    const from = this.dateAttribute('from');
    const to = this.dateAttribute('to');
    if (from === undefined || to === undefined) return null;
    if (from && to && from > to) {
      this.fail(new Error(`cleared-land-map: from (${from}) is after to (${to}); swap the two attributes`));
      return null;
    }
    return { from, to };
  }

  /** The date in an attribute; null when absent; undefined (after reporting) when malformed. */
  private dateAttribute(name: 'from' | 'to'): string | null | undefined {
    const value = this.getAttribute(name);
    if (value === null || value === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.fail(new Error(`cleared-land-map: the ${name} attribute must be a date written YYYY-MM-DD; got "${value}"`));
      return undefined;
    }
    return value;
  }

  private locale(): string {
    return this.lang || document.documentElement.lang || 'en';
  }

  private wantedControls(): Set<string> {
    const listed = this.getAttribute('controls');
    if (listed === null) return new Set(EMBED_CONTROLS);
    const names = listed.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((name) => !(EMBED_CONTROLS as readonly string[]).includes(name));
    if (unknown.length > 0) {
      this.fail(new Error(`cleared-land-map: unknown control "${unknown[0]}" in the controls attribute; use any of ${EMBED_CONTROLS.join(', ')}`));
    }
    return new Set(names);
  }

  private reflect(name: string, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  private drawBasemap(map: MapLibreMap, text: string, locale: string): void {
    let spec: BasemapSpec;
    try {
      spec = parseBasemap(text, document.baseURI);
    } catch (error) {
      this.fail(asError(error, 'the basemap attribute cannot be used'));
      return;
    }
    const basemaps = new BasemapSwitcher(map, { language: locale });
    this.basemaps = basemaps;
    basemaps.addEventListener('basemaperror', (event) => {
      const detail = (event as CustomEvent<BasemapErrorDetail>).detail;
      this.basemapNotice = mapMessages(locale).basemapFailed(detail.message);
      if (this.message) {
        this.message.textContent = this.basemapNotice;
        this.message.hidden = false;
      }
      this.dispatchEvent(new CustomEvent<BasemapErrorDetail>(EMBED_EVENTS.basemapError, { detail, bubbles: true, composed: true }));
    });
    void basemaps.set(spec);
  }

  private fail(error: Error): void {
    if (this.message) {
      this.message.textContent = error.message;
      this.message.hidden = false;
    }
    this.dispatchEvent(new CustomEvent<Error>(EMBED_EVENTS.error, { detail: error, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cleared-land-map': ClearedLandMapElement;
  }
  interface HTMLElementEventMap {
    'cleared-land:summary': CustomEvent<Summary>;
    'cleared-land:error': CustomEvent<Error>;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function asError(error: unknown, what: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`cleared-land-map: ${what}: ${message}`, { cause: error });
}
