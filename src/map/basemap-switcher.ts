import { addProtocol, removeProtocol } from 'maplibre-gl';
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { FileSource, PMTiles, Protocol, TileType } from 'pmtiles';
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import type { Feature, FeatureCollection } from 'geojson';
import type { BasemapSpec } from './basemap.js';
import { regionLayerParts } from './add-region-layers.js';
import { OFFLINE_STYLE_IDS, offlineStyle } from './offline-style.js';
import type { LayerSpecification, StyleSpecification } from './style-types.js';

/** Options of {@link BasemapSwitcher}. */
export interface BasemapSwitcherOptions {
  /** District (region) polygons outlined and named over every basemap; null for none. */
  regions: FeatureCollection | Feature[] | null;
  /** Property with a region's name; null guesses (`name`, `shapeName`, …). */
  regionNameField: string | null;
  /** Credit for the regions, shown in the attribution control. */
  regionAttribution: string | null;
  /** Font stack of labels drawn without a glyph server (the offline label route). */
  labelFont: string[];
  /**
   * Glyphs URL (`…/{fontstack}/{range}.pbf`) for vector PMTiles labels. null draws them with the
   * browser's own fonts, so nothing is fetched.
   */
  glyphs: string | null;
  /** Language of place names in vector PMTiles archives (a Protomaps `name:xx` key). */
  language: string;
  /** Protomaps flavour of vector archives: light, white, grayscale, dark, black. */
  flavor: string;
}

/** Defaults of {@link BasemapSwitcherOptions}. */
export const defaultBasemapSwitcherOptions: BasemapSwitcherOptions = {
  // No districts until the caller has them.
  regions: null,
  regionNameField: null,
  regionAttribution: null,
  // The offline basemap's font stack: drawn locally, no glyph server.
  labelFont: ['Noto Sans Regular'],
  // No glyph server by default: nothing is fetched for labels.
  glyphs: null,
  // English names where the archive has them.
  language: 'en',
  // Light and low-contrast, so the zone palette stays readable over it.
  flavor: 'light',
};

/** Detail of the `basemapchange` event: the basemap now drawn and its credit. */
export interface BasemapChangeDetail {
  spec: BasemapSpec;
}

/** Detail of the `basemaperror` event: the basemap that failed, in one sentence why. */
export interface BasemapErrorDetail {
  spec: BasemapSpec;
  message: string;
}

/** Id of the source a raster or PMTiles basemap draws from. */
export const BASEMAP_SOURCE_ID = 'basemap';
const PROTOMAPS_SOURCE_ID = 'protomaps';
const PMTILES_PROTOCOL = 'pmtiles';

/**
 * Draws a basemap under the zones and puts the offline map back when it fails.
 *
 * `set(spec)` replaces the map's style; zone and region layers added with `addZoneLayers` or
 * `addRegionLayers` are added again by themselves (they survive `setStyle`). The regions given
 * in the options are drawn over every basemap. When the style, its first tiles or a PMTiles
 * archive cannot be loaded, the offline map comes back and a `basemaperror` event says why in
 * one sentence; `basemapchange` tells which basemap is drawn.
 *
 * PMTiles archives are read through the `pmtiles` package's MapLibre protocol (registered once,
 * removed with the last switcher); a local `File` through its `FileSource`, so a country extract
 * on disk works without a network.
 *
 * @example
 * const basemaps = new BasemapSwitcher(map, { regions: districts });
 * basemaps.addEventListener('basemaperror', (event) => show((event as CustomEvent<BasemapErrorDetail>).detail.message));
 * await basemaps.set(parseBasemap('https://tiles.example.org/{z}/{x}/{y}.png|© Example'));
 * basemaps.remove();
 */
export class BasemapSwitcher extends EventTarget {
  private readonly map: MapLibreMap;
  private settings: BasemapSwitcherOptions;
  private current: BasemapSpec = { kind: 'offline' };
  private watching: (() => void) | null = null;
  private generation = 0;
  private usesProtocol = false;
  private onFailure: () => void = () => {};

  constructor(map: MapLibreMap, options: Partial<BasemapSwitcherOptions> = {}) {
    super();
    this.map = map;
    this.settings = { ...defaultBasemapSwitcherOptions, ...options };
  }

  /** The basemap drawn now (the offline map after a failure). */
  get spec(): BasemapSpec {
    return this.current;
  }

