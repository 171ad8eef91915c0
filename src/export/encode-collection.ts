import type { FeatureCollection, MultiPolygon } from 'geojson';
import { writeGeoPackage } from './write-geopackage.js';
import { writeKml } from './write-kml.js';
import { writeZippedShapefile } from './write-zipped-shapefile.js';

/** The file formats cleared-land exports: GeoJSON, a zipped shapefile, KML (Google Earth) and GeoPackage. */
export const EXPORT_FORMATS = ['geojson', 'shp', 'kml', 'gpkg'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file name extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  geojson: '.geojson',
  shp: '.zip',
  kml: '.kml',
  gpkg: '.gpkg',
};

/**
 * A FeatureCollection of (Multi)Polygons encoded in one export format, as the bytes of the file:
 * GeoJSON (RFC 7946), a zipped polygon shapefile with .prj and UTF-8 .cpg, KML 2.2, or a
 * GeoPackage 1.3 table. `layerName` names the shapefile's files and the GeoPackage table.
 *
 * @example
 * const bytes = await encodeCollection(outcomeCollection(outcomes, 'cleared'), 'shp', { layerName: 'cleared' });
 */
export async function encodeCollection(
  collection: FeatureCollection<MultiPolygon | null>,
  format: ExportFormat,
  options: { layerName: string },
): Promise<Uint8Array> {
  switch (format) {
    case 'geojson':
      return new TextEncoder().encode(`${JSON.stringify(collection)}\n`);
    case 'kml':
      return new TextEncoder().encode(writeKml(collection));
    case 'shp':
      return writeZippedShapefile(collection, { layerName: options.layerName });
    case 'gpkg':
      return writeGeoPackage(collection, { layerName: options.layerName });
  }
}
