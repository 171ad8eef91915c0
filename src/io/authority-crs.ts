import { resolveCrs } from './resolve-crs.js';

/**
 * The CRS a binary GIS file declares (a GeoPackage's `gpkg_spatial_ref_sys` row, a FlatGeobuf
 * header's `crs`), as a code {@link resolveCrs} reads: `EPSG:<code>` when the authority is EPSG
 * and cleared-land knows the code, else the file's own WKT definition when proj4 can read it,
 * else `EPSG:<code>` (or the WKT) as written, so that loading rejects the features with an
 * `unsupported-crs` error naming it rather than reading metres as degrees. Null for WGS 84
 * longitude/latitude and for the "undefined" systems GeoPackage reserves (srs_id 0 and −1), whose
 * coordinates validation still checks for metres. A WKT definition is judged with proj4, so call
 * `await loadProj4()` first (the GeoPackage and FlatGeobuf readers do).
 *
 * @param organisation The authority, e.g. `'EPSG'` (any case); null when the file gives none.
 * @param code The authority's code, e.g. 32638; 0 or negative when none.
 * @param definition The file's WKT definition; null or `'undefined'` when none.
 * @example
 * authorityCrs('EPSG', 32638, 'PROJCS["WGS 84 / UTM zone 38N",…]'); // 'EPSG:32638'
 * authorityCrs('EPSG', 4326, null); // null
 */
export function authorityCrs(organisation: string | null, code: number, definition: string | null): string | null {
  const isEpsg = organisation !== null && organisation.trim().toUpperCase() === 'EPSG' && code > 0;
  if (isEpsg && code === WGS84_CODE) return null;
  const wkt = definition !== null && definition.trim() !== '' && definition.trim().toLowerCase() !== 'undefined' ? definition.trim() : null;
  const epsg = isEpsg ? `EPSG:${code}` : null;
  if (epsg !== null && resolves(epsg)) return epsg;
  if (wkt !== null && resolves(wkt)) return wkt;
  return epsg ?? wkt;
}

const WGS84_CODE = 4326;

function resolves(crs: string): boolean {
  try {
    resolveCrs(crs);
    return true;
  } catch {
    return false;
  }
}
