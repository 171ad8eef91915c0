// The one-tag bundle (dist/cleared-land-map.js): MapLibre, its CSS and its worker, cleared-land's
// core and the summary worker (inlined by vite.embed.config.ts), all in one ES module that
// defines <cleared-land-map>.
import { getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import maplibreWorkerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import { defineClearedLandMap } from './define-cleared-land-map.js';

export { ClearedLandMapElement, EMBED_CONTROLS, EMBED_EVENTS, EMBED_PARTS } from './cleared-land-map-element.js';
export { CLEARED_LAND_MAP_TAG } from './define-cleared-land-map.js';

defineClearedLandMap({
  maplibreCss,
  prepareMapWorker(workerUrl) {
    // A page that already set MapLibre's worker (another map on the page) keeps its choice.
    if (getWorkerUrl()) return;
    // MapLibre's worker travels inside this file as text and starts from a blob: URL, which a
    // Content-Security-Policy must allow with `worker-src blob:`; `worker-url` avoids that.
    setWorkerUrl(workerUrl ?? URL.createObjectURL(new Blob([maplibreWorkerSource], { type: 'text/javascript' })));
  },
});
