import { ZONE_PALETTE } from 'cleared-land/map';
import type { Messages } from '../i18n/messages.js';
import type { NumberFormats } from './number-formats.js';

/** Land released from the start of the record to the end of one week, in hectares. */
export interface ProgressPoint {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  /** Sunday of the week, YYYY-MM-DD. */
  weekEnd: string;
  /** Dissolved cleared land up to `weekEnd`, hectares. */
  clearedHa: number;
  /** Dissolved reduced land up to `weekEnd`, hectares. */
  reducedHa: number;
  /** Dissolved cancelled land up to `weekEnd`, hectares. */
  cancelledHa: number;
  /** Cancelled ∪ reduced ∪ cleared up to `weekEnd` (overlaps once), hectares. */
  releasedHa: number;
}

/** Options of {@link progressChart}. */
export interface ProgressChartOptions {
  messages: Messages;
  formats: NumberFormats;
  /** The period on screen, drawn as a band; null ends mean the record's own ends. */
  period: { from: string | null; to: string | null };
  /** Index of the week playback is on, marked with a rule; null for none. */
  currentWeek: number | null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH_PX = 380;
const HEIGHT_PX = 210;
const MARGIN = { top: 22, right: 14, bottom: 26, left: 48 };
const Y_TICK_TARGET = 4;
const RELEASED_LINE_COLOR = '#1B2430';

/**
 * A cumulative progress chart drawn by hand in SVG: stacked areas of cleared, reduced and cancelled
 * land (the map's colours, cleared at the bottom because it is the work that costs most), a line
 * for released land with overlaps counted once, and the period on screen as a shaded band.
 * `role="img"` with a title and a description gives screen readers the gist.
 *
 * @example
 * panel.append(progressChart(points, { messages, formats, period: { from: null, to: null }, currentWeek: null }));
 */
export function progressChart(points: readonly ProgressPoint[], options: ProgressChartOptions): SVGSVGElement {
  const { messages, formats, period, currentWeek } = options;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${WIDTH_PX} ${HEIGHT_PX}`,
    role: 'img',
    'aria-labelledby': 'progress-chart-title progress-chart-desc',
    class: 'progress-chart',
  });
  const last = points[points.length - 1];
  const title = svgElement('title', { id: 'progress-chart-title' });
  title.textContent = messages.chartTitle;
  const description = svgElement('desc', { id: 'progress-chart-desc' });
  description.textContent = last
    ? messages.chartDescription(points.length, formats.hectares(last.releasedHa))
    : messages.chartEmpty;
  svg.append(title, description);
  if (!last) return svg;

  const plotWidth = WIDTH_PX - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT_PX - MARGIN.top - MARGIN.bottom;
  const stackTop = Math.max(...points.map((point) => point.clearedHa + point.reducedHa + point.cancelledHa), last.releasedHa);
  const step = niceStep(stackTop / Y_TICK_TARGET);
  const yMax = Math.max(step, Math.ceil(stackTop / step) * step);
  // Week k sits at the end of its week: the chart starts from zero on the first Monday.
  const x = (index: number): number => MARGIN.left + (plotWidth * (index + 1)) / points.length;
  const x0 = MARGIN.left;
  const y = (valueHa: number): number => MARGIN.top + plotHeight * (1 - valueHa / yMax);

  const grid = svgElement('g', { class: 'chart-grid' });
  for (let value = 0; value <= yMax + step / 2; value += step) {
    grid.append(svgElement('line', { x1: x0, x2: x0 + plotWidth, y1: y(value), y2: y(value) }));
    const label = svgElement('text', { x: x0 - 6, y: y(value) + 3.5, 'text-anchor': 'end', class: 'chart-tick' });
    label.textContent = formats.count(Math.round(value));
    grid.append(label);
  }
  svg.append(grid);

  const band = periodBand(points, period, x, x0);
  if (band) {
    svg.append(
      svgElement('rect', {
        x: band.left,
        y: MARGIN.top,
        width: Math.max(1, band.right - band.left),
        height: plotHeight,
        class: 'chart-period',
      }),
    );
  }

  const layers: { key: 'clearedHa' | 'reducedHa' | 'cancelledHa'; color: string }[] = [
    { key: 'clearedHa', color: ZONE_PALETTE.cleared.fillColor },
    { key: 'reducedHa', color: ZONE_PALETTE.reduced.fillColor },
    { key: 'cancelledHa', color: ZONE_PALETTE.cancelled.fillColor },
  ];
  const base = points.map(() => 0);
  for (const layer of layers) {
    const top = points.map((point, index) => base[index] + point[layer.key]);
    const upper = [`${x0},${y(0)}`, ...top.map((value, index) => `${x(index)},${y(value)}`)];
    const lower = [...base.map((value, index) => `${x(index)},${y(value)}`).reverse(), `${x0},${y(0)}`];
    svg.append(svgElement('polygon', { points: [...upper, ...lower].join(' '), fill: layer.color, 'fill-opacity': 0.85 }));
    top.forEach((value, index) => (base[index] = value));
  }

  const released = [`${x0},${y(0)}`, ...points.map((point, index) => `${x(index)},${y(point.releasedHa)}`)];
  svg.append(
    svgElement('polyline', {
      points: released.join(' '),
      fill: 'none',
      stroke: RELEASED_LINE_COLOR,
      'stroke-width': 1.75,
      'stroke-linejoin': 'round',
    }),
  );
  points.forEach((point, index) => {
    const dot = svgElement('circle', { cx: x(index), cy: y(point.releasedHa), r: 2.5, fill: RELEASED_LINE_COLOR });
    const tip = svgElement('title', {});
    tip.textContent = `${formats.date(point.weekEnd)}: ${formats.hectares(point.releasedHa)} ${messages.hectaresShort}`;
    dot.append(tip);
    svg.append(dot);
  });

  if (currentWeek !== null && currentWeek >= 0 && currentWeek < points.length) {
    svg.append(
      svgElement('line', {
        x1: x(currentWeek),
        x2: x(currentWeek),
        y1: MARGIN.top,
        y2: MARGIN.top + plotHeight,
        class: 'chart-cursor',
      }),
    );
  }

  const axis = svgElement('g', { class: 'chart-axis' });
  axis.append(svgElement('line', { x1: x0, x2: x0 + plotWidth, y1: y(0), y2: y(0) }));
  const labelEvery = Math.max(1, Math.ceil(points.length / 5));
  points.forEach((point, index) => {
    if ((points.length - 1 - index) % labelEvery !== 0) return;
    const label = svgElement('text', { x: x(index), y: HEIGHT_PX - 8, 'text-anchor': 'middle', class: 'chart-tick' });
    label.textContent = formats.shortDate(point.weekEnd);
    axis.append(label);
  });
  const unit = svgElement('text', { x: x0 - 6, y: MARGIN.top - 10, 'text-anchor': 'end', class: 'chart-unit' });
  unit.textContent = messages.hectaresShort;
  axis.append(unit);
  svg.append(axis);
  return svg;
}

/** The horizontal extent of the period on screen, in chart pixels; null when it is the whole record. */
function periodBand(
  points: readonly ProgressPoint[],
  period: { from: string | null; to: string | null },
  x: (index: number) => number,
  x0: number,
): { left: number; right: number } | null {
  if (!period.from && !period.to) return null;
  const firstIndex = period.from ? points.findIndex((point) => point.weekEnd >= period.from!) : 0;
  let lastIndex = points.length - 1;
  if (period.to) {
    const after = points.findIndex((point) => point.weekStart > period.to!);
    lastIndex = after === -1 ? points.length - 1 : after - 1;
  }
  if (firstIndex === -1 || lastIndex < firstIndex) return null;
  return { left: firstIndex === 0 ? x0 : x(firstIndex - 1), right: x(lastIndex) };
}

/** 1, 2 or 5 times a power of ten: ticks people read at a glance. */
function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}
