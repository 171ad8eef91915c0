import { createFieldLookup } from '../zones/create-field-lookup.js';
import type { FieldMap } from '../zones/field-map.js';
import { createFileDateOrder, dropHeldDates, keepHeldDates, settleFileDateOrder } from '../zones/file-date-order.js';
import type { FileDateOrder } from '../zones/file-date-order.js';
import { DATE_ORDERS } from '../zones/normalise-date.js';
import type { DateOrder } from '../zones/normalise-date.js';
import { normaliseProperties } from '../zones/normalise-properties.js';
import { normaliseStatus } from '../zones/normalise-status.js';
import { readZoneId } from '../zones/read-zone-id.js';
import type { ZoneFeature, ZoneStatus } from '../zones/zone.js';
import type { ValidationIssue } from './issue-codes.js';
import { REPAIR_READINGS, repairGeometry } from './repair-geometry.js';
import type { RepairReading } from './repair-geometry.js';
import { reportIssue } from './report-issue.js';
import type { FeatureContext } from './report-issue.js';

/** Options of {@link validateFeatures}. */
export interface ValidateOptions {
  /** Name of the file or URL the features came from; every message starts with it. */
  fileName: string;
  /** The CRS the features were converted from (the user's, or the file's crs member), or null when read as longitude/latitude. */
  crs: string | null;
  /** Which column holds each zone property, for columns not found under the default aliases. */
  fieldMap: FieldMap;
  /** The file's own status spellings, e.g. { 'Closed - Cleared': 'cleared' }; they win over the built-in synonyms. */
  statusValues: Record<string, ZoneStatus>;
  /**
   * Index in the whole input of `features[0]`, when the features come in batches (a streamed file):
   * issues and `featureIndex` count from it.
   */
  firstIndex: number;
  /**
   * Ids of accepted zones seen so far, each with the index of the first zone that used it. Pass the
   * same map with every batch of a file so that `duplicate-id` finds duplicates across batches; it
   * is filled in as zones are accepted. Null: a fresh map, so `features` is the whole input.
   */
  seenIds: Map<string, number> | null;
  /**
   * How the file writes dates whose year is last: `dmy` (25/05/2024), `mdy` (05/25/2024) or `ymd`
   * (the year comes first; year-last dates are refused). Null: the file settles it, and dates it
   * leaves ambiguous get one `ambiguous-date` warning (see {@link settleFileDateOrder}).
   */
  dateOrder: DateOrder | null;
  /**
   * The file's dates so far, shared by the batches of a streamed file like `seenIds`: make it with
   * `createFileDateOrder(dateOrder)`, and after the last batch call `settleFileDateOrder` to fill
   * in ambiguous dates (zone places count this file's accepted zones from 0). Null: a fresh record,
   * settled at the end of this call, so `features` is the whole file.
   */
  fileDates: FileDateOrder | null;
  /**
   * Which reading of a broken outline is counted where the non-zero and linework readings differ
   * by more than 1 % (`ambiguous-repair`); see `repairGeometry`.
   */
  repair: RepairReading;
}

/** Defaults for {@link ValidateOptions}. */
export const defaultValidateOptions: ValidateOptions = {
  // Shown in messages when the caller does not name the source.
  fileName: 'input',
  // Coordinates are longitude/latitude (RFC 7946).
  crs: null,
  // Every property is found under its default aliases.
  fieldMap: {},
  // Only the built-in status synonyms.
  statusValues: {},
  // The features are the whole input, or its first batch.
  firstIndex: 0,
  // Duplicate ids are looked for within this call only.
  seenIds: null,
  // The file settles its own date order.
  dateOrder: null,
  // The features are the whole file: its dates are settled at the end of the call.
  fileDates: null,
  // The reading cleared-land has always counted; see defaultRepairGeometryOptions.
  repair: 'nonzero',
};

/** Accepted zones and every issue found, in input order. */
export interface ValidationResult {
  /** Valid WGS84 Polygon/MultiPolygon zones with normalised properties, in input order. */
  zones: ZoneFeature[];
  /** Issues of every severity; a feature with an `error` is not among the zones. */
  issues: ValidationIssue[];
}

/**
 * Turns raw GeoJSON Features into zones: checks and repairs each geometry (`repairGeometry`),
 * normalises its properties (`normaliseProperties`), and flags ids used by more than one
 * accepted zone (`duplicate-id` warning on the later one; both are kept). An entry that is not a
 * GeoJSON Feature is rejected (`not-geojson`); null entries, which the parser already reported, are
 * skipped silently. Every input entry either becomes a zone or is rejected, so
 * `zones.length + rejected = features.length`. Bad data never throws; bad options do.
 *
 * A large input can be validated in batches (as `loadZonesStream` does): give each call the
 * batch's `firstIndex` and the same `seenIds` map, and the results are those of one call on the
 * whole input, concatenated.
 *
 * Accepted geometries share unchanged coordinate arrays with the input, and `properties.source` is
 * the input's own properties object: treat both as read-only.
 *
 * @example
 * const { zones, issues } = validateFeatures(collection.features, {
 *   fileName: 'zones.geojson',
 *   fieldMap: { status: 'Hazard_Typ' },
 *   statusValues: { 'Closed - Cleared': 'cleared' },
 * });
 * // In batches of 1,000 features, with duplicate ids found across batches:
 * const seenIds = new Map<string, number>();
 * const first = validateFeatures(features.slice(0, 1000), { fileName: 'zones.geojson', seenIds });
 * const second = validateFeatures(features.slice(1000, 2000), { fileName: 'zones.geojson', seenIds, firstIndex: 1000 });
 */
