/**
 * The zone properties cleared-land reads from a file, in the order of DOMAIN.md's table.
 *
 * @example
 * ZONE_FIELDS.includes('apMines'); // true
 */
export const ZONE_FIELDS = [
  'id',
  'status',
  'hazardId',
  'method',
  'startDate',
  'endDate',
  'apMines',
  'atMines',
  'uxo',
  'otherItems',
  'region',
  'organisation',
  'reportedAreaM2',
] as const;

/** One of the zone properties cleared-land reads; see {@link ZONE_FIELDS}. */
export type ZoneField = (typeof ZONE_FIELDS)[number];

/**
 * Which column of the user's file holds each zone property, when it is not found under a default
 * alias. A mapped property is read from that column only (exact name first, then ignoring case).
 *
 * `geometry` names the WKT column of a CSV table (see {@link GEOMETRY_FIELD}).
 *
 * @example
 * const fieldMap: FieldMap = { status: 'Hazard_Typ', endDate: 'DATE_COMPL' };
 */
export type FieldMap = Partial<Record<ZoneField | typeof GEOMETRY_FIELD, string>>;

/**
 * The one {@link FieldMap} key that is not a zone property: the column of a CSV/TSV table that
 * holds the geometry as WKT (`--field geometry=COLUMN`), when it is not one of the usual names.
 *
 * @example
 * const fieldMap: FieldMap = { [GEOMETRY_FIELD]: 'footprint_wkt' };
 */
export const GEOMETRY_FIELD = 'geometry';

/**
 * Column names tried, in order, for each unmapped property. Matching ignores case and every
 * character that is not a letter or digit, so `endDate` also finds `end_date`, `END DATE` and
 * `EndDate`, and each alias is listed once in one spelling.
 *
 * Deliberately absent: `hazard_type` for status (IMSMA release records carry the type of the hazard
 * they came from, so a cleared area would read as a confirmed hazard), `area` and `Shape_Area` for
 * the reported area (unit unknown, or computed in the projection's units), `fid`/`OBJECTID` for id
 * (row numbers, not stable identifiers), `date` for endDate (could be any date), `other` for
 * otherItems (often a free-text notes column, which would reject every feature). Map those with a
 * {@link FieldMap} when they are right for a file.
 *
 * @example
 * DEFAULT_FIELD_ALIASES.apMines; // ['apMines', 'ap', 'ap_mine', ...]
 */
export const DEFAULT_FIELD_ALIASES: Readonly<Record<ZoneField, readonly string[]>> = {
  id: ['id', 'localId', 'taskId', 'task_no', 'task_number', 'imsma_id'],
  status: [
    'status',
    'state',
    'land_status',
    'release_status',
    'land_release_status',
    'zone_status',
    'area_status',
    'outcome',
  ],
  hazardId: ['hazardId', 'hazard_local_id', 'hazard_no', 'hazard_number'],
  method: ['method', 'release_method', 'land_release_method', 'activity_type'],
  startDate: ['startDate', 'date_started', 'started', 'begin_date', 'commencement_date'],
  endDate: [
    'endDate',
    'completion_date',
    'date_completed',
    'completed_date',
    'finish_date',
    'date_finished',
    'release_date',
    'date_released',
  ],
  apMines: ['apMines', 'ap', 'ap_mine', 'apm', 'anti_personnel_mines', 'antipersonnel'],
  atMines: ['atMines', 'at', 'at_mine', 'atm', 'anti_tank_mines', 'antitank'],
  uxo: ['uxo', 'uxo_count', 'uxo_items'],
  otherItems: ['otherItems', 'other_devices', 'other_ordnance'],
  region: ['region', 'district', 'rayon', 'raion'],
  organisation: [
    'organisation',
    'organization',
    'org',
    'operator',
    'agency',
    'implementing_partner',
    'implementer',
  ],
  reportedAreaM2: ['reportedAreaM2', 'reported_area', 'area_m2', 'area_sqm', 'reported_area_sqm'],
};
