import { ClearedLandMapElement } from './cleared-land-map-element.js';
import type { ClearedLandMapEnvironment } from './cleared-land-map-element.js';

/** The tag the one-tag bundle defines. */
export const CLEARED_LAND_MAP_TAG = 'cleared-land-map';

/**
 * Registers `<cleared-land-map>` with what the bundle provides (MapLibre's CSS and workers).
 * Defining twice (two copies of the bundle on one page) keeps the first definition. Outside a
 * browser (server-side rendering, Node) there is no `customElements` and nothing is defined.
 *
 * @example
 * defineClearedLandMap({ maplibreCss, createSummaryWorker: () => new SummaryWorker(), prepareMapWorker });
 */
export function defineClearedLandMap(environment: ClearedLandMapEnvironment, tagName: string = CLEARED_LAND_MAP_TAG): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  ClearedLandMapElement.environment = environment;
  customElements.define(tagName, ClearedLandMapElement);
}
