import type { ValidationIssue } from '../validate/issue-codes.js';
import { parseIssue } from './parse-issue.js';

/**
 * Reads a GeoJSON file's legacy `crs` member (GeoJSON 2008): its `properties.name`, or
 * `EPSG:<code>` for the older `{"type": "EPSG"}` form; null when there is none. A member it cannot
 * read (a "link" CRS, a malformed object) is an `unsupported-crs` warning appended to `issues`,
 * and null: the coordinates may still be WGS 84.
 *
 * @param crs The value of the file's `crs` member (undefined when absent).
 * @param fileName Name of the file, for the message.
 * @param issues Where the warning goes.
 * @example
 * readLegacyCrs({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32638' } }, 'zones.geojson', []);
 * // 'urn:ogc:def:crs:EPSG::32638'
 */
export function readLegacyCrs(crs: unknown, fileName: string, issues: ValidationIssue[]): string | null {
  if (crs === undefined || crs === null) return null;
  const { type, properties } = (typeof crs === 'object' ? crs : {}) as { type?: unknown; properties?: Record<string, unknown> };
  if (type === 'name' && typeof properties?.name === 'string' && properties.name.trim() !== '') {
    return properties.name.trim();
  }
  const code = properties?.code;
  if (type === 'EPSG' && (typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code)))) {
    return `EPSG:${code}`;
  }
  // A "link" CRS or a malformed member: the coordinates may still be fine, so warn, not reject.
  issues.push(
    parseIssue(
      'unsupported-crs',
      null,
      `${fileName} has a "crs" member cleared-land cannot read (${preview(crs)}), so it was ignored; if the coordinates are not WGS 84 longitude/latitude, give the CRS, e.g. --crs EPSG:32638.`,
      { severity: 'warning' },
    ),
  );
  return null;
}

// Enough of the member to recognise it.
const PREVIEW_CHARACTERS = 80;

// JSON.stringify recurses, and a member can be nested deeper than the call stack allows.
function preview(crs: unknown): string {
  try {
    return (JSON.stringify(crs) ?? String(crs)).slice(0, PREVIEW_CHARACTERS);
  } catch {
    return Array.isArray(crs) ? 'a deeply nested array' : 'a deeply nested object';
  }
}
