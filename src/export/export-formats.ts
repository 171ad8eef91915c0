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
