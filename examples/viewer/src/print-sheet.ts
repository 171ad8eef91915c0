import type { AreaFigures, Summary } from 'cleared-land';
import type { StatusStyle } from 'cleared-land/map';
import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';
import type { NumberFormats } from './number-formats.js';

/** The map as the printed page shows it: a picture of the canvas and what a reader needs to read it. */
export interface PrintMap {
  /** PNG data URL of the map canvas, or null before the map has drawn. */
  pictureUrl: string | null;
  /** Width of the picture in CSS pixels of the screen it was taken on. */
  widthPx: number;
  /** Metres on the ground per CSS pixel at the picture's centre. */
  metersPerPixel: number;
  /** Map rotation, degrees clockwise from north. */
  bearing: number;
  /** Credits of the basemap and districts, plain text. */
  attribution: string;
  /** Legend rows: each status drawn and its style. */
  legend: readonly { label: string; style: StatusStyle }[];
  legendTitle: string;
}

/** What the printed week holds besides the map. */
export interface PrintContent {
  summary: Summary;
  /** The weekly sentence (`formatText`) in the viewer's language. */
  sentence: string;
  /** The period as written on screen. */
  periodText: string;
  /** The zones file's name, and a warning for the synthetic sample (or null). */
  source: string;
  warning: string | null;
  /** Today's date as the viewer writes dates. */
  madeOn: string;
  map: PrintMap;
  messages: Messages;
  formats: NumberFormats;
}

const SCALE_BAR_MAX_SHARE = 0.25;
const METERS_PER_KILOMETER = 1_000;

/**
 * The printed week: an A4 portrait sheet (one or two pages) with the title and period, the weekly
 * sentence, the headline figures, the map as a picture with legend, scale bar, north arrow and
 * credits, and the district table. The page shows it only in print (`@media print` in viewer.css
 * hides everything else), so the browser's own Print gives the same sheet as the button.
 *
 * @example
 * host.replaceChildren(printSheet({ summary, sentence, periodText, … }));
 */
export function printSheet(content: PrintContent): HTMLElement {
  const { summary, messages, formats } = content;
  const totals = summary.totals;
  const hectares = (value: number) => `${formats.hectares(value)} ${messages.hectaresShort}`;
  const figure = (label: string, value: string, key: string, className = '') =>
    element('div', { className: `print-figure ${className}`.trim(), attributes: { 'data-print-figure': key } }, [
      element('dt', { text: label }),
      element('dd', { text: value }),
    ]);
  const items = totals.items;
  return element('article', { className: 'print-sheet', attributes: { 'aria-label': messages.printTitle } }, [
    element('header', { className: 'print-header' }, [
      element('h1', { className: 'print-title', text: messages.printTitle }),
      element('p', { className: 'print-period', text: `${messages.period}: ${content.periodText}` }),
      element('p', { className: 'print-source', text: content.source }),
      content.warning ? element('p', { className: 'print-warning', text: content.warning }) : null,
    ]),
    element('p', { className: 'print-sentence', text: content.sentence }),
    element('h2', { className: 'print-heading', text: messages.printFigures }),
    element('dl', { className: 'print-figures' }, [
      figure(messages.released, hectares(totals.releasedHa), 'releasedHa', 'print-figure--lead'),
      figure(messages.cleared, hectares(totals.clearedHa), 'clearedHa'),
      figure(messages.reduced, hectares(totals.reducedHa), 'reducedHa'),
      figure(messages.cancelled, hectares(totals.cancelledHa), 'cancelledHa'),
      figure(messages.remainingHazard, hectares(totals.remainingHazardHa), 'remainingHazardHa', 'print-figure--hazard'),
      figure(
        messages.items,
        `${formats.count(totalItems(totals))} (${messages.apMines} ${formats.count(items.apMines)} · ${messages.atMines} ${formats.count(items.atMines)} · ${messages.uxo} ${formats.count(items.uxo)} · ${messages.otherItems} ${formats.count(items.otherItems)})`,
        'items',
        'print-figure--wide',
      ),
    ]),
    printMapFigure(content),
    element('section', { className: 'print-districts' }, [
      element('h2', { className: 'print-heading', text: `${messages.districtsTitle} (${messages.hectaresShort})` }),
      printTable(summary, messages, formats),
    ]),
    element('footer', { className: 'print-footer', text: messages.printMade(content.madeOn, content.source) }),
  ]);
}

