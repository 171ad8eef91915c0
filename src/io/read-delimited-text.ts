import type { ValidationIssue } from '../validate/issue-codes.js';
import type { ParsedInput } from './parse-input.js';
import { delimitedRecords, guessDelimiter } from './parse-delimited-text.js';
import { nothingRead, parseIssue } from './parse-issue.js';
import { parseWkt, WktError } from './parse-wkt.js';
import { defaultInputLimits, InputLimitError, type InputLimits } from './input-limits.js';

/** Options of {@link readDelimitedText}. */
export interface ReadDelimitedTextOptions {
  /** The column holding the WKT geometry; null: the first of {@link WKT_COLUMN_NAMES} present. */
  geometryColumn: string | null;
  /**
   * Limits checked as the rows are read: `maxFeatures` (rows) and `maxPropertyChars` (the length
   * of one cell), each an {@link InputLimitError} when passed.
   */
  limits: Pick<InputLimits, 'maxFeatures' | 'maxPropertyChars'>;
}

/** Defaults of {@link ReadDelimitedTextOptions}. */
export const defaultReadDelimitedTextOptions: ReadDelimitedTextOptions = {
  // Found by name among WKT_COLUMN_NAMES.
  geometryColumn: null,
  limits: defaultInputLimits,
};

/**
 * Column names tried, in order and ignoring case, for the geometry of a CSV/TSV table: GDAL's
 * `ogr2ogr -f CSV -lco GEOMETRY=AS_WKT` writes `WKT`, QGIS `wkt` or `geometry`, PostGIS exports
 * `the_geom` or `geom`.
 *
 * @example
 * WKT_COLUMN_NAMES[0]; // 'WKT'
 */
export const WKT_COLUMN_NAMES: readonly string[] = ['WKT', 'geometry', 'the_geom', 'geom'];

/**
 * Reads a CSV or TSV table whose geometry is Well-Known Text in one column (see
 * {@link WKT_COLUMN_NAMES}, or `options.geometryColumn`). The delimiter (`,`, `;` or tab) is taken
 * from the header line; quoted fields may hold delimiters and line breaks. Every other column
 * becomes a property, as text, for the zone's normalisers to read like any other file's. Each
 * record is one feature; messages give the line it starts on. A cell that is not WKT makes its
 * feature null with an `unreadable-geometry` error; an empty cell is a feature without geometry.
 * An EWKT `SRID=n;` prefix, when every geometry that has one agrees, becomes `declaredCrs`.
 *
 * Returns null when the text does not look like a table at all (one column, or records of
 * differing widths), so the caller can say what else it might be; a table without the geometry
 * column is an `unreadable-file` error naming its columns and the flag that picks one.
 *
 * @param text The whole file, decoded, without a byte order mark.
 * @param fileName Name of the file, for messages.
 * @param options The geometry column, and the limits on rows and cells.
 * @throws {InputLimitError} when the table has more rows than `limits.maxFeatures` or a cell longer
 *   than `limits.maxPropertyChars`.
 * @example
 * const parsed = readDelimitedText('WKT,id\n"POLYGON ((46 40,46.01 40,46 40.01,46 40))",A\n', 'zones.csv');
 * parsed?.format; // 'csv'
 */
