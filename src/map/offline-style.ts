import type { Feature, FeatureCollection, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { StyleSpecification } from './style-types.js';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { feature as topologyFeature, mesh as topologyMesh } from 'topojson-client';
import { labelPoints } from './label-points.js';
import { regionLayerParts } from './add-region-layers.js';
import { countries110m } from './countries-110m.js';

/** The colours of the offline basemap. The zone palette is checked for contrast against `land`. */
export const OFFLINE_BASEMAP_COLORS = {
  water: '#D5E3EA',
  land: '#F4F1EA',
  countryBorder: '#9C9385',
  label: '#4F4940',
  halo: '#FFFFFF',
} as const;

/** Options of {@link offlineStyle}. */
export interface OfflineStyleOptions {
  /**
   * Country polygons: a TopoJSON topology with a `countries` object, as world-atlas publishes
   * (`world-atlas/countries-50m.json` for finer borders). null draws no countries.
   */
  countries: Topology | null;
  /** District (region) polygons to outline and label; null for none. */
  regions: FeatureCollection | Feature[] | null;
  /** Property with a region's name; null tries `name`, `shapeName`, `NAME`, `region`. */
  regionNameField: string | null;
  /** Attribution for the regions, shown in the map's attribution control (e.g. the geoBoundaries licence). */
  regionAttribution: string | null;
  /** Whether to write country names. */
  countryLabels: boolean;
  /**
   * Font stack of the labels. With `glyphs: null`, MapLibre GL JS 6 draws text with the browser's
   * own fonts (these names, then `sans-serif`), so no font is fetched.
   */
  labelFont: string[];
  /** A glyphs URL (`…/{fontstack}/{range}.pbf`) for server-made text; null for none (no network). */
  glyphs: string | null;
}

/** Defaults of {@link OfflineStyleOptions}. */
export const defaultOfflineStyleOptions: OfflineStyleOptions = {
  // Natural Earth 1:110m: 39 kB gzipped; 50m is 236 kB, too much to bundle for everyone.
  countries: countries110m,
  // No districts: add them here or with addRegionLayers().
  regions: null,
  // Guess from the first region: name, shapeName, NAME, region.
  regionNameField: null,
  // Nothing to credit for regions unless the caller says so.
  regionAttribution: null,
  // Country names give a country-wide map its bearings.
  countryLabels: true,
  // A common fontstack name; locally it falls back to the browser's sans-serif.
  labelFont: ['Noto Sans Regular'],
  // No glyph server: nothing is fetched.
  glyphs: null,
};

/** Source and layer ids of the offline basemap (fixed: a style has only one basemap). */
export const OFFLINE_STYLE_IDS = {
  countries: 'basemap-countries',
  borders: 'basemap-borders',
  countryLabels: 'basemap-country-labels',
  /** Prefix of the region layers: `basemap-regions` (polygons), `-labels` (points), `-outline`. */
  regions: 'basemap-regions',
} as const;

const COUNTRY_LABEL_MAX_ZOOM = 8;

/**
 * A MapLibre style that needs no network: sea, land and country borders from Natural Earth
 * (world-atlas, bundled), optional district outlines, and labels drawn with local fonts.
 *
 * Labels: MapLibre GL JS 6 rasterises glyphs in the browser (TinySDF) when a style declares no
 * `glyphs` URL, so ordinary symbol layers work offline with collision handling; label points are
 * computed here (one per country or region, inside its largest part) so a name is written once.
 * Any style URL can replace this one (see `basemap` in the embed, `style` in `new Map`).
 *
 * @example
 * const map = new Map({ container: 'map', style: offlineStyle({ regions: districts }) });
 */
export function offlineStyle(options: Partial<OfflineStyleOptions> = {}): StyleSpecification {
  const settings = { ...defaultOfflineStyleOptions, ...options };
  const sources: StyleSpecification['sources'] = {};
  const layers: StyleSpecification['layers'] = [
    { id: 'basemap-water', type: 'background', paint: { 'background-color': OFFLINE_BASEMAP_COLORS.water } },
  ];
  const textLayout = { 'text-font': settings.labelFont, 'text-max-width': 8 };

  if (settings.countries) {
    const countries = countryFeatures(settings.countries);
    sources[OFFLINE_STYLE_IDS.countries] = {
      type: 'geojson',
      data: countries,
      attribution: 'Natural Earth (world-atlas)',
    };
    sources[OFFLINE_STYLE_IDS.borders] = { type: 'geojson', data: countryBorders(settings.countries) };
    layers.push(
      {
        id: OFFLINE_STYLE_IDS.countries,
        type: 'fill',
        source: OFFLINE_STYLE_IDS.countries,
        paint: { 'fill-color': OFFLINE_BASEMAP_COLORS.land },
      },
      {
        id: OFFLINE_STYLE_IDS.borders,
        type: 'line',
        source: OFFLINE_STYLE_IDS.borders,
        paint: {
          'line-color': OFFLINE_BASEMAP_COLORS.countryBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6],
          // Natural Earth 1:110m borders are kilometres off at district scale: fade them there.
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 7, 1, 10, 0.35],
        },
      },
    );
    if (settings.countryLabels) {
      sources[OFFLINE_STYLE_IDS.countryLabels] = { type: 'geojson', data: labelPoints(countries.features, 'name') };
      layers.push({
        id: OFFLINE_STYLE_IDS.countryLabels,
        type: 'symbol',
        source: OFFLINE_STYLE_IDS.countryLabels,
        maxzoom: COUNTRY_LABEL_MAX_ZOOM,
        layout: { ...textLayout, 'text-field': ['get', 'name'], 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14], 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 },
        paint: { 'text-color': OFFLINE_BASEMAP_COLORS.label, 'text-halo-color': OFFLINE_BASEMAP_COLORS.halo, 'text-halo-width': 1.2 },
      });
    }
  } else {
    // Without countries the land colour is the whole background, so zones still sit on `land`.
    layers[0] = { id: 'basemap-water', type: 'background', paint: { 'background-color': OFFLINE_BASEMAP_COLORS.land } };
  }

  if (settings.regions) {
    let parts;
    try {
      parts = regionLayerParts(settings.regions, {
        idPrefix: OFFLINE_STYLE_IDS.regions,
        nameField: settings.regionNameField,
        labelFont: settings.labelFont,
        attribution: settings.regionAttribution,
      });
    } catch (error) {
      throw new Error(`offlineStyle: ${(error as Error).message}`);
    }
    Object.assign(sources, parts.sources);
    layers.push(...parts.layers);
  }

  return { version: 8, name: 'cleared-land offline', ...(settings.glyphs ? { glyphs: settings.glyphs } : {}), sources, layers };
}

function countryFeatures(topology: Topology): FeatureCollection<Polygon | MultiPolygon> {
  const object = countriesObject(topology);
  return topologyFeature(topology, object) as FeatureCollection<Polygon | MultiPolygon>;
}

function countryBorders(topology: Topology): MultiLineString {
  // Only borders shared by two countries: coastlines come from the land fill meeting the water.
  return topologyMesh(topology, countriesObject(topology) as GeometryObject, (a, b) => a !== b);
}

function countriesObject(topology: Topology): GeometryCollection<GeoJsonProperties> {
  const object = topology.objects?.countries;
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(
      'offlineStyle: countries must be a TopoJSON topology with a `countries` GeometryCollection (the world-atlas layout); pass null to draw no countries',
    );
  }
  return object;
}
