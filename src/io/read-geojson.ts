import type { ValidationIssue } from '../validate/issue-codes.js';
import type { ParsedInput } from './parse-input.js';
import { parseIssue } from './parse-issue.js';
import { describeJson, GEOMETRY_TYPES, toFeatureEntry } from './to-feature-entry.js';
import { readLegacyCrs } from './read-legacy-crs.js';

/**
 * Reads a parsed JSON document as GeoJSON: a FeatureCollection, a single Feature or a bare
 * geometry (wrapped in a Feature). Entries of a FeatureCollection that are not Feature objects
 * are `not-geojson` errors for their index and are kept as null, so that counts stay right.
 * A legacy `crs` member (GeoJSON 2008) becomes `declaredCrs`: its `properties.name`, or
 * `EPSG:<code>` for the older `{"type": "EPSG"}` form.
 *
 * @param value The result of `JSON.parse` on the whole file.
 * @param fileName Name of the file, for messages.
 * @example
 * readGeoJson({ type: 'Polygon', coordinates: [[[46, 40], [46.1, 40], [46, 40.1], [46, 40]]] }, 'zone.json').features.length; // 1
 */
export function readGeoJson(value: unknown, fileName: string): ParsedInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const hint = Array.isArray(value)
      ? ' If its items are features, wrap them: {"type": "FeatureCollection", "features": [ … ]}.'
      : '';
    return notGeoJson(`${fileName} holds ${describeJson(value)}, not a GeoJSON object.${hint}`);
  }
  const object = value as Record<string, unknown>;
  const type = object.type;
  if (typeof type !== 'string') {
    const keys = Object.keys(object);
    const listed = keys.length === 0 ? 'it is empty' : `its members are ${keys.slice(0, LISTED_KEYS).map((key) => JSON.stringify(key)).join(', ')}${keys.length > LISTED_KEYS ? ', …' : ''}`;
    const hint = Array.isArray(object.features)
      ? 'It has a "features" array: add "type": "FeatureCollection".'
      : 'GeoJSON needs "type": "FeatureCollection", "Feature" or a geometry type.';
    return notGeoJson(`${fileName} holds a JSON object without a "type" member (${listed}). ${hint}`);
  }
  if (type === 'Topology') {
    return notGeoJson(
      `${fileName} is TopoJSON, not GeoJSON; convert it first (topojson-client's feature(), or mapshaper -o format=geojson).`,
    );
  }

  const issues: ValidationIssue[] = [];
  const declaredCrs = readLegacyCrs(object.crs, fileName, issues);
  if (type === 'FeatureCollection') {
    const entries = object.features;
    if (!Array.isArray(entries)) {
      return notGeoJson(
        `${fileName} is a FeatureCollection whose "features" is ${entries === undefined ? 'missing' : describeJson(entries)}; it must be an array of Feature objects.`,
      );
    }
    if (entries.length === 0) {
      return { format: 'geojson', features: [], declaredCrs, reprojected: false, issues: [...issues, parseIssue('empty', null, `${fileName} is a FeatureCollection with no features; there is nothing to measure.`)] };
    }
    const features = entries.map((entry, index) => {
      const { feature, issue } = toFeatureEntry(entry, index, fileName, '');
      if (issue) issues.push(issue);
      return feature;
    });
    return { format: 'geojson', features, declaredCrs, reprojected: false, issues };
  }
  if (type === 'Feature') return { format: 'geojson', features: [object], declaredCrs, reprojected: false, issues };
  if (GEOMETRY_TYPES.includes(type)) {
    return { format: 'geojson', features: [{ type: 'Feature', properties: {}, geometry: object }], declaredCrs, reprojected: false, issues };
  }
  return notGeoJson(
    `${fileName} has "type": ${JSON.stringify(type)}, which is not a GeoJSON type; expected "FeatureCollection", "Feature" or a geometry type such as "Polygon".`,
  );
}

// Enough member names to recognise what the object is.
const LISTED_KEYS = 5;

function notGeoJson(message: string): ParsedInput {
  return { format: null, features: [], declaredCrs: null, reprojected: false, issues: [parseIssue('not-geojson', null, message)] };
}
