import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ExportFormat } from './export-formats.js';

export { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from './export-formats.js';

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
    // Each writer loads when its format is asked for: a page that shows figures needs none of them.
    case 'kml': {
      const { writeKml } = await import('./write-kml.js');
      return new TextEncoder().encode(writeKml(collection));
    }
    case 'shp': {
      const { writeZippedShapefile } = await import('./write-zipped-shapefile.js');
      return writeZippedShapefile(collection, { layerName: options.layerName });
    }
    case 'gpkg': {
      const { writeGeoPackage } = await import('./write-geopackage.js');
      return writeGeoPackage(collection, { layerName: options.layerName });
    }
  }
}