  /**
   * Draws `spec`. Resolves once its style has loaded, or once the offline map is back after a
   * failure (then `basemaperror` has been dispatched).
   */
  async set(spec: BasemapSpec): Promise<void> {
    const generation = ++this.generation;
    this.stopWatching();
    // Current at once: a setRegions() call while this one reads its archive draws this basemap too.
    this.current = spec;
    let style: StyleSpecification | string;
    try {
      style = await this.styleFor(spec);
    } catch (error) {
      if (generation !== this.generation) return;
      await this.fallBack(spec, (error as Error).message);
      return;
    }
    if (generation !== this.generation) return;
    const loaded = this.styleLoaded();
    // The basemap's own sources: only their errors (and the style's) make it fall back.
    const basemapSources = new Set<string>();
    const withRegions = (next: StyleSpecification): StyleSpecification => {
      for (const id of Object.keys(next.sources)) basemapSources.add(id);
      return this.withRegions(next);
    };
    if (typeof style === 'string') {
      this.map.setStyle(style, { diff: false, transformStyle: (_previous, next) => withRegions(next) });
    } else {
      this.map.setStyle(withRegions(style), { diff: false });
    }
    const failed = new Promise<'failed'>((resolve) => (this.onFailure = () => resolve('failed')));
    if (spec.kind !== 'offline') this.watch(spec, basemapSources);
    const outcome = await Promise.race([loaded, failed]);
    if (generation !== this.generation || outcome === 'failed') return;
    this.dispatchEvent(new CustomEvent<BasemapChangeDetail>('basemapchange', { detail: { spec } }));
  }

  /** Draws other districts over the same basemap. */
  async setRegions(regions: FeatureCollection | Feature[] | null): Promise<void> {
    this.settings = { ...this.settings, regions };
    await this.set(this.current);
  }

  /** Stops watching and unregisters the PMTiles protocol if this was its last user. */
  remove(): void {
    this.generation += 1;
    this.stopWatching();
    this.releaseProtocol();
  }

  private async styleFor(spec: BasemapSpec): Promise<StyleSpecification | string> {
    const { settings } = this;
    if (spec.kind === 'offline') return offlineStyle({ labelFont: settings.labelFont });
    if (spec.kind === 'style') return spec.style;
    if (spec.kind === 'raster') {
      return rasterStyle({ type: 'raster', tiles: [spec.tiles], tileSize: spec.tileSize, maxzoom: spec.maxZoom, attribution: spec.attribution });
    }
    return this.pmtilesStyle(spec);
  }

  private async pmtilesStyle(spec: Extract<BasemapSpec, { kind: 'pmtiles' }>): Promise<StyleSpecification> {
    const protocol = this.claimProtocol();
    const archive = new PMTiles(typeof spec.archive === 'string' ? spec.archive : new FileSource(spec.archive));
    let tileType: TileType;
    try {
      tileType = (await archive.getHeader()).tileType;
    } catch (error) {
      const name = typeof spec.archive === 'string' ? spec.archive : spec.archive.name;
      throw new Error(`the PMTiles archive ${name} could not be read (${(error as Error).message})`);
    }
    protocol.add(archive);
    const url = `${PMTILES_PROTOCOL}://${archive.source.getKey()}`;
    const attribution = spec.attribution ?? undefined;
    if (tileType !== TileType.Mvt) return rasterStyle({ type: 'raster', url, tileSize: 256, ...(attribution ? { attribution } : {}) });
    const vectorLayers = (protomapsLayers(PROTOMAPS_SOURCE_ID, namedFlavor(this.settings.flavor), { lang: this.settings.language }) as unknown as LayerSpecification[])
      .map(withoutIcons)
      .filter((layer): layer is LayerSpecification => layer !== null);
    return {
      version: 8,
      name: 'cleared-land PMTiles',
      ...(this.settings.glyphs ? { glyphs: this.settings.glyphs } : {}),
      sources: {
        [PROTOMAPS_SOURCE_ID]: {
          type: 'vector',
          url,
          attribution: attribution ?? '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, Protomaps',
        },
      },
      layers: this.settings.glyphs ? vectorLayers : vectorLayers.map((layer) => withLocalFont(layer, this.settings.labelFont)),
    };
  }

  /** The style with the districts' outline and names on top, under the same ids as the offline map's. */
  private withRegions(style: StyleSpecification): StyleSpecification {
    const { regions, regionNameField, regionAttribution, labelFont } = this.settings;
    if (!regions) return style;
    const parts = regionLayerParts(regions, {
      idPrefix: OFFLINE_STYLE_IDS.regions,
      nameField: regionNameField,
      labelFont,
      attribution: regionAttribution,
    });
    // regionLayerParts' sources are GeoJSON, which a style document accepts.
    const sources = { ...style.sources, ...parts.sources } as StyleSpecification['sources'];
    return { ...style, sources, layers: [...style.layers, ...parts.layers] };
  }

