import { ZONE_STATUSES, type ZoneStatus } from '../zones/zone.js';
import { GEOMETRY_FIELD, ZONE_FIELDS, type FieldMap } from '../zones/field-map.js';
import { DATE_ORDERS, type DateOrder } from '../zones/normalise-date.js';
import { REPAIR_READINGS, type RepairReading } from '../validate/repair-geometry.js';
import { UsageError } from './cli-io.js';
import { INPUT_LIMITS, parseByteSize, resolveInputLimits, type InputLimitName, type InputLimits } from '../io/input-limits.js';
import { pathSource } from '../node.js';
import { sourceOfArgument } from './source-of-argument.js';
import type { ZoneSource } from '../io/zone-source.js';

/** The flags every command that reads zones understands. */
export const LOAD_FLAG_OPTIONS = {
  crs: { type: 'string' },
  layer: { type: 'string' },
  field: { type: 'string', multiple: true },
  'status-value': { type: 'string', multiple: true },
  'date-order': { type: 'string' },
  repair: { type: 'string' },
  'max-bytes': { type: 'string' },
  limit: { type: 'string', multiple: true },
} as const;

/** Help text lines for {@link LOAD_FLAG_OPTIONS}. */
export const LOAD_FLAG_HELP = `  --crs CODE              CRS of the coordinates when the file does not declare it:
                          EPSG:32638 (WGS 84 / UTM 38N), EPSG:326xx / 327xx, EPSG:284xx,
                          or a proj4 definition in quotes
  --field NAME=COLUMN     read property NAME from the file's COLUMN, e.g. --field status=Hazard_Typ
                          (repeatable; NAME is one of id, status, hazardId, method, startDate,
                          endDate, apMines, atMines, uxo, otherItems, region, organisation,
                          reportedAreaM2), or geometry=COLUMN for the WKT column of a CSV
  --layer NAME            the GeoPackage layer to read (default: the first layer of polygons)
  --status-value TEXT=STATUS
                          read the status TEXT as STATUS, e.g. --status-value "Closed - Cleared=cleared"
  --date-order dmy|mdy|ymd
                          how the file writes dates whose parts cannot be told apart (05/06/2024):
                          dmy day first, mdy month first, ymd year first (default: the file
                          settles it when a date such as 25/05/2024 reads only one way)
  --repair nonzero|linework
                          which reading of a broken outline to count where the two differ by
                          more than 1 % (an ambiguous-repair warning gives both): nonzero, the
                          land it winds round (default); linework, as GEOS MakeValid and QGIS
                          "Fix geometries" read it
  --max-bytes SIZE        most bytes read from one input after decompression (default 4GiB),
                          e.g. --max-bytes 8GiB
  --limit NAME=VALUE      raise (or lower) another input limit (repeatable): whole-bytes (64MiB),
                          features (2000000), ring-vertices (1000000), polygon-rings (100000),
                          multi-parts (100000), depth (100), zip-entries (10000),
                          property-chars (1048576), compression-ratio (100);
                          see docs/guide/input.md#limits`;

