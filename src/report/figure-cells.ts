import { formatCount } from './format-count.js';
import { formatHectares } from './format-hectares.js';
import type { TableHeadings } from './locales/report-locale.js';
import type { SupportedLocale } from './locales/supported-locales.js';
import type { AreaFigures } from './summary.js';

/** Shown for items per cleared hectare where nothing was cleared. */
const NOT_APPLICABLE = '—';

/** The columns of a report table, in order; the first is the name, the rest are figures. */
export const TABLE_COLUMNS: readonly (keyof TableHeadings)[] = [
  'name',
  'clearedHa',
  'reducedHa',
  'cancelledHa',
  'releasedHa',
  'hazardHa',
  'remainingHazardHa',
  'apMines',
  'atMines',
  'uxo',
  'otherItems',
  'itemsPerClearedHa',
];

/**
 * The figure cells of one table row (every column of {@link TABLE_COLUMNS} but the name), as the
 * locale writes them: hectares and items per cleared hectare to one decimal, counts whole.
 *
 * @example
 * figureCells(summary.totals, 'en'); // ['1.9', '0.4', '12.0', '14.3', …]
 */
export function figureCells(figures: AreaFigures, locale: SupportedLocale): string[] {
  return [
    formatHectares(figures.clearedHa, locale),
    formatHectares(figures.reducedHa, locale),
    formatHectares(figures.cancelledHa, locale),
    formatHectares(figures.releasedHa, locale),
    formatHectares(figures.hazardHa, locale),
    formatHectares(figures.remainingHazardHa, locale),
    formatCount(figures.items.apMines, locale),
    formatCount(figures.items.atMines, locale),
    formatCount(figures.items.uxo, locale),
    formatCount(figures.items.otherItems, locale),
    // One decimal, like hectares: "338.0" items per cleared hectare.
    figures.itemsPerClearedHa === null ? NOT_APPLICABLE : formatHectares(figures.itemsPerClearedHa, locale),
  ];
}