  /**
   * Watches the new basemap until it has drawn once: an error from the style or from one of its
   * own sources before then means it cannot be used here, and the offline map comes back.
   */
  private watch(spec: BasemapSpec, basemapSources: ReadonlySet<string>): void {
    // An error without a source is the style's own (its URL); zone, region and other layers added
    // to the map are not the basemap's and never make it fall back.
    const isBasemapSource = (sourceId: string | undefined): boolean => sourceId === undefined || basemapSources.has(sourceId);
    const onError = (event: ErrorEvent & { sourceId?: string }) => {
      if (!isBasemapSource(event.sourceId)) return;
      this.stopWatching();
      void this.fallBack(spec, describeError(event));
    };
    const onSourceData = (event: MapSourceDataEvent) => {
      // One tile of the basemap has arrived: it works; later tile errors are the server's gaps.
      if (event.tile && isBasemapSource(event.sourceId) && event.isSourceLoaded !== undefined) this.stopWatching();
    };
    const onIdle = () => this.stopWatching();
    this.map.on('error', onError);
    this.map.on('sourcedata', onSourceData);
    this.map.on('idle', onIdle);
    this.watching = () => {
      this.map.off('error', onError);
      this.map.off('sourcedata', onSourceData);
      this.map.off('idle', onIdle);
      this.watching = null;
    };
  }

  private stopWatching(): void {
    this.watching?.();
  }

  private async fallBack(spec: BasemapSpec, reason: string): Promise<void> {
    const generation = ++this.generation;
    // `set` stops waiting for a style that will never load.
    this.onFailure();
    this.current = { kind: 'offline' };
    const loaded = this.styleLoaded();
    this.map.setStyle(this.withRegions(offlineStyle({ labelFont: this.settings.labelFont })), { diff: false });
    this.dispatchEvent(new CustomEvent<BasemapErrorDetail>('basemaperror', { detail: { spec, message: reason } }));
    await loaded;
    if (generation !== this.generation) return;
    this.dispatchEvent(new CustomEvent<BasemapChangeDetail>('basemapchange', { detail: { spec: this.current } }));
  }

  private styleLoaded(): Promise<'loaded'> {
    return new Promise((resolve) => this.map.once('style.load', () => resolve('loaded')));
  }

  private claimProtocol(): Protocol {
    if (!this.usesProtocol) {
      this.usesProtocol = true;
      protocolUsers += 1;
      if (!sharedProtocol) {
        sharedProtocol = new Protocol({ metadata: true });
        addProtocol(PMTILES_PROTOCOL, sharedProtocol.tile);
      }
    }
    return sharedProtocol!;
  }

  private releaseProtocol(): void {
    if (!this.usesProtocol) return;
    this.usesProtocol = false;
    protocolUsers -= 1;
    if (protocolUsers === 0 && sharedProtocol) {
      removeProtocol(PMTILES_PROTOCOL);
      sharedProtocol = null;
    }
  }
}

// MapLibre's protocols are global, so every switcher on the page shares one PMTiles protocol.
let sharedProtocol: Protocol | null = null;
let protocolUsers = 0;

function rasterStyle(source: Extract<StyleSpecification['sources'][string], { type: 'raster' }>): StyleSpecification {
  return {
    version: 8,
    name: 'cleared-land raster basemap',
    sources: { [BASEMAP_SOURCE_ID]: source },
    layers: [
      // Land colour under the tiles, so the zones' contrast holds while tiles load.
      { id: 'basemap-background', type: 'background', paint: { 'background-color': '#F4F1EA' } },
      { id: BASEMAP_SOURCE_ID, type: 'raster', source: BASEMAP_SOURCE_ID },
    ],
  };
}

/**
 * Protomaps layers take icons (town dots, POI symbols, shields, one-way arrows) from a sprite;
 * without one (nothing remote) a layer keeps its text and drops its icon, and an icon-only layer
 * is left out, so village and street names still show.
 */
function withoutIcons(layer: LayerSpecification): LayerSpecification | null {
  if (layer.type !== 'symbol' || !layer.layout || !('icon-image' in layer.layout)) return layer;
  if (!('text-field' in layer.layout)) return null;
  const layout: Record<string, unknown> = { ...layer.layout };
  for (const key of Object.keys(layout)) if (key.startsWith('icon-')) delete layout[key];
  return { ...layer, layout } as LayerSpecification;
}

function withLocalFont(layer: LayerSpecification, font: string[]): LayerSpecification {
  if (layer.type !== 'symbol' || !layer.layout || !('text-font' in layer.layout)) return layer;
  return { ...layer, layout: { ...layer.layout, 'text-font': font } };
}

function describeError(event: ErrorEvent & { sourceId?: string }): string {
  const message = event.error?.message ?? 'unknown error';
  return event.sourceId ? `its source "${event.sourceId}" failed: ${message}` : message;
}
