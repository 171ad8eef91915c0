import { loadedProj4 } from './load-proj4.js';

/** The proj4 definition of WGS 84 longitude/latitude (EPSG:4326), the CRS of GeoJSON. */
export const WGS84_DEFINITION = '+proj=longlat +datum=WGS84 +no_defs';

/**
 * The datum shift used for Pulkovo 1942 (Krassowsky ellipsoid): EPSG transformation 15865,
 * "Pulkovo 1942 to WGS 84 (16)", accuracy 4.5 m, in proj4's position-vector convention. It is the
 * one PROJ 9 chooses inside Azerbaijan (and across the former USSR); the GOST 2008 values
 * (23.92,-141.27,-80.9,0,0.35,0.82,-0.12) found in older EPSG exports differ by about 2.9 m there.
 * test/fixtures/make-crs-definitions.py reads it back from PROJ.
 */
export const PULKOVO_1942_TOWGS84 = '25,-141,-78.5,0,0.35,0.736,0';

/**
 * Turns a coordinate reference system, as a user or a file writes it, into a proj4 definition.
 *
 * Known codes, in any of the forms `EPSG:32638`, `EPSG::32638`, `32638`,
 * `urn:ogc:def:crs:EPSG::32638` (with or without a version), `http://www.opengis.net/def/crs/EPSG/0/32638`,
 * case-insensitively:
 * - WGS 84: EPSG:4326 and `urn:ogc:def:crs:OGC:1.3:CRS84` (both read as longitude, latitude, as
 *   GeoJSON files write them whatever the code's official axis order);
 * - Web Mercator: EPSG:3857 (and its aliases 900913, 3785, 102100, 102113);
 * - every WGS 84 / UTM zone: EPSG:32601–32660 (north) and EPSG:32701–32760 (south);
 * - Pulkovo 1942: EPSG:4284 and its Gauss-Kruger zones EPSG:28404–28432, with the datum shift
 *   `PULKOVO_1942_TOWGS84`.
 *
 * Anything starting with `+` (a proj4 string) or a WKT keyword such as `PROJCS[` or `PROJCRS[` is
 * checked by proj4 and returned as given; proj4 must be loaded for these (`await loadProj4()`;
 * the loaders do this themselves). Codes need no proj4.
 *
 * @param code The CRS as written, e.g. `'EPSG:32638'`.
 * @returns A proj4 definition string.
 * @throws Error naming the code and listing what is known, when the code is unknown, or naming
 *   proj4's complaint when a proj4 string or WKT cannot be parsed.
 * @example
 * resolveCrs('urn:ogc:def:crs:EPSG::32638'); // '+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs'
 */
export function resolveCrs(code: string): string {
  if (typeof code !== 'string') {
    throw new Error(`resolveCrs: code must be a string such as 'EPSG:32638'; got ${code === null ? 'null' : typeof code}`);
  }
  const text = code.trim();
  if (text.startsWith('+') || WKT_START.test(text)) {
    const proj4 = loadedProj4('resolveCrs');
    try {
      proj4(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `cannot use coordinate reference system '${code}': proj4 cannot read it (${reason}); check the definition, e.g. at https://epsg.io`,
        { cause: error },
      );
    }
    return text;
  }
  const number = epsgNumber(text);
  const definition = number === null ? undefined : definitionOf(number);
  if (definition === undefined) {
    throw new Error(
      `unknown coordinate reference system '${code}': cleared-land knows WGS 84 (EPSG:4326), Web Mercator (EPSG:3857), every WGS 84 / UTM zone (EPSG:326xx north, 327xx south) and Pulkovo 1942 (EPSG:4284, 284xx); pass a proj4 definition instead, e.g. --crs '+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs'`,
    );
  }
  return definition;
}

/**
 * Whether a CRS code names WGS 84 longitude/latitude (EPSG:4326 or CRS84, in any form
 * {@link resolveCrs} accepts), so coordinates need no reprojection. Never throws: anything else,
 * including unknown codes and proj4 strings, is false.
 *
 * @example
 * isWgs84Crs('urn:ogc:def:crs:OGC:1.3:CRS84'); // true
 * isWgs84Crs('EPSG:32638'); // false
 */