export function readDelimitedText(text: string, fileName: string, options: Partial<ReadDelimitedTextOptions> = {}): ParsedInput | null {
  const { geometryColumn, limits } = { ...defaultReadDelimitedTextOptions, ...options };
  const firstBreak = text.search(/[\r\n]/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  // A table of one column (the geometry alone) has no delimiter to find; any will do.
  const delimiter = guessDelimiter(firstLine) ?? (findColumn([firstLine.replaceAll('"', '')], geometryColumn) === 0 ? ',' : null);
  const named = /\.(csv|tsv|tab|txt)$/i.test(fileName);
  if (delimiter === null) {
    if (!named) return null;
    return nothingRead('unreadable-file', `${fileName} is a text file without commas, semicolons or tabs in its first line, so it is not a table with a WKT geometry column; export the zones as CSV with ogr2ogr -f CSV -lco GEOMETRY=AS_WKT, or as GeoJSON.`);
  }
  const records = delimitedRecords(text, delimiter);
  // The header and the first record decide whether this is a table; the rest is read one record
  // at a time, so that each record's text can go once it is a feature.
  const head: Array<{ fields: string[]; line: number }> = [];
  let unclosedQuoteLine: number | null = null;
  let finished = false;
  const pull = (): { fields: string[]; line: number } | null => {
    if (finished) return null;
    const next = records.next();
    if (next.done) {
      finished = true;
      unclosedQuoteLine = next.value;
      return null;
    }
    return next.value;
  };
  const nextRecord = (): { fields: string[]; line: number } | null => head.shift() ?? pull();
  for (let index = 0; index < 2; index++) {
    const record = pull();
    if (record !== null) head.push(record);
  }
  const header = head.shift()?.fields ?? [];
  if (!named && (header.length < 2 || (head.length > 0 && head[0].fields.length !== header.length))) return null;

  const delimiterName = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  const column = findColumn(header, geometryColumn);
  if (column === -1) {
    const columns = header.map((name) => `"${name}"`).join(', ');
    const what = geometryColumn !== null ? `has no column "${geometryColumn}"` : `has no WKT geometry column (${WKT_COLUMN_NAMES.join(', ')})`;
    return nothingRead(
      'unreadable-file',
      `${fileName} is a ${delimiterName}-separated table that ${what}; its columns are ${columns}. Name the column that holds WKT with --field geometry=COLUMN (option fieldMap.geometry), or export with ogr2ogr -f CSV -lco GEOMETRY=AS_WKT.`,
    );
  }

  const issues: ValidationIssue[] = [];
  const features: Array<unknown | null> = [];
  const srids = new Set<number>();
  for (let record = nextRecord(); record !== null; record = nextRecord()) {
    const { fields, line } = record;
    const index = features.length;
    // Checked before the row becomes a feature, so a table past a limit costs no more than its text.
    if (index >= limits.maxFeatures) throw new InputLimitError('maxFeatures', limits.maxFeatures, `more than ${limits.maxFeatures.toLocaleString('en')} rows`);
    // The WKT cell is a geometry, bounded by the vertex limits instead.
    const long = fields.findIndex((field, at) => at !== column && field.length > limits.maxPropertyChars);
    if (long !== -1) {
      throw new InputLimitError('maxPropertyChars', limits.maxPropertyChars, `a cell of ${fields[long].length.toLocaleString('en')} characters (line ${line}, column ${long + 1})`);
    }
    const properties: Record<string, unknown> = {};
    // Only the cells the record has: a short record after a very wide header must not cost the
    // header's width (a few bytes of text could otherwise build millions of properties).
    const width = Math.min(header.length, fields.length);
    for (let at = 0; at < width; at++) {
      if (at !== column) properties[header[at]] = fields[at];
    }
    // A record wider than the header keeps its extra cells rather than losing them.
    for (let at = header.length; at < fields.length; at++) properties[`field_${at + 1}`] = fields[at];
    const cell = (fields[column] ?? '').trim();
    if (cell === '') {
      features.push({ type: 'Feature', properties, geometry: null });
      continue;
    }
    try {
      const { geometry, srid } = parseWkt(cell);
      if (srid !== null) srids.add(srid);
      features.push({ type: 'Feature', properties, geometry });
    } catch (error) {
      const reason = error instanceof WktError ? error.message : String(error);
      issues.push(
        parseIssue('unreadable-geometry', index, `${fileName}, feature ${index} (line ${line}): the ${header[column]} cell is not Well-Known Text: ${reason}. The feature was rejected; fix the cell or export the file again.`),
      );
      features.push(null);
    }
  }
  if (unclosedQuoteLine !== null) {
    issues.unshift(
      parseIssue('unreadable-file', null, `${fileName}: a quoted field opened on line ${unclosedQuoteLine} is never closed, so the file was read only up to that line; add the missing " or export the file again.`),
    );
  }
  if (features.length === 0) issues.push(parseIssue('empty', null, `${fileName} is a table with a header and no rows; there is nothing to measure.`));
  const declaredCrs = srids.size === 1 ? `EPSG:${[...srids][0]}` : null;
  if (srids.size > 1) {
    issues.push(
      parseIssue('unsupported-crs', null, `${fileName}: its geometries name different SRIDs (${[...srids].join(', ')}), so none was applied; give the CRS with --crs.`, { severity: 'warning' }),
    );
  }
  return { format: 'csv', features, declaredCrs, reprojected: false, issues };
}

function findColumn(header: string[], wanted: string | null): number {
  const names = header.map((name) => name.trim());
  if (wanted !== null) {
    const exact = names.indexOf(wanted);
    return exact !== -1 ? exact : names.findIndex((name) => name.toLowerCase() === wanted.toLowerCase());
  }
  for (const candidate of WKT_COLUMN_NAMES) {
    const found = names.findIndex((name) => name.toLowerCase() === candidate.toLowerCase());
    if (found !== -1) return found;
  }
  return -1;
}
