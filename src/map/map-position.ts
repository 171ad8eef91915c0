import proj4 from 'proj4';
import type { Converter } from 'proj4';
import * as mgrsModule from 'mgrs';

/** A point on the map in the three forms field teams use. */
export interface MapPosition {
  /** WGS84 longitude and latitude, degrees. */
  longitude: number;
  latitude: number;
  /**
   * WGS 84 / UTM: zone number (1–60, with the Norway and Svalbard exceptions MGRS uses),
   * hemisphere, and easting/northing in metres (500 000 m false easting; 10 000 000 m false
   * northing in the south). null beyond 84° N and 80° S, where UTM is not defined.
   */
  utm: { zone: number; hemisphere: 'N' | 'S'; eastingMeters: number; northingMeters: number } | null;
  /** MGRS reference to 1 m (e.g. `38SNJ6454428770`); null where UTM is not defined. */
  mgrs: string | null;
}

const UTM_NORTH_LIMIT = 84;
const UTM_SOUTH_LIMIT = -80;
const MGRS_METRE_DIGITS = 5;
const projections = new Map<string, Converter>();

/**
 * Where a longitude/latitude is in UTM and MGRS. UTM comes from PROJ's transverse Mercator
 * (proj4js, the same `+proj=utm` PROJ uses), MGRS from the `mgrs` package; both put the point
 * in the same zone.
 *
 * @example
 * mapPosition(46.9274, 39.9931).utm; // { zone: 38, hemisphere: 'N', eastingMeters: 664544.3…, northingMeters: 4428770.4… }
 */
export function mapPosition(longitude: number, latitude: number): MapPosition {
  const wrapped = ((((longitude + 180) % 360) + 360) % 360) - 180;
  if (latitude > UTM_NORTH_LIMIT || latitude < UTM_SOUTH_LIMIT) return { longitude: wrapped, latitude, utm: null, mgrs: null };
  const zone = utmZone(wrapped, latitude);
  const hemisphere = latitude >= 0 ? 'N' : 'S';
  const [eastingMeters, northingMeters] = projection(zone, hemisphere).forward([wrapped, latitude]);
  let mgrs: string | null = null;
  try {
    mgrs = mgrsForward([wrapped, latitude], MGRS_METRE_DIGITS);
  } catch {
    // mgrs throws at the poles' edges it does not cover; the UTM figures still stand.
    mgrs = null;
  }
  return { longitude: wrapped, latitude, utm: { zone, hemisphere, eastingMeters, northingMeters }, mgrs };
}

/**
 * The UTM zone of a point: 6° bands from 180° W, widened for south-west Norway (32V) and
 * Svalbard (31X–37X), as MGRS numbers them.
 *
 * @example
 * utmZone(46.9, 40.0); // 38
 */
export function utmZone(longitude: number, latitude: number): number {
  let zone = Math.floor((longitude + 180) / 6) + 1;
  if (zone > 60) zone = 60;
  if (latitude >= 56 && latitude < 64 && longitude >= 3 && longitude < 12) zone = 32;
  if (latitude >= 72 && latitude < 84) {
    if (longitude >= 0 && longitude < 9) zone = 31;
    else if (longitude >= 9 && longitude < 21) zone = 33;
    else if (longitude >= 21 && longitude < 33) zone = 35;
    else if (longitude >= 33 && longitude < 42) zone = 37;
  }
  return zone;
}

/**
 * A position as the lines of a readout: degrees (5 decimals, about a metre), UTM and MGRS with
 * grouped digits as they are read out over a radio.
 *
 * @example
 * formatMapPosition(mapPosition(46.9274, 39.9931));
 * // { lonLat: '39.99310° N 46.92740° E', utm: '38N 664544 E 4428770 N', mgrs: '38S NJ 64544 28770' }
 */
export function formatMapPosition(position: MapPosition): { lonLat: string; utm: string | null; mgrs: string | null } {
  const { longitude, latitude, utm, mgrs } = position;
  const lonLat = `${Math.abs(latitude).toFixed(5)}° ${latitude >= 0 ? 'N' : 'S'} ${Math.abs(longitude).toFixed(5)}° ${longitude >= 0 ? 'E' : 'W'}`;
  const utmText = utm
    ? `${utm.zone}${utm.hemisphere} ${Math.floor(utm.eastingMeters)} E ${Math.floor(utm.northingMeters)} N`
    : null;
  const match = mgrs ? /^(\d{1,2}[A-Z])([A-Z]{2})(\d*)$/.exec(mgrs) : null;
  let mgrsText: string | null = mgrs;
  if (match) {
    const digits = match[3];
    const half = digits.length / 2;
    mgrsText = `${match[1]} ${match[2]} ${digits.slice(0, half)} ${digits.slice(half)}`;
  }
  return { lonLat, utm: utmText, mgrs: mgrsText };
}

function projection(zone: number, hemisphere: 'N' | 'S'): Converter {
  const key = `${zone}${hemisphere}`;
  let converter = projections.get(key);
  if (!converter) {
    converter = proj4('EPSG:4326', `+proj=utm +zone=${zone}${hemisphere === 'S' ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`);
    projections.set(key, converter);
  }
  return converter;
}

// mgrs ships ES modules to bundlers but CommonJS to Node, whose named exports Node's ESM loader
// cannot see (they come under `default`): take `forward` from whichever the loader gave.
const mgrsExports: Record<string, unknown> = mgrsModule;
const mgrsForward = (mgrsExports.forward ?? (mgrsExports.default as typeof mgrsModule).forward) as typeof mgrsModule.forward;
