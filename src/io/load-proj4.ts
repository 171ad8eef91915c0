import type proj4 from 'proj4';

/** The proj4 function, as `import proj4 from 'proj4'` gives it. */
export type Proj4 = typeof proj4;

let loaded: Proj4 | null = null;
let loading: Promise<Proj4> | null = null;

/**
 * Loads proj4 (with its WKT parser and MGRS, about 30 kB gzipped) the first time it is called and
 * resolves to it. Only files in a coordinate system other than WGS 84 need it, so cleared-land
 * imports it on demand: {@link loadZones}, {@link loadZonesStream} and {@link loadRegions} call this
 * themselves when a CRS other than WGS 84 is declared or given. Call it yourself before using
 * {@link reprojectFeatures}, or {@link resolveCrs} with a proj4 string or WKT, directly.
 *
 * @example
 * await loadProj4();
 * reprojectFeatures(features, 'EPSG:32638');
 */
export function loadProj4(): Promise<Proj4> {
  loading ??= import('proj4').then((module) => {
    loaded = module.default;
    return loaded;
  });
  return loading;
}

/**
 * proj4 if {@link loadProj4} has loaded it; otherwise throws an Error naming the caller and the
 * fix. For the synchronous functions that need proj4.
 *
 * @example
 * const converter = loadedProj4('reprojectFeatures')(definition, WGS84_DEFINITION);
 */
export function loadedProj4(caller: string): Proj4 {
  if (loaded === null) {
    throw new Error(`${caller}: proj4 is loaded on demand; call \`await loadProj4()\` first (loadZones, loadZonesStream and loadRegions do this themselves)`);
  }
  return loaded;
}
