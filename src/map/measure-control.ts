import type { ControlPosition, IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { Polygon } from 'geojson';
import type { TerraDraw } from 'terra-draw';
import type { ZoneFeature } from '../index.js';
import { formatHectares } from '../index.js';
import { measureDrawnArea } from './measure-drawn-area.js';
import type { AreaMeasurement } from './measure-drawn-area.js';
import type { ZoneLayers } from './add-zone-layers.js';
import { mapMessages } from './map-messages.js';
import { createElement } from './create-element.js';
import { adoptMapStyles } from './adopt-map-styles.js';

/** Options of {@link MeasureControl}. */
export interface MeasureControlOptions {
  /** Zones to measure inside the drawn polygon (`loadZones(...).zones`); change with `setZones`. */
  zones: ZoneFeature[];
  /** Period of the releases counted (see `summarize`); change with `setPeriod`. */
  from: string | null;
  to: string | null;
  /** Zone layers to silence (no popups, no hover) while drawing, so clicks only add corners. */
  zoneLayers: ZoneLayers | null;
  /** Prefix of the drawing's source and layer ids. */
  idPrefix: string;
  /** Language of the labels and numbers: en, az, ru (others fall back to English). */
  locale: string;
  /** Corner the control goes to when `map.addControl` is given none. */
  position: ControlPosition;
}

/** Defaults of {@link MeasureControlOptions}. */
export const defaultMeasureControlOptions: MeasureControlOptions = {
  // Only the drawn area is measured until setZones() brings zones.
  zones: [],
  // Releases of every date count.
  from: null,
  to: null,
  // No zone layers to silence.
  zoneLayers: null,
  // Distinct from the zone layers' ids.
  idPrefix: 'cleared-land-measure',
  // English labels.
  locale: 'en',
  // With the map's other tools.
  position: 'top-right',
};

const DRAW_COLOR = '#6F42C1';
const POLYGON_MODE = 'polygon';
const STATIC_MODE = 'static';

/** What terra-draw passes to `finish` listeners (its OnFinishContext, not exported from the package root). */
interface OnFinishContext {
  mode: string;
  action: string;
}

/**
 * A MapLibre control to draw a polygon (terra-draw) and read its area on the WGS84 ellipsoid, with
 * the cleared land and the remaining hazard inside it. Click "Measure an area", click the
 * corners, then click the first corner or press Enter. terra-draw and its MapLibre adapter are
 * loaded (dynamic import) the first time drawing starts, so a page that never draws never
 * downloads them; they are optional peer dependencies (`npm install terra-draw
 * terra-draw-maplibre-gl-adapter`), and without them drawing fails with an `error` event naming
 * them while "Measure the map view" still works. Without a pointer, "Measure the map view"
 * measures what the map shows (frame it with the arrow and +/− keys). Each measurement dispatches
 * a `measure` event whose `detail` is an {@link AreaMeasurement}.
 *
 * @example
 * const measure = new MeasureControl({ zones: result.zones, zoneLayers: layers });
 * measure.addEventListener('measure', (event) => console.info((event as CustomEvent<AreaMeasurement>).detail.areaHa));
 * map.addControl(measure);
 */
export class MeasureControl extends EventTarget implements IControl {
  private readonly settings: MeasureControlOptions;
  private zones: ZoneFeature[];
  private period: { from: string | null; to: string | null };
  private map: MapLibreMap | null = null;
  private draw: TerraDraw | null = null;
  // Set while terra-draw is being loaded, so a second click does not start a second drawing.
  private starting: Promise<void> | null = null;
  private result: AreaMeasurement | null = null;
  private container: HTMLElement | null = null;
  private toggle: HTMLButtonElement | null = null;
  private viewButton: HTMLButtonElement | null = null;
  private output: HTMLElement | null = null;
  private listeners: AbortController | null = null;
  private releaseStyles: (() => void) | null = null;
  private readonly onFinish = (id: string | number, context: OnFinishContext) => this.finish(id, context);

  constructor(options: Partial<MeasureControlOptions> = {}) {
    super();
    this.settings = { ...defaultMeasureControlOptions, ...options };
    this.zones = this.settings.zones;
    this.period = { from: this.settings.from, to: this.settings.to };
  }

  /** Builds the control's element; MapLibre calls this when the control is added with `map.addControl`. */
  onAdd(map: MapLibreMap): HTMLElement {
    const messages = mapMessages(this.settings.locale);
    this.map = map;
    this.listeners = new AbortController();
    const container = createElement('div', 'maplibregl-ctrl maplibregl-ctrl-group cleared-land-panel cleared-land-measure');
    const actions = createElement('div', 'cleared-land-measure__actions');
    this.toggle = createElement('button', 'cleared-land-button');
    this.toggle.type = 'button';
    // A failed start is reported by the 'error' event start() dispatches.
    this.toggle.addEventListener('click', () => (this.isDrawing() ? this.stop() : this.start().catch(() => undefined)), { signal: this.listeners.signal });
    // Drawing takes a pointer; the map view can be framed with the keyboard (arrows, +/−) and
    // measured with this button.
    this.viewButton = createElement('button', 'cleared-land-button');
    this.viewButton.type = 'button';
    this.viewButton.addEventListener('click', () => this.measureView(), { signal: this.listeners.signal });
    actions.append(this.toggle, this.viewButton);
    this.output = createElement('div', 'cleared-land-measure__output');
    this.output.setAttribute('aria-live', 'polite');
    container.append(actions, this.output);
    this.container = container;
    this.releaseStyles = adoptMapStyles(map.getContainer().getRootNode());
    this.render(messages);
    return container;
  }

  /** Takes the control's element and listeners off the map; MapLibre calls this from `map.removeControl`. */
  onRemove(): void {
    this.stopDrawing();
    this.listeners?.abort();
    this.listeners = null;
    this.container?.remove();
    this.container = this.toggle = this.viewButton = this.output = null;
    this.releaseStyles?.();
    this.releaseStyles = null;
    this.map = null;
  }

  /** The corner MapLibre puts the control in when `map.addControl` names none: the `position` option. */
  getDefaultPosition(): ControlPosition {
    return this.settings.position;
  }

  /** Zones to measure against; re-measures the polygon on screen, if any. */
  setZones(zones: ZoneFeature[]): void {
    this.zones = zones;
    this.remeasure();
  }

  /** Period of the releases counted; re-measures the polygon on screen, if any. */
  setPeriod(period: { from: string | null; to: string | null }): void {
    this.period = { ...period };
    this.remeasure();
  }

  /** The last measurement, or null when nothing is drawn. */
  getResult(): AreaMeasurement | null {
    return this.result;
  }

  /** Whether the tool is waiting for corners. */
  isDrawing(): boolean {
    return this.draw?.getMode() === POLYGON_MODE;
  }

  /**
   * Starts drawing a new polygon, clearing the previous one. The first call loads terra-draw; the
   * promise resolves when the map takes corners (`isDrawing()` is then true) and rejects, with an
   * `error` event too, when terra-draw cannot be loaded.
   */
  start(): Promise<void> {
    const map = this.map;
    if (!map) return Promise.reject(new Error('MeasureControl: start() needs the control on a map; call map.addControl(control) first'));
    this.starting ??= this.startDrawing(map).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async startDrawing(map: MapLibreMap): Promise<void> {
    this.result = null;
    if (!this.draw) {
      let draw: TerraDraw;
      try {
        draw = await createDraw(map, this.settings.idPrefix);
      } catch (error) {
        this.dispatchEvent(new CustomEvent<Error>('error', { detail: error as Error }));
        throw error;
      }
      // Removed from the map while terra-draw was loading: nothing to draw on.
      if (this.map !== map) return;
      this.draw = draw;
      this.draw.start();
      this.draw.on('finish', this.onFinish);
    } else {
      this.draw.clear();
    }
    this.draw.setMode(POLYGON_MODE);
    this.settings.zoneLayers?.setInteractive(false);
    this.render(mapMessages(this.settings.locale));
  }

  /**
   * Measures what the map shows: the polygon of the canvas's four corners (turned with the map when
   * it is rotated), with the cleared land and remaining hazard inside. Stops any drawing.
   */
  measureView(): void {
    const map = this.map;
    if (!map) throw new Error('MeasureControl: measureView() needs the control on a map; call map.addControl(control) first');
    this.stopDrawing();
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    // Bottom-left, bottom-right, top-right, top-left: counter-clockwise on the ground.
    const corners = ([[0, height], [width, height], [width, 0], [0, 0]] as const).map(([x, y]) => {
      const { lng, lat } = map.unproject([x, y]);
      return [lng, lat];
    });
    this.measure({ type: 'Polygon', coordinates: [[...corners, corners[0]]] });
  }

  /** Stops drawing and removes the polygon. */
  stop(): void {
    this.stopDrawing();
    this.result = null;
    this.render(mapMessages(this.settings.locale));
  }

  private stopDrawing(): void {
    if (this.draw) {
      this.draw.off('finish', this.onFinish);
      // stop() clears the store and removes terra-draw's sources, layers and listeners.
      this.draw.stop();
      this.draw = null;
    }
    this.settings.zoneLayers?.setInteractive(true);
  }

  private finish(id: string | number, context: OnFinishContext): void {
    if (context.mode !== POLYGON_MODE || !this.draw) return;
    const feature = this.draw.getSnapshotFeature(id);
    if (feature?.geometry.type !== 'Polygon') return;
    // Keep the polygon on screen but stop taking corners, so the map pans again.
    this.draw.setMode(STATIC_MODE);
    this.settings.zoneLayers?.setInteractive(true);
    this.measure(feature.geometry as Polygon);
  }

  private remeasure(): void {
    if (this.result) this.measure(this.result.polygon);
  }

  private measure(polygon: Polygon): void {
    this.result = measureDrawnArea(polygon, this.zones, this.period);
    this.render(mapMessages(this.settings.locale));
    this.dispatchEvent(new CustomEvent<AreaMeasurement>('measure', { detail: this.result }));
  }

  private render(messages: ReturnType<typeof mapMessages>): void {
    if (!this.toggle || !this.output) return;
    const drawing = this.isDrawing();
    const active = drawing || this.result !== null;
    this.toggle.setAttribute('aria-pressed', String(drawing));
    this.toggle.replaceChildren(polygonIcon(), createElement('span', null, active ? messages.measureStop : messages.measure));
    this.viewButton?.replaceChildren(createElement('span', null, messages.measureView));
    if (drawing) {
      this.output.replaceChildren(createElement('p', 'cleared-land-measure__hint', messages.measureHint));
      return;
    }
    if (!this.result) {
      this.output.replaceChildren();
      return;
    }
    const hectares = (value: number) => `${formatHectares(value, messages.locale)} ${messages.hectareUnit}`;
    const list = createElement('dl', 'cleared-land-measure__result');
    for (const [label, value] of [
      [messages.measureArea, this.result.areaHa],
      [messages.measureCleared, this.result.clearedHa],
      [messages.measureRemaining, this.result.remainingHazardHa],
    ] as const) {
      list.append(createElement('dt', null, label), createElement('dd', null, hectares(value)));
    }
    const perimeterM = this.result.perimeterM;
    const perimeter =
      perimeterM >= METERS_PER_KILOMETER
        ? `${formatNumber(perimeterM / METERS_PER_KILOMETER, messages.locale, 2)} ${messages.kilometerUnit}`
        : `${formatNumber(perimeterM, messages.locale, 0)} ${messages.meterUnit}`;
    list.append(createElement('dt', null, messages.measurePerimeter), createElement('dd', null, perimeter));
    this.output.replaceChildren(list);
  }
}

// terra-draw and its adapter weigh about 60 kB gzipped and are needed only once someone draws.
async function createDraw(map: MapLibreMap, prefixId: string): Promise<TerraDraw> {
  let modules: [typeof import('terra-draw'), typeof import('terra-draw-maplibre-gl-adapter')];
  try {
    modules = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
  } catch (error) {
    throw new Error(
      'MeasureControl: drawing needs terra-draw and terra-draw-maplibre-gl-adapter; install them with `npm install terra-draw terra-draw-maplibre-gl-adapter`',
      { cause: error },
    );
  }
  const [{ TerraDraw, TerraDrawPolygonMode }, { TerraDrawMapLibreGLAdapter }] = modules;
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId }),
    modes: [
      new TerraDrawPolygonMode({
        styles: {
          fillColor: DRAW_COLOR,
          fillOpacity: 0.15,
          outlineColor: DRAW_COLOR,
          outlineWidth: 2,
          closingPointColor: '#FFFFFF',
          closingPointOutlineColor: DRAW_COLOR,
          closingPointWidth: 6,
          closingPointOutlineWidth: 2,
        },
      }),
    ],
  });
}

const METERS_PER_KILOMETER = 1_000;

/** A length in the map's locale, with the locale's separators. */
function formatNumber(value: number, locale: string, decimals: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function polygonIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NAMESPACE, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(SVG_NAMESPACE, 'path');
  shape.setAttribute('d', 'M2 11 L6 2 L14 5 L12 14 Z');
  shape.setAttribute('fill', 'none');
  shape.setAttribute('stroke', 'currentColor');
  shape.setAttribute('stroke-width', '1.5');
  shape.setAttribute('stroke-linejoin', 'round');
  svg.append(shape);
  return svg;
}