/** Turns `--field` and `--status-value` flags into load options; throws UsageError on a malformed pair. */
export function parseLoadFlags(values: {
  crs?: string;
  layer?: string;
  field?: string[];
  'status-value'?: string[];
  'date-order'?: string;
  repair?: string;
  'max-bytes'?: string;
  limit?: string[];
}): {
  crs: string | null;
  layer: string | null;
  fieldMap: FieldMap;
  statusValues: Record<string, ZoneStatus>;
  dateOrder: DateOrder | null;
  repair: RepairReading;
  limits: Partial<InputLimits>;
} {
  const fieldMap: FieldMap = {};
  for (const pair of values.field ?? []) {
    const [name, column] = splitPair(pair, '--field', 'status=Hazard_Typ');
    if (!(ZONE_FIELDS as readonly string[]).includes(name) && name !== GEOMETRY_FIELD) {
      throw new UsageError(`--field ${pair}: '${name}' is not a zone property; use one of ${ZONE_FIELDS.join(', ')}, or ${GEOMETRY_FIELD} for a CSV's WKT column`);
    }
    fieldMap[name as keyof FieldMap] = column;
  }
  const statusValues: Record<string, ZoneStatus> = {};
  for (const pair of values['status-value'] ?? []) {
    const [text, status] = splitPair(pair, '--status-value', '"Closed - Cleared=cleared"');
    if (!(ZONE_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status-value ${pair}: '${status}' is not a status; use one of ${ZONE_STATUSES.join(', ')}`);
    }
    statusValues[text] = status as ZoneStatus;
  }
  const dateOrder = values['date-order'] ?? null;
  if (dateOrder !== null && !(DATE_ORDERS as readonly string[]).includes(dateOrder)) {
    throw new UsageError(`--date-order must be one of ${DATE_ORDERS.join(', ')} (dmy: 25/05/2024, mdy: 05/25/2024); got '${dateOrder}'`);
  }
  const repair = values.repair ?? 'nonzero';
  if (!(REPAIR_READINGS as readonly string[]).includes(repair)) {
    throw new UsageError(`--repair must be one of ${REPAIR_READINGS.join(', ')}; got '${repair}'`);
  }
  const limits: Partial<InputLimits> = {};
  for (const pair of values.limit ?? []) {
    const [name, value] = splitPair(pair, '--limit', 'features=3000000');
    const limit = (Object.keys(INPUT_LIMITS) as InputLimitName[]).find((key) => INPUT_LIMITS[key].flagName === name);
    if (!limit) {
      throw new UsageError(`--limit ${pair}: '${name}' is not a limit; use one of ${Object.values(INPUT_LIMITS).map((entry) => entry.flagName).join(', ')}`);
    }
    limits[limit] = parseLimitValue(value, limit, `--limit ${pair}`);
  }
  if (values['max-bytes'] !== undefined) limits.maxBytes = parseLimitValue(values['max-bytes'], 'maxBytes', `--max-bytes ${values['max-bytes']}`);
  return { crs: values.crs ?? null, layer: values.layer ?? null, fieldMap, statusValues, dateOrder: dateOrder as DateOrder | null, repair: repair as RepairReading, limits };
}

/**
 * The `--regions` argument as a source: a URL as sourceOfArgument gives it; a path read whole,
 * never past `--limit whole-bytes` (regions are not streamed, so a huge or endless file must stop
 * at the bound instead of being read into memory).
 *
 * @example
 * loadRegions(regionSource('districts.geojson', loadOptions.limits));
 */
export function regionSource(argument: string, limits: Partial<InputLimits>): ZoneSource {
  if (/^https?:\/\//i.test(argument)) return sourceOfArgument(argument);
  return pathSource(argument, { maxReadBytes: resolveInputLimits(limits).maxWholeBytes });
}

// Sizes take units (64MiB, 8GiB, 500MB); counts are whole numbers, with or without separators.
function parseLimitValue(text: string, limit: InputLimitName, flag: string): number {
  const value = INPUT_LIMITS[limit].isBytes ? parseByteSize(text) : /^\d[\d_,]*$/.test(text.trim()) ? Number(text.trim().replace(/[_,]/g, '')) : null;
  if (value === null || !Number.isSafeInteger(value)) {
    const example = INPUT_LIMITS[limit].isBytes ? 'a size such as 8GiB, 500MB or 1048576' : 'a whole number such as 3000000';
    throw new UsageError(`${flag}: the value must be ${example}; got '${text}'`);
  }
  return value;
}

function splitPair(pair: string, flag: string, example: string): [string, string] {
  const at = pair.lastIndexOf('=');
  if (at <= 0 || at === pair.length - 1) {
    throw new UsageError(`${flag} needs NAME=VALUE, e.g. ${flag} ${example}; got '${pair}'`);
  }
  return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
}
