import { reportIssue, quoteValue } from '../validate/report-issue.js';
import type { FeatureContext } from '../validate/report-issue.js';
import { DEFAULT_FIELD_ALIASES } from './field-map.js';
import type { FieldMap } from './field-map.js';
import type { FieldKeys } from './create-field-lookup.js';
import { isBlankValue } from './is-blank-value.js';
import { normaliseCount } from './normalise-count.js';
import { readFileDate } from './file-date-order.js';
import type { DateField, FileDateOrder } from './file-date-order.js';
import type { DateOrder } from './normalise-date.js';
import { normaliseDate, readDate as readDateCell } from './normalise-date.js';
import { normaliseReportedArea } from './normalise-reported-area.js';
import { normaliseStatus } from './normalise-status.js';
import { ITEM_KEYS, ZONE_STATUSES } from './zone.js';
import type { ItemCounts, ZoneProperties, ZoneStatus } from './zone.js';

/** How {@link normaliseProperties} reads a feature's properties. */
export interface NormalisePropertiesOptions {
  /** The user's field map, named in messages when a mapped column is missing. */
  fieldMap: FieldMap;
  /** The user's status spellings, which win over the built-in synonyms. */
  statusValues: Readonly<Record<string, ZoneStatus>>;
  /**
   * The file's dates so far: the order the user gave, what earlier dates showed, and ambiguous dates
   * waiting for the file's order (see {@link FileDateOrder}); this feature's ambiguous dates are
   * held in it and read as missing for now. Null: the feature is read on its own, and a date that
   * could be day first or month first (05/06/2024; with dots it is day first) is an
   * `ambiguous-date` warning.
   */
  fileDates: FileDateOrder | null;
}

/** Defaults for {@link NormalisePropertiesOptions}. */
export const defaultNormalisePropertiesOptions: NormalisePropertiesOptions = {
  // No mapping: every property is found under its default aliases.
  fieldMap: {},
  // No user spellings: only the built-in status synonyms.
  statusValues: {},
  // The feature on its own.
  fileDates: null,
};

/**
 * Reads one feature's properties into normalised zone properties, appending an issue to
 * `context.issues` for each problem. Returns null when the feature must be rejected: its status is
 * missing or unrecognised (`unknown-status`) or an item count is not a whole number ≥ 0
 * (`invalid-count`). Unreadable dates (`invalid-date`) and reported areas (`invalid-reported-area`)
 * are warnings: the value is treated as missing and the feature kept. `id` is `context.id`;
 * `source` is the original properties object itself, untouched.
 *
 * @example
 * const context = { fileName: 'zones.geojson', featureIndex: 0, id: 'T-1', issues: [] };
 * const properties = { status: 'CHA', AP: '3' };
 * normaliseProperties(properties, createFieldLookup()(properties), context)?.apMines; // 3
 */
export function normaliseProperties(
  properties: Record<string, unknown>,
  keys: FieldKeys,
  context: FeatureContext,
  options: Partial<NormalisePropertiesOptions> = {},
): ZoneProperties | null {
  const { fieldMap, statusValues, fileDates } = { ...defaultNormalisePropertiesOptions, ...options };
  let rejected = false;

  const statusColumn = keys.status;
  const statusValue = statusColumn === undefined ? undefined : properties[statusColumn];
  const status = normaliseStatus(statusValue, statusValues);
  if (status === null) {
    reportIssue(
      context,
      'unknown-status',
      'error',
      describeStatusProblem(statusColumn, statusValue, properties, fieldMap),
    );
    rejected = true;
  }

  const counts: ItemCounts = { apMines: 0, atMines: 0, uxo: 0, otherItems: 0 };
  for (const field of ITEM_KEYS) {
    const column = keys[field];
    if (column === undefined) continue;
    const count = normaliseCount(properties[column]);
    if (count === null) {
      reportIssue(
        context,
        'invalid-count',
        'error',
        `${field} (column "${column}") is ${quoteValue(properties[column])}: item counts must be ` +
          'whole numbers of 0 or more, written with digits only (e.g. 12). The feature was rejected so ' +
          'that a wrong count does not reach a national report; correct the value, or leave it empty ' +
          'if nothing was found.',
      );
      rejected = true;
    } else counts[field] = count;
  }

  const startDate = readDate('startDate', keys, properties, context, fileDates);
  const endDate = readDate('endDate', keys, properties, context, fileDates);
  const reportedAreaM2 = readReportedArea(keys, properties, context);
  if (rejected) return null;

  return {
    id: context.id,
    status: status!,
    hazardId: readText(keys.hazardId, properties),
    method: readText(keys.method, properties),
    startDate,
    endDate,
    apMines: counts.apMines,
    atMines: counts.atMines,
    uxo: counts.uxo,
    otherItems: counts.otherItems,
    region: readText(keys.region, properties),
    organisation: readText(keys.organisation, properties),
    reportedAreaM2,
    featureIndex: context.featureIndex,
    source: properties,
  };
}

const STATUS_LIST = ZONE_STATUSES.join(', ');
// Enough column names to spot a typo without flooding the message.
const MAX_COLUMNS_LISTED = 12;

