import { ZONE_STATUSES, type ZoneStatus } from '../zones/zone.js';
import { ZONE_FIELDS, type FieldMap } from '../zones/field-map.js';
import { DATE_ORDERS, type DateOrder } from '../zones/normalise-date.js';
import { REPAIR_READINGS, type RepairReading } from '../validate/repair-geometry.js';
import { UsageError } from './cli-io.js';

/** The flags every command that reads zones understands. */
export const LOAD_FLAG_OPTIONS = {
  crs: { type: 'string' },
  field: { type: 'string', multiple: true },
  'status-value': { type: 'string', multiple: true },
  'date-order': { type: 'string' },
  repair: { type: 'string' },
} as const;

/** Help text lines for {@link LOAD_FLAG_OPTIONS}. */
export const LOAD_FLAG_HELP = `  --crs CODE              CRS of the coordinates when the file does not declare it:
                          EPSG:32638 (WGS 84 / UTM 38N), EPSG:326xx / 327xx, EPSG:284xx,
                          or a proj4 definition in quotes
  --field NAME=COLUMN     read property NAME from the file's COLUMN, e.g. --field status=Hazard_Typ
                          (repeatable; NAME is one of id, status, hazardId, method, startDate,
                          endDate, apMines, atMines, uxo, otherItems, region, organisation,
                          reportedAreaM2)
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
                          "Fix geometries" read it`;


/** Turns `--field` and `--status-value` flags into load options; throws UsageError on a malformed pair. */
export function parseLoadFlags(values: {
  crs?: string;
  field?: string[];
  'status-value'?: string[];
  'date-order'?: string;
  repair?: string;
}): {
  crs: string | null;
  fieldMap: FieldMap;
  statusValues: Record<string, ZoneStatus>;
  dateOrder: DateOrder | null;
  repair: RepairReading;
} {
  const fieldMap: FieldMap = {};
  for (const pair of values.field ?? []) {
    const [name, column] = splitPair(pair, '--field', 'status=Hazard_Typ');
    if (!(ZONE_FIELDS as readonly string[]).includes(name)) {
      throw new UsageError(`--field ${pair}: '${name}' is not a zone property; use one of ${ZONE_FIELDS.join(', ')}`);
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
  return { crs: values.crs ?? null, fieldMap, statusValues, dateOrder: dateOrder as DateOrder | null, repair: repair as RepairReading };
}

function splitPair(pair: string, flag: string, example: string): [string, string] {
  const at = pair.lastIndexOf('=');
  if (at <= 0 || at === pair.length - 1) {
    throw new UsageError(`${flag} needs NAME=VALUE, e.g. ${flag} ${example}; got '${pair}'`);
  }
  return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
}
