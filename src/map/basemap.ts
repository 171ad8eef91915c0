import type { StyleSpecification } from './style-types.js';

/**
 * What to draw under the zones. One definition for `cleared-land/map`, the `<cleared-land-map>`
 * element (its `basemap` attribute) and the viewer (`?basemap=`):
 *
 * - `offline`: the bundled Natural Earth map ({@link offlineStyle}); needs no network.
 * - `style`: a MapLibre style document, or the URL of one.
 * - `raster`: an XYZ tile template (`https://…/{z}/{x}/{y}.png`) and the credit its owner asks for.
 * - `pmtiles`: a PMTiles archive, by URL (read with HTTP range requests) or as a local `File`
 *   (a country extract a field office keeps on disk). Raster archives are drawn as they are;
 *   vector archives in the Protomaps schema are styled with `@protomaps/basemaps`.
 */
export type BasemapSpec =
  | { kind: 'offline' }
  | { kind: 'style'; style: string | StyleSpecification }
  | { kind: 'raster'; tiles: string; attribution: string; maxZoom: number; tileSize: number }
  | { kind: 'pmtiles'; archive: string | File; attribution: string | null };

/** OpenStreetMap's own raster tiles: for light, interactive use only (never loaded by default). */
export const OPENSTREETMAP_RASTER: Extract<BasemapSpec, { kind: 'raster' }> = {
  kind: 'raster',
  tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
  tileSize: 256,
};

/** Where OpenStreetMap's tile usage policy is, for the note shown beside that choice. */
export const OPENSTREETMAP_TILE_POLICY_URL = 'https://operations.osmfoundation.org/policies/tiles/';

/** The word `?basemap=` and the `basemap` attribute take for OpenStreetMap's raster tiles. */
export const OPENSTREETMAP_KEYWORD = 'osm';

const RASTER_TEMPLATE = /\{z\}.*\{x\}.*\{y\}|\{z\}.*\{y\}.*\{x\}/;
const DEFAULT_RASTER_MAX_ZOOM = 19;
const DEFAULT_RASTER_TILE_SIZE = 256;

/**
 * Reads a basemap from text, as a URL parameter or an HTML attribute gives it: empty or `offline`
 * for the offline map, `osm` for OpenStreetMap's raster tiles, a URL ending in `.pmtiles` for an
 * archive, a URL with `{z}`, `{x}` and `{y}` for raster tiles, any other URL for a style document.
 * A raster template's credit may follow a `|`: `https://tiles.example/{z}/{x}/{y}.png|© Example`.
 * Throws when the text is none of these (a relative path or a typo), naming what it expected.
 *
 * @example
 * parseBasemap('https://example.org/tiles/{z}/{x}/{y}.png'); // { kind: 'raster', … }
 * parseBasemap('/maps/azerbaijan.pmtiles'); // { kind: 'pmtiles', archive: '/maps/azerbaijan.pmtiles', … }
 */
export function parseBasemap(text: string | null, base: string | null = null): BasemapSpec {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'offline') return { kind: 'offline' };
  if (trimmed === OPENSTREETMAP_KEYWORD) return OPENSTREETMAP_RASTER;
  const [address, ...credit] = trimmed.split('|');
  let url: URL;
  try {
    url = base ? new URL(address, base) : new URL(address);
  } catch {
    throw new Error(
      `basemap: "${address}" is not a URL; give "offline", "${OPENSTREETMAP_KEYWORD}", a style JSON URL, a raster tile template with {z}/{x}/{y}, or a .pmtiles URL`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'pmtiles:') {
    throw new Error(`basemap: "${address}" uses ${url.protocol}; only http: and https: addresses can be fetched`);
  }
  // The template's braces are percent-encoded by URL(); keep the caller's text, made absolute.
  const absolute = base ? decodeURI(url.href) : address;
  if (/\.pmtiles$/i.test(url.pathname)) return { kind: 'pmtiles', archive: absolute, attribution: credit.join('|') || null };
  if (RASTER_TEMPLATE.test(absolute)) {
    return {
      kind: 'raster',
      tiles: absolute,
      attribution: credit.join('|'),
      maxZoom: DEFAULT_RASTER_MAX_ZOOM,
      tileSize: DEFAULT_RASTER_TILE_SIZE,
    };
  }
  return { kind: 'style', style: absolute };
}

/**
 * The text form of a basemap, as {@link parseBasemap} reads it back; null for the offline map and
 * for a local file, which no link can name.
 *
 * @example
 * basemapText(parseBasemap('osm')); // 'osm'
 */
export function basemapText(spec: BasemapSpec): string | null {
  if (spec.kind === 'offline') return null;
  if (spec.kind === 'raster') {
    if (spec.tiles === OPENSTREETMAP_RASTER.tiles) return OPENSTREETMAP_KEYWORD;
    return spec.attribution ? `${spec.tiles}|${spec.attribution}` : spec.tiles;
  }
  if (spec.kind === 'pmtiles') return typeof spec.archive === 'string' ? spec.archive : null;
  return typeof spec.style === 'string' ? spec.style : null;
}

/**
 * Whether drawing this basemap needs a host other than the page's own (for a CSP, or a note that
 * it works only online).
 *
 * @example
 * isRemoteBasemap(parseBasemap('osm'), location.origin); // true
 */
export function isRemoteBasemap(spec: BasemapSpec, pageOrigin: string): boolean {
  const address = spec.kind === 'raster' ? spec.tiles : spec.kind === 'pmtiles' ? spec.archive : spec.kind === 'style' ? spec.style : null;
  if (typeof address !== 'string') return false;
  try {
    return new URL(address.replace(/[{}]/g, ''), pageOrigin).origin !== pageOrigin;
  } catch {
    return true;
  }
}
