import { figureCells, TABLE_COLUMNS } from './figure-cells.js';
import { formatCount } from './format-count.js';
import { formatHectares } from './format-hectares.js';
import { formatText } from './format-text.js';
import { calendarDate } from './locales/calendar-date.js';
import { getReportLocale } from './locales/get-report-locale.js';
import type { PageWords, ReportLocale } from './locales/report-locale.js';
import type { SupportedLocale } from './locales/supported-locales.js';
import { plainName } from './plain-name.js';
import { rowLabel } from './row-label.js';
import type { AreaFigures, Summary } from './summary.js';
import type { ZoneStatus } from '../zones/zone.js';
import { ZONE_PALETTE } from '../zones/zone-palette.js';
import { REGION_OUTLINE } from './svg-map.js';

/** Options of {@link formatHtml}. */
export interface HtmlOptions {
  /** Language of the words and style of the figures: 'en', 'az' or 'ru'. */
  locale: SupportedLocale;
  /** The map as inline SVG (from `reportMap`); null leaves the map out. */
  mapSvg: string | null;
  /** Where the zones and districts came from, shown under the map (plain text). */
  attribution: string;
  /** Whether the figures come from the bundled synthetic sample: said at the top in large type. */
  sample: boolean;
}

/** Defaults of {@link HtmlOptions}. */
export const defaultHtmlOptions: HtmlOptions = {
  // English.
  locale: 'en',
  // No map.
  mapSvg: null,
  // No source named.
  attribution: '',
  // Real data.
  sample: false,
};

/**
 * The week's report as one self-contained HTML page, laid out for an A4 portrait sheet (1–2
 * pages when printed or saved as PDF): title and period, the weekly sentence, the released,
 * cleared, reduced and cancelled hectares, the remaining hazardous area and the items, the map with
 * its legend, scale bar, north arrow and attribution, then the table by district. It references
 * nothing outside itself (no fonts, scripts, images or styles to fetch; a Content-Security-Policy
 * says so to the browser), and every name from a file is escaped.
 *
 * @example
 * await writeFile('week17.html', formatHtml(summary, { locale: 'en', mapSvg: reportMap(zones, districts, summary.period) }));
 */
export function formatHtml(summary: Summary, options: Partial<HtmlOptions> = {}): string {
  const { locale, mapSvg, attribution, sample } = { ...defaultHtmlOptions, ...options };
  const words = getReportLocale(locale, 'options.locale');
  const page = words.pageWords;
  const sentence = formatText(summary, { locale });
  const period = periodText(summary, words);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${page.title} — ${period}`)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(page.title)}</h1>
<p class="period">${escapeHtml(period)}</p>
${sample ? '<p class="sample">SAMPLE DATA — synthetic, not a real record</p>' : ''}
</header>
<p class="sentence">${escapeHtml(sentence)}</p>
${figuresBlock(summary.totals, words)}
${mapSvg === null ? '' : mapFigure(mapSvg, page, attribution)}
<h2>${escapeHtml(page.byRegion)}</h2>
${regionTable(summary, words)}
<footer><p>${escapeHtml(summary.areaMethod)}. ${formatCount(summary.features.accepted, locale)} ${escapeHtml(page.accepted)}, ${formatCount(summary.features.rejected, locale)} ${escapeHtml(page.rejected)}.</p></footer>
</main>
</body>
</html>
`;
}

function periodText(summary: Summary, words: ReportLocale): string {
  const { from, to } = summary.period;
  if (from === null && to === null) return words.pageWords.wholeRecord;
  const day = (date: string | null) => {
    if (date === null) return '…';
    const { day: dayOfMonth, monthName, year } = calendarDate(date, words.locale, 'summary.period');
    return `${dayOfMonth} ${monthName} ${year}`;
  };
  return `${day(from)} – ${day(to)}`;
}

