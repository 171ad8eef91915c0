// shpjs 6 ships no types; this declares the one function cleared-land uses.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';

  /** A layer read from one shapefile in the zip; `fileName` is its path without `.shp`. */
  export type ShapefileLayer = FeatureCollection & { fileName: string };

  /**
   * Reads every shapefile (and .json file) in a zip, reprojecting each layer to WGS 84 with proj4
   * when it has a .prj. One layer comes back bare, several as an array.
   */
  export function parseZip(buffer: Uint8Array | ArrayBuffer, whiteList?: string[]): Promise<ShapefileLayer | ShapefileLayer[]>;
}
