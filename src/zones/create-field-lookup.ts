import { DEFAULT_FIELD_ALIASES, GEOMETRY_FIELD, ZONE_FIELDS } from './field-map.js';
import type { FieldMap, ZoneField } from './field-map.js';

/** For each zone property, the name of the column (property key) that holds it in one feature. */
export type FieldKeys = Partial<Record<ZoneField, string>>;

/** Finds, in one feature's properties, the column that holds each zone property. */
export type FieldLookup = (properties: Record<string, unknown>) => FieldKeys;

/**
 * Compiles a field map and the default aliases into a lookup that finds, in a feature's properties,
 * the column holding each zone property. A mapped property is read only from its mapped column
 * (exact name first, then ignoring case); an unmapped one from the first default alias present
 * (ignoring case and separators, see {@link DEFAULT_FIELD_ALIASES}). A column named in the field map
 * is never used as an alias of another property.
 *
 * Throws when `fieldMap` names an unknown property, maps to something other than a non-empty
 * string, or maps two properties to one column.
 *
 * @example
 * const lookup = createFieldLookup({ status: 'Hazard_Typ' });
 * lookup({ Hazard_Typ: 'CHA', TASK_ID: 'T-1', state: 'cleared' }); // { status: 'Hazard_Typ', id: 'TASK_ID' }
 */
export function createFieldLookup(fieldMap: FieldMap = {}): FieldLookup {
  const mappedColumns = checkFieldMap(fieldMap);
  const mappedExact = new Map<string, number>();
  const mappedIgnoringCase = new Map<string, number>();
  for (const [field, column] of mappedColumns) {
    mappedExact.set(column, FIELD_INDEX.get(field)!);
    mappedIgnoringCase.set(column.toLowerCase(), FIELD_INDEX.get(field)!);
  }
  const aliases = new Map<string, Match>();
  ZONE_FIELDS.forEach((field, fieldIndex) => {
    if (mappedColumns.has(field)) return;
    DEFAULT_FIELD_ALIASES[field].forEach((alias, position) => {
      const key = looseKey(alias);
      // Offset by 2 so that an exact (0) or case-insensitive (1) mapped match always ranks first.
      if (!aliases.has(key)) aliases.set(key, { fieldIndex, rank: position + 2 });
    });
  });

  const resolve = (key: string): Match | null => {
    const exact = mappedExact.get(key);
    if (exact !== undefined) return { fieldIndex: exact, rank: 0 };
    const ignoringCase = mappedIgnoringCase.get(key.toLowerCase());
    if (ignoringCase !== undefined) return { fieldIndex: ignoringCase, rank: 1 };
    return aliases.get(looseKey(key)) ?? null;
  };

  // Files repeat the same column names in every feature: resolve each name once.
  const cache = new Map<string, Match | null>();
  const bestRanks = new Int32Array(ZONE_FIELDS.length);
  return (properties) => {
    const keys: FieldKeys = {};
    bestRanks.fill(NO_MATCH_RANK);
    for (const key in properties) {
      let match = cache.get(key);
      if (match === undefined) {
        match = resolve(key);
        if (cache.size < CACHE_MAX_ENTRIES) cache.set(key, match);
      }
      if (match === null || match.rank >= bestRanks[match.fieldIndex]) continue;
      bestRanks[match.fieldIndex] = match.rank;
      keys[ZONE_FIELDS[match.fieldIndex]] = key;
    }
    return keys;
  };
}

/** A column name recognised as one zone property; lower rank wins when several columns match. */
interface Match {
  fieldIndex: number;
  rank: number;
}

const FIELD_INDEX = new Map<ZoneField, number>(ZONE_FIELDS.map((field, index) => [field, index]));
const NO_MATCH_RANK = 0x7fffffff;
// Bounds memory on files whose features each invent their own column names.
const CACHE_MAX_ENTRIES = 10_000;

/** Lower case, letters and digits only: `END_DATE`, `end date` and `endDate` compare equal. */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function checkFieldMap(fieldMap: FieldMap): Map<ZoneField, string> {
  if (typeof fieldMap !== 'object' || fieldMap === null || Array.isArray(fieldMap)) {
    throw new Error(
      `fieldMap must be an object such as { status: 'Hazard_Typ' }; got ${JSON.stringify(fieldMap)}.`,
    );
  }
  const columns = new Map<ZoneField, string>();
  const fieldByColumn = new Map<string, string>();
  for (const [field, column] of Object.entries(fieldMap)) {
    // The geometry column is read by the CSV reader, not looked up among properties.
    if (column === undefined || field === GEOMETRY_FIELD) continue;
    if (!FIELD_INDEX.has(field as ZoneField)) {
      throw new Error(
        `fieldMap has an unknown property "${field}"; use one of ${ZONE_FIELDS.join(', ')}.`,
      );
    }
    if (typeof column !== 'string' || column.trim() === '') {
      throw new Error(
        `fieldMap.${field} must be the name of a column in the file, e.g. { ${field}: 'MY_COLUMN' }; got ${JSON.stringify(column)}.`,
      );
    }
    const other = fieldByColumn.get(column.toLowerCase());
    if (other !== undefined) {
      throw new Error(
        `fieldMap maps both ${other} and ${field} to the column "${column}"; map each property to its own column.`,
      );
    }
    fieldByColumn.set(column.toLowerCase(), field);
    columns.set(field as ZoneField, column);
  }
  return columns;
}
