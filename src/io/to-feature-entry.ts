import type { ValidationIssue } from '../validate/issue-codes.js';
import { parseIssue } from './parse-issue.js';

/** GeoJSON geometry types (RFC 7946 §1.4); a bare geometry of one of these is wrapped in a Feature. */
export const GEOMETRY_TYPES: readonly string[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/** One entry of the input as a feature, or null with the reason it could not be one. */
export interface FeatureEntry {
  /** The Feature object (the input's own object, or a new Feature around a bare geometry); null when unusable. */
  feature: unknown | null;
  /** Why `feature` is null. */
  issue: ValidationIssue | null;
}

/**
 * Turns one entry of a FeatureCollection or one record of a text sequence into a Feature: a
 * Feature object is passed through untouched (validation judges its geometry and properties), a
 * bare geometry is wrapped as `{type: 'Feature', properties: {}, geometry}`, and anything else is
 * a `not-geojson` error for that entry.
 *
 * @param value The parsed JSON of the entry.
 * @param index 0-based index of the entry among the file's features.
 * @param fileName Name of the file, for the message.
 * @param where Extra place in the file for the message, e.g. `'line 5'`; empty for none.
 * @example
 * toFeatureEntry({ type: 'Polygon', coordinates: [] }, 0, 'zones.geojson', '').feature;
 * // { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } }
 */
export function toFeatureEntry(value: unknown, index: number, fileName: string, where: string): FeatureEntry {
  const at = `${fileName}, feature ${index}${where ? ` (${where})` : ''}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      feature: null,
      issue: parseIssue(
        'not-geojson',
        index,
        `${at} is ${describeJson(value)}, not a Feature object; replace it with {"type": "Feature", "geometry": …, "properties": {…}} or remove it.`,
      ),
    };
  }
  const type = (value as { type?: unknown }).type;
  if (type === 'Feature') return { feature: value, issue: null };
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type)) {
    return { feature: { type: 'Feature', properties: {}, geometry: value }, issue: null };
  }
  const found = type === undefined ? 'an object without a "type" member' : `an object with "type": ${JSON.stringify(type)}`;
  return {
    feature: null,
    issue: parseIssue(
      'not-geojson',
      index,
      `${at} is ${found}, not a Feature; give it "type": "Feature" with "geometry" and "properties", or remove it.`,
      { id: idOf(value) },
    ),
  };
}

/**
 * Says what kind of JSON value something is, with a short preview, for messages.
 *
 * @example
 * describeJson(42); // 'a JSON number (42)'
 */
export function describeJson(value: unknown): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return `a JSON array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a JSON object';
  const preview = JSON.stringify(value);
  const shown = preview.length > PREVIEW_CHARACTERS ? `${preview.slice(0, PREVIEW_CHARACTERS)}…` : preview;
  return `a JSON ${typeof value} (${shown})`;
}

// Enough of a stray value to recognise it in the file, short enough for one line of a report.
const PREVIEW_CHARACTERS = 40;

function idOf(value: object): string | null {
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
