import { csvField } from './csv-field.js';
import { rowLabel } from './row-label.js';
import type { AreaFigures, Summary } from './summary.js';

/** Options of {@link formatCsv} and `formatWeeksCsv`. */
export interface CsvOptions {
  decimals: number | null;
}

/** Defaults of {@link formatCsv} and `formatWeeksCsv`. */
export const defaultCsvOptions: CsvOptions = {
  // Decimals of hectares and items per hectare; null writes them unrounded, so sums re-add exactly.
  decimals: null,
};

/** The header of {@link formatCsv}, in column order. */
export const CSV_COLUMNS = [
  'name',
  'cleared_ha',
  'reduced_ha',
  'cancelled_ha',
  'released_ha',
  'hazard_ha',
  'remaining_hazard_ha',
  'ap_mines',
  'at_mines',
  'uxo',
  'other_items',
  'items_per_cleared_ha',
  'region_id',
] as const;

/** Name of the row of land outside every region polygon. */
export const OUTSIDE_REGIONS_ROW = 'outside regions';
/** Name of the totals row, always the last. */
export const TOTAL_ROW = 'total';

/** RFC 4180 line break. */
const CRLF = '\r\n';
/** The most decimals Number.prototype.toFixed accepts in every engine. */
const MAX_DECIMALS = 20;

/**
 * The summary as RFC 4180 CSV (CRLF line ends, a header row): one row per region in the
 * summary's order, then `outside regions` when the summary has that figure, then `total`.
 * Numbers use '.' as the decimal point; hectares and items per cleared hectare are unrounded
 * unless `decimals` is given; items per cleared hectare is empty when nothing was cleared.
 * Region names are quoted as needed, and a name beginning with =, +, -, @, tab or CR gets a
 * leading apostrophe so that spreadsheets do not run it as a formula.
 *
 * @example
 * formatCsv(summary, { decimals: 1 });
 * // 'name,cleared_ha,…,items_per_cleared_ha\r\nTartar,0.4,…\r\n…\r\ntotal,1.9,…,338.0\r\n'
 */
export function formatCsv(summary: Summary, options: Partial<CsvOptions> = {}): string {
  const decimals = csvDecimals(options);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  summary.regions.forEach((region, index) => {
    rows.push(row(rowLabel(region), region, decimals, `summary.regions[${index}]`, region.id ?? null));
  });
  if (summary.outsideRegions) {
    rows.push(row(OUTSIDE_REGIONS_ROW, summary.outsideRegions, decimals, 'summary.outsideRegions', null));
  }
  rows.push(row(TOTAL_ROW, summary.totals, decimals, 'summary.totals', null));
  return rows.join(CRLF) + CRLF;
}

function row(name: string, figures: AreaFigures, decimals: number | null, where: string, id: string | null): string {
  const area = (value: number | null, field: string) => csvField(value, decimals, `${where}.${field}`);
  const count = (value: number, field: string) => csvField(value, null, `${where}.items.${field}`);
  return [
    csvField(name, null, `${where}.name`),
    area(figures.clearedHa, 'clearedHa'),
    area(figures.reducedHa, 'reducedHa'),
    area(figures.cancelledHa, 'cancelledHa'),
    area(figures.releasedHa, 'releasedHa'),
    area(figures.hazardHa, 'hazardHa'),
    area(figures.remainingHazardHa, 'remainingHazardHa'),
    count(figures.items.apMines, 'apMines'),
    count(figures.items.atMines, 'atMines'),
    count(figures.items.uxo, 'uxo'),
    count(figures.items.otherItems, 'otherItems'),
    area(figures.itemsPerClearedHa, 'itemsPerClearedHa'),
    // Last, so that readers of the columns before ids were added still find theirs in place.
    csvField(id, null, `${where}.id`),
  ].join(',');
}

/**
 * The `decimals` option with its default applied. Throws an Error naming the option when it is
 * neither null nor a whole number from 0 to 20.
 *
 * @example
 * csvDecimals({}); // null
 * csvDecimals({ decimals: 2 }); // 2
 */
export function csvDecimals(options: Partial<CsvOptions>): number | null {
  const decimals = options.decimals === undefined ? defaultCsvOptions.decimals : options.decimals;
  if (decimals !== null && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DECIMALS)) {
    throw new Error(
      `options.decimals must be null (unrounded) or a whole number from 0 to ${MAX_DECIMALS}; got ${String(decimals)}.`,
    );
  }
  return decimals;
}