function printMapFigure(content: PrintContent): HTMLElement {
  const { map, messages } = content;
  const picture = map.pictureUrl
    ? element('img', { className: 'print-map-picture', attributes: { src: map.pictureUrl, alt: messages.printMapAlt } })
    : element('div', { className: 'print-map-picture print-map-empty', text: messages.loading });
  const scale = scaleBar(map, messages.map);
  return element('figure', { className: 'print-map' }, [
    element('div', { className: 'print-map-frame' }, [
      picture,
      northArrow(map.bearing, messages.printNorth),
      element('div', { className: 'print-legend' }, [
        element('p', { className: 'print-legend-title', text: map.legendTitle }),
        element(
          'ul',
          {},
          map.legend.map((row) =>
            element('li', {}, [
              element('span', {
                className: 'print-swatch',
                attributes: {
                  'aria-hidden': 'true',
                  style: `background:${hexWithAlpha(row.style.fillColor, row.style.fillOpacity)};border-color:${row.style.outlineColor};border-style:${row.style.outlineDash ? 'dashed' : 'solid'}`,
                },
              }),
              element('span', { text: row.label }),
            ]),
          ),
        ),
      ]),
      scale
        ? element('div', { className: 'print-scale', attributes: { 'aria-label': scale.label } }, [
            element('span', { className: 'print-scale-bar', attributes: { style: `width:${(scale.share * 100).toFixed(2)}%` } }),
            element('span', { className: 'print-scale-label', text: scale.label }),
          ])
        : null,
      element('p', { className: 'print-attribution', text: map.attribution }),
    ]),
  ]);
}

/** A bar of a round length (1, 2 or 5 × 10ⁿ m) at most a quarter of the picture wide. */
function scaleBar(map: PrintMap, units: { meters: string; kilometers: string }): { share: number; label: string } | null {
  const pictureMeters = map.metersPerPixel * map.widthPx;
  if (!(pictureMeters > 0)) return null;
  const most = pictureMeters * SCALE_BAR_MAX_SHARE;
  const magnitude = 10 ** Math.floor(Math.log10(most));
  const length = [5, 2, 1].map((step) => step * magnitude).find((candidate) => candidate <= most) ?? magnitude;
  const label = length >= METERS_PER_KILOMETER ? `${length / METERS_PER_KILOMETER} ${units.kilometers}` : `${length} ${units.meters}`;
  return { share: length / pictureMeters, label };
}

function northArrow(bearing: number, label: string): SVGSVGElement {
  const namespace = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(namespace, 'svg');
  svg.setAttribute('class', 'print-north');
  svg.setAttribute('viewBox', '0 0 40 52');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const group = document.createElementNS(namespace, 'g');
  group.setAttribute('transform', `rotate(${-bearing} 20 30)`);
  const left = document.createElementNS(namespace, 'path');
  left.setAttribute('d', 'M20 12 L10 44 L20 37 Z');
  left.setAttribute('fill', '#111827');
  const right = document.createElementNS(namespace, 'path');
  right.setAttribute('d', 'M20 12 L30 44 L20 37 Z');
  right.setAttribute('fill', '#FFFFFF');
  right.setAttribute('stroke', '#111827');
  right.setAttribute('stroke-width', '1.5');
  group.append(left, right);
  const letter = document.createElementNS(namespace, 'text');
  letter.setAttribute('x', '20');
  letter.setAttribute('y', '10');
  letter.setAttribute('text-anchor', 'middle');
  letter.setAttribute('font-size', '11');
  letter.setAttribute('font-weight', '700');
  letter.textContent = 'N';
  svg.append(letter, group);
  return svg;
}

function printTable(summary: Summary, messages: Messages, formats: NumberFormats): HTMLElement {
  const rows: { name: string; figures: AreaFigures }[] = summary.regions.map((region) => ({ name: region.label, figures: region }));
  if (summary.outsideRegions) rows.push({ name: messages.outsideDistricts, figures: summary.outsideRegions });
  rows.sort((a, b) => b.figures.releasedHa - a.figures.releasedHa || a.name.localeCompare(b.name, messages.locale));
  const headings = [messages.district, messages.cleared, messages.reduced, messages.cancelled, messages.released, messages.remainingHazard, messages.items];
  const cells = (name: string, figures: AreaFigures, header: 'th' | 'td') => [
    element('th', { text: name, attributes: { scope: 'row' } }),
    ...[figures.clearedHa, figures.reducedHa, figures.cancelledHa, figures.releasedHa, figures.remainingHazardHa].map((value) =>
      element('td', { className: 'numeric', text: formats.hectares(value) }),
    ),
    element('td', { className: 'numeric', text: formats.count(totalItems(figures)) }),
  ];
  return element('table', { className: 'print-table' }, [
    element('caption', { className: 'visually-hidden', text: messages.districtsTitle }),
    element('thead', {}, [
      element('tr', {}, headings.map((heading, index) => element('th', { className: index === 0 ? '' : 'numeric', text: heading, attributes: { scope: 'col' } }))),
    ]),
    element('tbody', {}, rows.map((row) => element('tr', {}, cells(row.name, row.figures, 'td')))),
    element('tfoot', {}, [element('tr', {}, cells(messages.total, summary.totals, 'th'))]),
  ]);
}

function totalItems(figures: AreaFigures): number {
  return figures.items.apMines + figures.items.atMines + figures.items.uxo + figures.items.otherItems;
}

/** `#RRGGBB` and an opacity as `rgba()`, so the swatch shows the fill as the map blends it. */
function hexWithAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
