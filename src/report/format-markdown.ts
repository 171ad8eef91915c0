import { figureCells, TABLE_COLUMNS } from './figure-cells.js';
import { getReportLocale } from './locales/get-report-locale.js';
import type { ReportLocale, TableHeadings } from './locales/report-locale.js';
import type { SupportedLocale } from './locales/supported-locales.js';
import { plainName } from './plain-name.js';
import { rowLabel } from './row-label.js';
import type { AreaFigures, Summary } from './summary.js';

/** Options of {@link formatMarkdown}. */
export interface MarkdownOptions {
  locale: SupportedLocale;
}

/** Defaults of {@link formatMarkdown}. */
export const defaultMarkdownOptions: MarkdownOptions = {
  // Language of the headings and style of the figures: 'en', 'az' or 'ru'.
  locale: 'en',
};

/**
 * Every ASCII punctuation character: CommonMark lets any of them be escaped with a backslash,
 * and escaping all of them leaves an untrusted name no way to open a link, image, emphasis,
 * code span, HTML tag, entity, or to end a table cell with '|'.
 */
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * The summary as a GitHub-flavoured Markdown table, lines joined by '\n' and no trailing newline:
 * one row per region in the summary's order, then land outside the regions (when the summary has
 * it), then the bold total. Hectares and items per cleared hectare are shown to one decimal and counts whole, in the
 * locale's style; headings are in the locale's language. Region names are made one line and
 * every Markdown punctuation character in them is escaped, since names come from untrusted files.
 *
 * @example
 * formatMarkdown(summary, { locale: 'en' });
 * // '| District | Cleared (ha) | … |\n| --- | ---: | … |\n| Aghdam | 0.3 | … |\n…\n| **Total** | 1.9 | … |'
 */
export function formatMarkdown(summary: Summary, options: Partial<MarkdownOptions> = {}): string {
  const words = getReportLocale(options.locale ?? defaultMarkdownOptions.locale, 'options.locale');
  const lines = [
    tableRow(TABLE_COLUMNS.map((column) => words.tableHeadings[column])),
    tableRow(TABLE_COLUMNS.map((column) => (column === 'name' ? '---' : '---:'))),
    ...summary.regions.map((region) => figuresRow(escapeMarkdown(plainName(rowLabel(region))), region, words)),
  ];
  if (summary.outsideRegions) lines.push(figuresRow(words.outsideRegionsLabel, summary.outsideRegions, words));
  lines.push(figuresRow(`**${words.totalLabel}**`, summary.totals, words));
  return lines.join('\n');
}

function figuresRow(label: string, figures: AreaFigures, words: ReportLocale): string {
  return tableRow([label, ...figureCells(figures, words.locale)]);
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&');
}
