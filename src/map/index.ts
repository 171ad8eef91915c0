// The map module (`cleared-land/map`): MapLibre layers, controls, the offline basemap and the
// summary worker client. The only part of cleared-land that imports maplibre-gl.
export * from './add-zone-layers.js';
export * from './drawn-zones.js';
export * from './zone-filter-expression.js';
export * from './palette.js';
export * from './zone-popup-content.js';
export * from './zone-extent.js';
export * from './add-region-layers.js';
export * from './label-points.js';
export * from './offline-style.js';
export * from './countries-110m.js';
export * from './legend-control.js';
export * from './summary-control.js';
export * from './time-filter-control.js';
export * from './measure-control.js';
export * from './measure-drawn-area.js';
export * from './coordinate-control.js';
export * from './map-position.js';
export * from './basemap.js';
export * from './basemap-switcher.js';
export * from './create-summary-client.js';
export * from './create-summary-worker.js';
export * from './run-summary-request.js';
export type { SummaryWorkerRequest, SummaryWorkerResponse } from './summary-messages.js';
export * from './map-messages.js';
export * from './adopt-map-styles.js';
export type * from './style-types.js';
