import { csvField } from './csv-field.js';
import { csvDecimals } from './format-csv.js';
import type { CsvOptions } from './format-csv.js';
import type { Summary } from './summary.js';

/** The header of {@link formatWeeksCsv}, in column order. */
export const WEEKS_CSV_COLUMNS = [
  'week_start',
  'week_end',
  'cleared_ha',
  'reduced_ha',
  'cancelled_ha',
  'released_ha',
  'ap_mines',
  'at_mines',
  'uxo',
  'other_items',
] as const;

/** RFC 4180 line break. */
const CRLF = '\r\n';

/**
 * The per-week series as RFC 4180 CSV: one row per ISO week (Monday to Sunday, oldest first, as in
 * `summary.weeks`), with the hectares released and the items found in releases completed that
 * week. Same number rules and options as `formatCsv`; a summary with no weeks gives the header only.
 *
 * @example
 * formatWeeksCsv(summary);
 * // 'week_start,week_end,cleared_ha,…\r\n2024-04-15,2024-04-21,0.1432,…\r\n…'
 */
export function formatWeeksCsv(summary: Summary, options: Partial<CsvOptions> = {}): string {
  const decimals = csvDecimals(options);
  const rows: string[] = [WEEKS_CSV_COLUMNS.join(',')];
  summary.weeks.forEach((week, index) => {
    const where = `summary.weeks[${index}]`;
    const area = (value: number, field: string) => csvField(value, decimals, `${where}.${field}`);
    const count = (value: number, field: string) => csvField(value, null, `${where}.items.${field}`);
    rows.push(
      [
        csvField(week.weekStart, null, `${where}.weekStart`),
        csvField(week.weekEnd, null, `${where}.weekEnd`),
        area(week.clearedHa, 'clearedHa'),
        area(week.reducedHa, 'reducedHa'),
        area(week.cancelledHa, 'cancelledHa'),
        area(week.releasedHa, 'releasedHa'),
        count(week.items.apMines, 'apMines'),
        count(week.items.atMines, 'atMines'),
        count(week.items.uxo, 'uxo'),
        count(week.items.otherItems, 'otherItems'),
      ].join(','),
    );
  });
  return rows.join(CRLF) + CRLF;
}