export function isWgs84Crs(code: string): boolean {
  return typeof code === 'string' && epsgNumber(code.trim()) === WGS84;
}

const WGS84 = 4326;
const WEB_MERCATOR = 3857;
const WEB_MERCATOR_ALIASES = [900913, 3785, 102100, 102113];
const PULKOVO_1942 = 4284;
const UTM_NORTH = 32600;
const UTM_SOUTH = 32700;
const UTM_ZONES = 60;
const PULKOVO_GK = 28400;
const PULKOVO_GK_FIRST_ZONE = 4;
const PULKOVO_GK_LAST_ZONE = 32;
// Gauss-Kruger zones are 6° wide; zone n is centred on 6n − 3 degrees (wrapped into −180…180,
// so zone 32 is centred on −171) and its false easting carries the zone number in the millions:
// n·1,000,000 + 500,000 m.
const GK_ZONE_DEGREES = 6;
const GK_ZONE_EASTING_METERS = 1_000_000;
const GK_FALSE_EASTING_METERS = 500_000;

// Keywords that open a WKT 1 or WKT 2 definition.
const WKT_START = /^(PROJCS|GEOGCS|GEOCCS|COMPD_CS|PROJCRS|GEOGCRS|GEODCRS|BOUNDCRS|COMPOUNDCRS|PROJECTEDCRS|GEODETICCRS)\s*\[/i;

// OGC's names for WGS 84 longitude/latitude, which have no EPSG number.
const CRS84 = /^(?:urn:(?:x-)?ogc:def:crs:ogc:(?:1\.3)?:crs84|ogc:crs84|crs84|https?:\/\/www\.opengis\.net\/def\/crs\/ogc\/1\.3\/crs84)$/i;

const EPSG_CODE = /^(?:epsg::?|urn:(?:x-)?ogc:def:crs:epsg:(?:[\d.]*:)?|https?:\/\/www\.opengis\.net\/def\/crs\/epsg\/[\d.]+\/)?(\d+)$/i;

// The EPSG number in 'EPSG:n', 'EPSG::n', 'n', 'urn:ogc:def:crs:EPSG:[version]:n' or the OGC URL.
function epsgNumber(text: string): number | null {
  if (CRS84.test(text)) return WGS84;
  const match = EPSG_CODE.exec(text);
  return match ? Number(match[1]) : null;
}

function definitionOf(number: number): string | undefined {
  if (number === WGS84) return WGS84_DEFINITION;
  if (number === WEB_MERCATOR || WEB_MERCATOR_ALIASES.includes(number)) {
    return '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs';
  }
  if (number > UTM_NORTH && number <= UTM_NORTH + UTM_ZONES) {
    return `+proj=utm +zone=${number - UTM_NORTH} +datum=WGS84 +units=m +no_defs`;
  }
  if (number > UTM_SOUTH && number <= UTM_SOUTH + UTM_ZONES) {
    return `+proj=utm +zone=${number - UTM_SOUTH} +south +datum=WGS84 +units=m +no_defs`;
  }
  if (number === PULKOVO_1942) return `+proj=longlat +ellps=krass +towgs84=${PULKOVO_1942_TOWGS84} +no_defs`;
  const zone = number - PULKOVO_GK;
  if (zone >= PULKOVO_GK_FIRST_ZONE && zone <= PULKOVO_GK_LAST_ZONE) {
    const centralMeridian = ((GK_ZONE_DEGREES * zone - GK_ZONE_DEGREES / 2 + 180) % 360) - 180;
    const falseEasting = zone * GK_ZONE_EASTING_METERS + GK_FALSE_EASTING_METERS;
    return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=krass +towgs84=${PULKOVO_1942_TOWGS84} +units=m +no_defs`;
  }
  return undefined;
}
