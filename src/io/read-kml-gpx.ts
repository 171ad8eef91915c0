import type { Feature, Geometry } from 'geojson';
import type { ParsedInput } from './parse-input.js';
import { nothingRead, parseIssue } from './parse-issue.js';
import { closedLinesToPolygons } from './closed-lines-to-polygons.js';

/**
 * Reads KML or GPX text into features with @tmcw/togeojson, telling the two apart by the root
 * element (`<kml>` or `<gpx>`). Parses the XML with the platform's `DOMParser` where there is one
 * (browsers) and with @xmldom/xmldom elsewhere (Node), loaded only when needed.
 *
 * Every KML Placemark and every GPX track, route and waypoint is one feature, in document order.
 * Closed lines become polygons (see {@link closedLinesToPolygons}); Points stay Points, and
 * Placemarks without geometry keep a null geometry, for validation to report. KML `ExtendedData`
 * and GPX names and descriptions become properties.
 *
 * Whole-file errors: XML that is not well-formed, or XML that is neither KML nor GPX, is
 * `unreadable-file`; a document without features is `empty`.
 *
 * @param text The whole file, already decoded; it starts with `<`.
 * @param fileName Name of the file, for messages.
 * @example
 * const parsed = await readKmlOrGpx(gpxText, 'walk.gpx');
 * parsed.format; // 'gpx'
 */
export async function readKmlOrGpx(text: string, fileName: string): Promise<ParsedInput> {
  const document = await parseXml(text);
  if (typeof document === 'string') {
    return nothingRead('unreadable-file', `${fileName} looks like XML but is not well-formed (${document}); export it again as KML or GPX.`);
  }
  const root = document.documentElement;
  const rootName = root ? (root.localName ?? root.nodeName) : '';
  if (rootName !== 'kml' && rootName !== 'gpx') {
    return nothingRead(
      'unreadable-file',
      `${fileName} is XML whose root element is <${rootName}>, neither KML (<kml>) nor GPX (<gpx>); export the zones as KML, GPX, GeoJSON or a zipped shapefile.`,
    );
  }

  const { kml, gpx } = await import('@tmcw/togeojson');
  const collection = rootName === 'kml' ? kml(document) : gpx(document);
  const features = collection.features.map(
    (feature: Feature<Geometry | null>): Feature<Geometry | null> => ({ ...feature, geometry: closedLinesToPolygons(feature.geometry) }),
  );
  if (features.length === 0) {
    const what = rootName === 'kml' ? 'no Placemarks' : 'no tracks, routes or waypoints';
    return { format: rootName, features: [], declaredCrs: null, reprojected: false, issues: [parseIssue('empty', null, `${fileName} holds ${what}; there is nothing to measure.`)] };
  }
  return { format: rootName, features, declaredCrs: null, reprojected: false, issues: [] };
}

// Returns the document, or the parser's complaint as a string.
async function parseXml(text: string): Promise<Document | string> {
  if (typeof globalThis.DOMParser === 'function') {
    const document = new globalThis.DOMParser().parseFromString(text, 'application/xml');
    // Browsers do not throw: they return a document holding a <parsererror> element instead.
    const error = document.getElementsByTagName('parsererror')[0];
    return error ? (error.textContent ?? 'parser error').trim().split('\n')[0] : document;
  }
  const { DOMParser } = await import('@xmldom/xmldom');
  try {
    const parser = new DOMParser({
      // Stop at errors, as browsers do, and keep xmldom from printing to the console.
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    return parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    return String((error as Error).message ?? error).trim().split('\n')[0];
  }
}
