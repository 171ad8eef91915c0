import { VIEWER_LANGUAGES, type ViewerLanguage } from '../i18n/messages.js';

/** What the address bar holds, so that a copied link reproduces the screen. */
export interface UrlState {
  /** URL of the zones file (`?data=`); null for the bundled sample. */
  dataUrl: string | null;
  /** URL of the districts file (`?regions=`); null for the sample's districts or none. */
  regionsUrl: string | null;
  /** First day of the period, YYYY-MM-DD (`?from=`); null for the start of the record. */
  from: string | null;
  /** Last day of the period, YYYY-MM-DD (`?to=`); null for the end of the record. */
  to: string | null;
  /** UI language (`?lang=`). */
  lang: ViewerLanguage;
  /** Map centre `[longitude, latitude]` (`?center=lon,lat`); null to fit the data. */
  center: [number, number] | null;
  /** Map zoom (`?zoom=`); null to fit the data. */
  zoom: number | null;
  /** Basemap (`?basemap=`: a style JSON URL, a raster tile template, a .pmtiles URL or `osm`); null for the offline map. */
  basemap: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Decimal places kept in the URL: 1e-5° is about a metre, plenty for a view. */
const CENTER_DECIMALS = 5;
const ZOOM_DECIMALS = 2;

/**
 * Reads the viewer's state from a query string. Anything malformed is ignored (the viewer falls
 * back to its default) rather than reported: a link is not a data file.
 *
 * @example
 * readUrlState('?from=2024-03-04&to=2024-03-10&lang=az').lang; // 'az'
 */
export function readUrlState(search: string, preferredLanguages: readonly string[] = []): UrlState {
  const params = new URLSearchParams(search);
  const date = (name: string): string | null => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
  };
  const center = (params.get('center') ?? '').split(',').map(Number);
  const zoom = Number(params.get('zoom'));
  const validCenter =
    center.length === 2 && Math.abs(center[0]) <= 180 && Math.abs(center[1]) <= 90 && center.every(Number.isFinite);
  return {
    dataUrl: params.get('data') || null,
    regionsUrl: params.get('regions') || null,
    from: date('from'),
    to: date('to'),
    lang: pickLanguage(params.get('lang'), preferredLanguages),
    center: validCenter ? [center[0], center[1]] : null,
    zoom: params.has('zoom') && Number.isFinite(zoom) && zoom >= 0 && zoom <= 24 ? zoom : null,
    basemap: params.get('basemap') || null,
  };
}

/**
 * Writes the state back as a query string, in a stable order, leaving out what is default.
 *
 * @example
 * writeUrlState({ ...state, lang: 'ru' }); // '?lang=ru&…'
 */
export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.dataUrl) params.set('data', state.dataUrl);
  if (state.regionsUrl) params.set('regions', state.regionsUrl);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  params.set('lang', state.lang);
  if (state.center && state.zoom !== null) {
    params.set('center', state.center.map((value) => value.toFixed(CENTER_DECIMALS)).join(','));
    params.set('zoom', state.zoom.toFixed(ZOOM_DECIMALS));
  }
  if (state.basemap) params.set('basemap', state.basemap);
  // URLSearchParams encodes the comma; a literal one keeps links readable and is still valid.
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

function pickLanguage(requested: string | null, preferred: readonly string[]): ViewerLanguage {
  const candidates = [requested, ...preferred].filter((value): value is string => Boolean(value));
  for (const candidate of candidates) {
    const base = candidate.toLowerCase().split('-')[0];
    const match = VIEWER_LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}
