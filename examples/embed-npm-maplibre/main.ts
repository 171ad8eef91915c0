// MapLibre + the npm package: your map, cleared-land's layers and controls, summaries off the
// main thread.
import { Map as MapLibreMap, NavigationControl, ScaleControl, getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  LegendControl,
  MeasureControl,
  SummaryControl,
  TimeFilterControl,
  addRegionLayers,
  addZoneLayers,
  createSummaryClient,
  offlineStyle,
  regionsOf,
  zoneExtent,
  type TimePeriod,
} from 'cleared-land/map';

const zonesUrl = new URL('../../data/sample-zones.geojson', import.meta.url).href;
const districtsUrl = new URL('../../data/sample-districts.geojson', import.meta.url).href;

// MapLibre 6 needs its worker's URL once bundled (maplibre-gl-js #8018: without it, `load` never fires).
if (!getWorkerUrl()) setWorkerUrl(maplibreWorkerUrl);

const map = new MapLibreMap({ container: 'map', style: offlineStyle(), center: [46.9, 40.0], zoom: 7 });
map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');

const client = createSummaryClient();
const [first] = await Promise.all([
  client.run({ zones: { url: zonesUrl }, regions: { url: districtsUrl } }),
  new Promise((resolve) => map.once('load', resolve)),
]);
const { load, regions, summary } = first;

const zones = addZoneLayers(map, load.zones);
if (regions) addRegionLayers(map, regions, { beforeId: zones.layerIds[0] });
const extent = zoneExtent(load.zones);
if (extent.bounds) map.fitBounds(extent.bounds, { padding: 40, animate: false });

const legend = new LegendControl({ summary });
const table = new SummaryControl({ summary });
const time = new TimeFilterControl({ min: extent.firstEndDate, max: extent.lastEndDate });
const measure = new MeasureControl({ zones: load.zones, zoneLayers: zones });
map.addControl(time, 'top-left');
map.addControl(table, 'top-right');
map.addControl(measure, 'top-right');
map.addControl(legend, 'bottom-left');

time.addEventListener('change', async (event) => {
  const period = (event as CustomEvent<TimePeriod>).detail;
  zones.setFilter(period);
  measure.setPeriod(period);
  try {
    // Re-summarise the loaded zones in the worker; a newer period cancels this one.
    const next = await client.run({ zones: { loaded: load }, regions: regionsOf(first), summarize: period });
    legend.setSummary(next.summary);
    table.setSummary(next.summary);
  } catch (error) {
    if ((error as DOMException).name !== 'AbortError') throw error;
  }
});
