import type { ZoneFeature } from '../zones/zone.js';
import type { ValidationIssue } from '../validate/issue-codes.js';

/** The formats cleared-land reads. */
export type InputFormat = 'geojson' | 'geojson-seq' | 'kml' | 'gpx' | 'shapefile' | 'geopackage' | 'flatgeobuf' | 'csv';

/** What loading a file of zones gives: the accepted zones and every problem found. */
export interface LoadResult {
  /** Name of the file or URL, used in messages. */
  fileName: string;
  /** The format the input was read as; null when it could not be read at all. */
  format: InputFormat | null;
  /** Accepted zones, valid WGS84 Polygons/MultiPolygons with normalised properties, in input order. */
  zones: ZoneFeature[];
  /** Every issue, in input order; whole-file issues first. */
  issues: ValidationIssue[];
  /** Number of features accepted (= zones.length). */
  accepted: number;
  /** Number of features rejected; accepted + rejected = features in the input. */
  rejected: number;
}