function figuresBlock(totals: AreaFigures, words: ReportLocale): string {
  const { locale, pageWords: page } = words;
  const hectares = (value: number) => `${formatHectares(value, locale)} ${page.hectares}`;
  const items = totals.items.apMines + totals.items.atMines + totals.items.uxo + totals.items.otherItems;
  const figures: Array<[string, string, string]> = [
    ['released', page.released, hectares(totals.releasedHa)],
    ['cleared', page.cleared, hectares(totals.clearedHa)],
    ['reduced', page.reduced, hectares(totals.reducedHa)],
    ['cancelled', page.cancelled, hectares(totals.cancelledHa)],
    ['remaining', page.remainingHazard, hectares(totals.remainingHazardHa)],
    ['items', page.items, formatCount(items, locale)],
  ];
  const cells = figures.map(([key, label, value]) => `<div class="figure ${key}"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return `<dl class="figures">${cells.join('')}</dl>`;
}

function mapFigure(mapSvg: string, page: PageWords, attribution: string): string {
  const swatches = (statuses: readonly ZoneStatus[]) =>
    statuses
      .map((status) => ZONE_PALETTE[status])
      .map((style) => swatch(style.fillColor, style.fillOpacity, style.outlineColor))
      .join('');
  const legend = [
    `<li>${swatches(HAZARD_STATUSES)} ${escapeHtml(page.legendHazard)}</li>`,
    `<li>${swatches(RELEASE_STATUSES)} ${escapeHtml(page.legendReleased)}</li>`,
    `<li>${swatch('none', 0, REGION_OUTLINE)} ${escapeHtml(page.legendRegions)}</li>`,
  ];
  return `<figure class="map-figure">${mapSvg}<ul class="legend">${legend.join('')}</ul><figcaption>${escapeHtml(page.mapCaption)}. ${escapeHtml(attribution)}</figcaption></figure>`;
}

const HAZARD_STATUSES: readonly ZoneStatus[] = ['confirmed', 'suspected'];
const RELEASE_STATUSES: readonly ZoneStatus[] = ['cleared', 'reduced', 'cancelled'];

function swatch(fill: string, opacity: number, stroke: string): string {
  return `<svg width="14" height="14" aria-hidden="true"><rect x="1" y="1" width="12" height="12" fill="${fill}" fill-opacity="${opacity}" stroke="${stroke}"/></svg>`;
}

function regionTable(summary: Summary, words: ReportLocale): string {
  const headings = TABLE_COLUMNS.map((column) => `<th scope="col">${escapeHtml(words.tableHeadings[column])}</th>`).join('');
  const row = (label: string, figures: AreaFigures, className = '') =>
    `<tr${className ? ` class="${className}"` : ''}><th scope="row">${escapeHtml(label)}</th>${figureCells(figures, words.locale).map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  const rows = summary.regions.map((region) => row(plainName(rowLabel(region)), region));
  if (summary.outsideRegions) rows.push(row(words.outsideRegionsLabel, summary.outsideRegions));
  rows.push(row(words.totalLabel, summary.totals, 'total'));
  return `<table><thead><tr>${headings}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

// A4 portrait with 14 mm margins; system fonts only (nothing to download).
const PAGE_STYLE = `
@page { size: A4 portrait; margin: 14mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #1a1a1a; background: #fff; font: 10.5pt/1.4 system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
header { border-bottom: 2px solid #00441b; margin-bottom: 4mm; }
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
.period { font-size: 12pt; margin: 1mm 0 2mm; color: #333; }
.sample { font-weight: bold; color: #8a1c00; margin: 0 0 2mm; }
.sentence { font-size: 11pt; margin: 0 0 4mm; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; margin: 0 0 4mm; }
.figure { border: 1px solid #c8c8c8; border-radius: 2mm; padding: 2mm 3mm; break-inside: avoid; }
.figure dt { font-size: 8.5pt; color: #444; }
.figure dd { margin: 0; font-size: 14pt; font-weight: bold; }
.figure.released dd { color: #00441b; }
.figure.remaining dd { color: #a30000; }
.map-figure { margin: 0; break-inside: avoid; }
.map-figure svg.map { display: block; width: 100%; height: auto; border: 1px solid #c8c8c8; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1mm 5mm; padding: 0; margin: 1.5mm 0 0; font-size: 8.5pt; }
.legend li { display: flex; align-items: center; gap: 1mm; }
figcaption { font-size: 8pt; color: #444; margin-top: 1mm; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 7.5pt; font-variant-numeric: tabular-nums; }
thead th { font-size: 6.5pt; hyphens: auto; overflow-wrap: anywhere; }
thead th:first-child { width: 17%; }
th, td { border-bottom: 1px solid #ddd; padding: 1mm 0.8mm; text-align: right; vertical-align: bottom; }
th[scope="row"], thead th:first-child { text-align: left; }
thead th { font-weight: 600; border-bottom: 1.5px solid #444; }
tr.total th, tr.total td { font-weight: bold; border-top: 1.5px solid #444; }
tr { break-inside: avoid; }
footer { margin-top: 4mm; font-size: 7.5pt; color: #555; }
`;