export function validateFeatures(
  features: Array<unknown | null>,
  options: Partial<ValidateOptions> = {},
): ValidationResult {
  const { fileName, crs, fieldMap, statusValues, firstIndex, seenIds, dateOrder, fileDates: sharedDates, repair } = {
    ...defaultValidateOptions,
    ...options,
  };
  if (!Array.isArray(features)) {
    throw new Error(`features must be an array of GeoJSON Features (e.g. collection.features); got ${typeof features}.`);
  }
  if (typeof fileName !== 'string') {
    throw new Error(`fileName must be a string naming the input, e.g. 'zones.geojson'; got ${JSON.stringify(fileName)}.`);
  }
  if (!Number.isSafeInteger(firstIndex) || firstIndex < 0) {
    throw new Error(`firstIndex must be a whole number ≥ 0, the index of features[0] in the input; got ${JSON.stringify(firstIndex)}.`);
  }
  if (seenIds !== null && !(seenIds instanceof Map)) {
    throw new Error('seenIds must be a Map shared by the batches of one input (or null for a fresh one).');
  }
  if (dateOrder !== null && !DATE_ORDERS.includes(dateOrder)) {
    throw new Error(`dateOrder must be one of ${DATE_ORDERS.join(', ')} or null (let the file settle it); got ${JSON.stringify(dateOrder)}.`);
  }
  if (!REPAIR_READINGS.includes(repair)) {
    throw new Error(`repair must be one of ${REPAIR_READINGS.join(', ')}; got ${JSON.stringify(repair)}.`);
  }
  const fileDates = sharedDates ?? createFileDateOrder(dateOrder);
  // Both throw on misuse: better before the first feature than at it.
  const lookup = createFieldLookup(fieldMap);
  normaliseStatus(null, statusValues);

  const zones: ZoneFeature[] = [];
  const issues: ValidationIssue[] = [];
  const firstFeatureWithId = seenIds ?? new Map<string, number>();
  for (let position = 0; position < features.length; position++) {
    const entry = features[position];
    if (entry === null) continue;
    const index = firstIndex + position;
    const context: FeatureContext = { fileName, featureIndex: index, id: null, issues };
    const problem = describeNonFeature(entry);
    if (problem !== null) {
      context.id = readZoneId({}, {}, (entry as { id?: unknown } | undefined)?.id);
      reportIssue(
        context,
        'not-geojson',
        'error',
        `this entry is ${problem}, not a GeoJSON Feature; each entry must be an object with "type": "Feature", ` +
          'a "geometry" and "properties" (an object or null). The entry was rejected.',
      );
      continue;
    }
    const feature = entry as { id?: unknown; geometry?: unknown; properties?: Record<string, unknown> | null };
    const properties = feature.properties ?? {};
    const keys = lookup(properties);
    context.id = readZoneId(properties, keys, feature.id);

    const geometry = repairGeometry(feature.geometry, context, { crs, repair });
    const zoneProperties = normaliseProperties(properties, keys, context, { fieldMap, statusValues, fileDates });
    if (geometry === null || zoneProperties === null) {
      dropHeldDates(fileDates);
      continue;
    }
    keepHeldDates(fileDates);

    if (context.id !== null) {
      const earlier = firstFeatureWithId.get(context.id);
      if (earlier === undefined) firstFeatureWithId.set(context.id, index);
      else {
        reportIssue(
          context,
          'duplicate-id',
          'warning',
          `its id ${context.id} is also used by feature ${earlier}; both were kept. If they are the same task, ` +
            'its items found would be counted twice: remove one, or give them distinct ids.',
        );
      }
    }
    const zone: ZoneFeature = { type: 'Feature', geometry, properties: zoneProperties };
    if (typeof feature.id === 'string' || typeof feature.id === 'number') zone.id = feature.id;
    zones.push(zone);
  }
  if (sharedDates === null) {
    const dateIssues = settleFileDateOrder(fileDates, fileName, (place, field, date) => {
      zones[place].properties[field] = date;
    });
    for (const issue of dateIssues) issues.push(issue);
  }
  return { zones, issues };
}

/** Why an entry is not a GeoJSON Feature, or null when it is one. */
function describeNonFeature(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return entry === undefined ? 'missing' : `a ${typeof entry}`;
  if (Array.isArray(entry)) return 'an array';
  const type = (entry as { type?: unknown }).type;
  if (type !== 'Feature') {
    return typeof type === 'string'
      ? `an object of type ${JSON.stringify(type).slice(0, 40)}`
      : 'an object without "type": "Feature"';
  }
  const properties = (entry as { properties?: unknown }).properties;
  if (properties !== undefined && properties !== null && (typeof properties !== 'object' || Array.isArray(properties))) {
    return `a Feature whose properties are ${Array.isArray(properties) ? 'an array' : `a ${typeof properties}`}`;
  }
  return null;
}
