import { ISSUE_CODES } from '../../src/validate/issue-codes.js';
import type { ValidationIssue } from '../../src/validate/issue-codes.js';
import type { LoadResult } from '../../src/io/load-result.js';
import type { ZoneFeature } from '../../src/zones/zone.js';
import { ZONE_STATUSES } from '../../src/zones/zone.js';

// What every result must satisfy, whatever the input: the guarantees the hardening notes promise.
// Each check throws an Error saying what broke, so fast-check can shrink to the smallest input.

const SEVERITIES = new Set(['error', 'warning', 'info']);
const CODES = new Set<string>(ISSUE_CODES);

/**
 * Every issue has a known code, a severity, a non-empty message naming the file, and a feature index
 * that is null (whole file) or a whole number below `featureCount` (when known).
 *
 * @example
 * checkIssues(result.issues, 'zones.geojson', 3);
 */
export function checkIssues(issues: readonly ValidationIssue[], fileName: string, featureCount: number | null): void {
  for (const issue of issues) {
    const where = `issue ${JSON.stringify(issue).slice(0, 300)}`;
    if (!CODES.has(issue.code)) throw new Error(`${where}: code is not in ISSUE_CODES`);
    if (!SEVERITIES.has(issue.severity)) throw new Error(`${where}: bad severity`);
    if (typeof issue.message !== 'string' || issue.message.trim() === '') throw new Error(`${where}: empty message`);
    if (!issue.message.includes(fileName)) throw new Error(`${where}: the message does not name the file ${fileName}`);
    if (issue.feature !== null) {
      if (!Number.isSafeInteger(issue.feature) || issue.feature < 0) throw new Error(`${where}: feature is not an index`);
      if (featureCount !== null && issue.feature >= featureCount) throw new Error(`${where}: feature index beyond ${featureCount} features`);
    }
    if (issue.id !== null && typeof issue.id !== 'string') throw new Error(`${where}: id is neither a string nor null`);
  }
}

/**
 * A load result's counts agree with its zones and issues: accepted = zones.length; accepted +
 * rejected = `featureCount` when the input's feature count is known; a file that could not be read
 * (a whole-file error) has no zones; every rejected feature has an error issue, and no accepted
 * one has. `silentRejections`: entries rejected without an issue of their own (validateFeatures'
 * null entries, whose parse issue is the reader's).
 *
 * @example
 * checkLoadResult(await loadZones(bytes, { fileName: 'x.geojson' }), 'x.geojson', 3);
 */
export function checkLoadResult(result: LoadResult, fileName: string, featureCount: number | null, silentRejections = 0): void {
  const total = result.accepted + result.rejected;
  checkIssues(result.issues, fileName, featureCount ?? total);
  if (result.accepted !== result.zones.length) throw new Error(`accepted ${result.accepted} but ${result.zones.length} zones`);
  if (!Number.isSafeInteger(result.rejected) || result.rejected < 0) throw new Error(`rejected is ${result.rejected}`);
  if (featureCount !== null && total !== featureCount) {
    throw new Error(`accepted ${result.accepted} + rejected ${result.rejected} ≠ ${featureCount} features in the input`);
  }
  const unreadable = result.issues.some((issue) => issue.feature === null && issue.severity === 'error');
  const rejectedIndexes = new Set(result.issues.filter((issue) => issue.severity === 'error' && issue.feature !== null).map((issue) => issue.feature));
  const acceptedIndexes = new Set(result.zones.map((zone) => zone.properties.featureIndex));
  if (acceptedIndexes.size !== result.zones.length) throw new Error('two zones have the same featureIndex');
  for (const index of acceptedIndexes) {
    if (rejectedIndexes.has(index)) throw new Error(`feature ${index} was accepted but has an error issue`);
    if (index >= total) throw new Error(`zone featureIndex ${index} beyond ${total} features`);
  }
  if (!unreadable && rejectedIndexes.size + silentRejections !== result.rejected) {
    throw new Error(`${result.rejected} features rejected but ${rejectedIndexes.size} have an error issue`);
  }
  for (const zone of result.zones) checkZone(zone);
}

/**
 * An accepted zone is what LoadResult promises: a Polygon or MultiPolygon of closed rings of at
 * least 4 two-number positions, finite and within longitude/latitude, without consecutive
 * repeats; a known status; counts that are whole numbers ≥ 0.
 *
 * @example
 * result.zones.forEach(checkZone);
 */
export function checkZone(zone: ZoneFeature): void {
  const where = `zone of feature ${zone.properties.featureIndex}`;
  const { geometry, properties } = zone;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (polygons === null || polygons.length === 0) throw new Error(`${where}: geometry ${geometry.type} is not a non-empty (Multi)Polygon`);
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) throw new Error(`${where}: a polygon has no rings`);
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) throw new Error(`${where}: a ring has fewer than 4 positions`);
      for (let i = 0; i < ring.length; i++) {
        const position = ring[i];
        if (!Array.isArray(position) || position.length !== 2) throw new Error(`${where}: position ${JSON.stringify(position)} is not [lon, lat]`);
        const [x, y] = position;
        if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
          throw new Error(`${where}: position [${x}, ${y}] is not a finite longitude/latitude`);
        }
        if (i > 0 && x === ring[i - 1][0] && y === ring[i - 1][1]) throw new Error(`${where}: position ${i} repeats the one before`);
      }
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) throw new Error(`${where}: a ring is not closed`);
    }
  }
  if (!(ZONE_STATUSES as readonly string[]).includes(properties.status)) throw new Error(`${where}: status ${properties.status}`);
  for (const count of [properties.apMines, properties.atMines, properties.uxo, properties.otherItems]) {
    if (!Number.isSafeInteger(count) || count < 0) throw new Error(`${where}: item count ${count}`);
  }
  if (properties.reportedAreaM2 !== null && !(Number.isFinite(properties.reportedAreaM2) && properties.reportedAreaM2 > 0)) {
    throw new Error(`${where}: reportedAreaM2 ${properties.reportedAreaM2}`);
  }
  for (const date of [properties.startDate, properties.endDate]) {
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${where}: date ${date}`);
  }
}

/**
 * How many features a document holds, as loading must count them, or null when that is not
 * knowable from the value alone.
 *
 * @example
 * expectedFeatureCount({ type: 'FeatureCollection', features: [a, b] }); // 2
 */
export function expectedFeatureCount(document: unknown): number | null {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return 0;
  const { type, features } = document as { type?: unknown; features?: unknown };
  if (type === 'FeatureCollection') return Array.isArray(features) ? features.length : 0;
  if (type === 'Feature' || GEOMETRY_TYPES.has(type as string)) return 1;
  return 0;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