function describeStatusProblem(
  column: string | undefined,
  value: unknown,
  properties: Record<string, unknown>,
  fieldMap: FieldMap,
): string {
  const rejected = 'The feature was rejected.';
  if (column === undefined && fieldMap.status !== undefined) {
    return (
      `it has no column "${fieldMap.status}", which the field map names for status (its columns: ` +
      `${listColumns(properties)}). Correct the column name given with --field status=… or fieldMap.status. ${rejected}`
    );
  }
  if (column === undefined) {
    return (
      `it has no status column (looked for ${DEFAULT_FIELD_ALIASES.status.join(', ')}, ignoring case and separators; ` +
      `its columns: ${listColumns(properties)}). Add a status column with one of ${STATUS_LIST}, or ` +
      `name your column with --field status=Hazard_Typ (the fieldMap option). ${rejected}`
    );
  }
  if (isBlankValue(value)) {
    return `status (column "${column}") is empty; every zone needs one of ${STATUS_LIST}. ${rejected}`;
  }
  return (
    `status (column "${column}") is ${quoteValue(value)}, which is not a status cleared-land recognises. ` +
    `Use ${STATUS_LIST} (SHA, CHA, NTS, TS and other common synonyms are read too), or map the word with ` +
    `--status-value ${quoteValue(`${typeof value === 'string' ? value.trim() : statusText(value)}=cleared`)} ` +
    `(the statusValues option). ${rejected}`
  );
}

// String() of an array joins its items recursively, which overflows the stack for the nesting
// JSON.parse allows; such a value is shown as the message quotes it.
function statusText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return quoteValue(value);
  }
}

function listColumns(properties: Record<string, unknown>): string {
  const columns = Object.keys(properties);
  if (columns.length === 0) return 'none';
  const listed = columns.slice(0, MAX_COLUMNS_LISTED).map((column) => `"${column}"`).join(', ');
  return columns.length > MAX_COLUMNS_LISTED ? `${listed} and ${columns.length - MAX_COLUMNS_LISTED} more` : listed;
}

function readDate(
  field: DateField,
  keys: FieldKeys,
  properties: Record<string, unknown>,
  context: FeatureContext,
  fileDates: FileDateOrder | null,
): string | null {
  const column = keys[field];
  if (column === undefined) return null;
  const value = properties[column];
  if (isBlankValue(value)) return null;
  const date = fileDates === null ? readLoneDate(value) : readFileDate(fileDates, value, context.featureIndex, field);
  if (date === 'blank') return null;
  if (date === 'ambiguous') {
    reportIssue(
      context,
      'ambiguous-date',
      'warning',
      `${field} (column "${column}") is ${quoteValue(value)}, which could be read day first or month first; it was treated as missing. ` +
        'Say how the file writes dates with the dateOrder option (dmy or mdy).',
    );
    return null;
  }
  if (date === 'invalid') {
    const consequence =
      field === 'endDate'
        ? 'its end date is treated as missing, so the release counts as undated'
        : 'its start date is treated as missing';
    reportIssue(
      context,
      'invalid-date',
      'warning',
      `${field} (column "${column}") is ${quoteValue(value)}, which is not a date cleared-land reads; ` +
        `the feature was kept, but ${consequence}. ${describeDateForms(fileDates?.given ?? null)}`,
    );
    return null;
  }
  return date;
}

/** A date read without a file around it: an ambiguous one cannot be settled, except with dots. */
function readLoneDate(value: unknown): string | 'blank' | 'invalid' | 'ambiguous' {
  const reading = readDateCell(value, null);
  if (reading.kind === 'ambiguous') return reading.dotted ? (normaliseDate(value) ?? 'invalid') : 'ambiguous';
  return reading.kind === 'date' ? reading.date : reading.kind;
}

function describeDateForms(given: DateOrder | null): string {
  const order =
    given === null
      ? ''
      : given === 'ymd'
        ? ' The file was declared to write the year first (--date-order ymd), so day-month-year dates are refused.'
        : ` The file was declared to write ${given === 'dmy' ? 'the day first (--date-order dmy)' : 'the month first (--date-order mdy)'}.`;
  return (
    'Write dates as YYYY-MM-DD (2023-05-14), an ISO date-time, YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY (also with dots or dashes), ' +
    `or as milliseconds since 1970 (a number), with a year from 1900 to 2100.${order}`
  );
}

function readReportedArea(
  keys: FieldKeys,
  properties: Record<string, unknown>,
  context: FeatureContext,
): number | null {
  const column = keys.reportedAreaM2;
  if (column === undefined) return null;
  const value = properties[column];
  if (isBlankValue(value)) return null;
  const areaSquareMeters = normaliseReportedArea(value);
  if (areaSquareMeters === null) {
    reportIssue(
      context,
      'invalid-reported-area',
      'warning',
      `reportedAreaM2 (column "${column}") is ${quoteValue(value)}, which is not a positive number of ` +
        'square metres; it was ignored, so this zone is not compared with a reported area. Write it as a ' +
        'plain number with a decimal point, e.g. 15000.5.',
    );
  }
  return areaSquareMeters;
}

function readText(column: string | undefined, properties: Record<string, unknown>): string | null {
  if (column === undefined) return null;
  const value = properties[column];
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
