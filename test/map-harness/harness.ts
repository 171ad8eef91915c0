// Test page for the map browser tests (test/map-*.test.ts): a map on the offline style with
// hooks on `window.harness` that the tests drive through Playwright.
import { Map as MapLibreMap, getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ZoneFeature } from '../../src/index.js';
import { LegendControl, MeasureControl, SummaryControl, TimeFilterControl, addRegionLayers, addZoneLayers, offlineStyle } from '../../src/map/index.js';
import type { RegionLayers, ZoneFilter, ZoneLayerOptions, ZoneLayers } from '../../src/map/index.js';
import type { Feature } from 'geojson';
import { summarize } from '../../src/index.js';

if (!getWorkerUrl()) setWorkerUrl(workerUrl);

let map: MapLibreMap;
let layers: ZoneLayers | null = null;
let regionLayers: RegionLayers | null = null;
let measure: MeasureControl | null = null;
const timeEvents: Array<{ from: string | null; to: string | null }> = [];

/** Counts the pixels of the (preserved) drawing buffer within `tolerance` of each colour. */
function countColours(colours: Record<string, [number, number, number]>, tolerance: number): Record<string, number> {
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
  const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
  const pixels = new Uint8Array(width * height * 4);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((name) => [name, 0]));
  const entries = Object.entries(colours);
  for (let offset = 0; offset < pixels.length; offset += 4) {
    for (const [name, [r, g, b]] of entries) {
      if (Math.abs(pixels[offset] - r) <= tolerance && Math.abs(pixels[offset + 1] - g) <= tolerance && Math.abs(pixels[offset + 2] - b) <= tolerance) {
        counts[name] += 1;
        break;
      }
    }
  }
  return counts;
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() && !map.isMoving()) map.once('idle', () => resolve());
    else map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function listenerCounts(): Record<string, number> {
  const internals = map as unknown as { _listeners?: Record<string, unknown[]>; _oneTimeListeners?: Record<string, unknown[]>; _delegatedListeners?: Record<string, unknown[]> };
  const counts: Record<string, number> = {};
  for (const [kind, table] of Object.entries({ on: internals._listeners, once: internals._oneTimeListeners, delegated: internals._delegatedListeners })) {
    for (const [type, list] of Object.entries(table ?? {})) counts[`${kind}:${type}`] = list.length;
  }
  return counts;
}

const harness = {
  async start(view: { center: [number, number]; zoom: number }) {
    map = new MapLibreMap({
      container: 'map',
      style: offlineStyle(),
      center: view.center,
      zoom: view.zoom,
      fadeDuration: 0,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    await idle();
  },
  addZones(zones: ZoneFeature[], options: Partial<ZoneLayerOptions> = {}) {
    layers = addZoneLayers(map, zones, options);
    return { sourceId: layers.sourceId, layerIds: [...layers.layerIds] };
  },
  setFilter(filter: Partial<ZoneFilter>) {
    layers!.setFilter(filter);
  },
  removeZones() {
    layers!.remove();
  },
  addControls(zones: ZoneFeature[]) {
    const summary = summarize(zones);
    map.addControl(new LegendControl({ summary }), 'bottom-left');
    map.addControl(new SummaryControl({ summary }), 'top-right');
    const time = new TimeFilterControl({ min: '2024-01-01', max: '2024-03-31', intervalMs: 100 });
    time.addEventListener('change', (event) => {
      const period = (event as CustomEvent<{ from: string | null; to: string | null }>).detail;
      timeEvents.push(period);
      layers?.setFilter(period);
    });
    map.addControl(time, 'top-left');
    measure = new MeasureControl({ zones, zoneLayers: layers });
    map.addControl(measure, 'top-right');
  },
  timeEvents() {
    return timeEvents;
  },
  measureResult() {
    return measure?.getResult() ?? null;
  },
  addRegions(regions: Feature[]) {
    regionLayers = addRegionLayers(map, regions);
    return [...regionLayers.layerIds];
  },
  removeRegions() {
    regionLayers?.remove();
  },
  async setStyle(diff: boolean) {
    // A fresh copy of the offline style, as a basemap switcher would pass.
    map.setStyle(offlineStyle(), { diff });
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  },
  jumpTo(center: [number, number]) {
    map.jumpTo({ center });
  },
  idle,
  countColours,
  listenerCounts,
  project(lngLat: [number, number]) {
    const point = map.project(lngLat);
    return [point.x, point.y];
  },
  unproject(point: [number, number]) {
    const lngLat = map.unproject(point);
    return [lngLat.lng, lngLat.lat];
  },
  canvasOffset() {
    const rect = map.getCanvas().getBoundingClientRect();
    return [rect.left, rect.top];
  },
  styleIds() {
    const style = map.getStyle();
    return { sources: Object.keys(style.sources), layers: style.layers.map((layer) => layer.id) };
  },
  featureState(source: string, id: number) {
    return map.getFeatureState({ source, id });
  },
  containerElementCount() {
    return map.getContainer().querySelectorAll('*').length;
  },
};

(window as unknown as { harness: typeof harness }).harness = harness;
document.body.dataset.ready = 'true';
