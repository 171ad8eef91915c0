import type { ControlPosition } from 'maplibre-gl';
import type { Summary, ZoneStatus } from '../index.js';
import { formatHectares } from '../index.js';
import { ZONE_PALETTE } from './palette.js';
import type { StatusStyle, ZonePalette } from './palette.js';
import { mapMessages } from './map-messages.js';
import { createElement } from './create-element.js';
import { SummaryPanelControl } from './summary-panel-control.js';

/** Options of {@link LegendControl}. */
export interface LegendControlOptions {
  /** Figures to show beside the colours; null shows the colours alone. */
  summary: Summary | null;
  /** Must be the palette the zone layers draw with. */
  palette: ZonePalette;
  /** Language of the labels and numbers: en, az, ru (others fall back to English). */
  locale: string;
  /** Corner the control goes to when `map.addControl` is given none. */
  position: ControlPosition;
}

/** Defaults of {@link LegendControlOptions}. */
export const defaultLegendControlOptions: LegendControlOptions = {
  // Colours only until setSummary() brings figures.
  summary: null,
  // The zone layers' default palette.
  palette: ZONE_PALETTE,
  // English labels.
  locale: 'en',
  // Where map legends usually sit, clear of the navigation buttons.
  position: 'bottom-left',
};

/** Legend rows, top to bottom: the three outcomes IMAS 07.11 reports apart, then the hazards. */
const LEGEND_ORDER: readonly ZoneStatus[] = ['cleared', 'reduced', 'cancelled', 'confirmed', 'suspected'];

const RELEASE_FIGURES = { cleared: 'clearedHa', reduced: 'reducedHa', cancelled: 'cancelledHa' } as const;

/**
 * A MapLibre control explaining the zone colours and outline patterns, with the hectares of each
 * outcome (cleared, reduced, cancelled), released land and remaining hazard from a Summary.
 *
 * @example
 * const legend = new LegendControl({ summary: summarize(result), locale: 'az' });
 * map.addControl(legend);
 * legend.setSummary(summarize(result, { to: '2024-06-30' }));
 */
export class LegendControl extends SummaryPanelControl {
  private readonly settings: LegendControlOptions;

  constructor(options: Partial<LegendControlOptions> = {}) {
    const settings = { ...defaultLegendControlOptions, ...options };
    super(settings.summary, settings.position, 'cleared-land-legend');
    this.settings = settings;
  }

  protected render(): void {
    const container = this.container;
    if (!container) return;
    const messages = mapMessages(this.settings.locale);
    const hectares = (value: number) => `${formatHectares(value, messages.locale)} ${messages.hectareUnit}`;
    const totals = this.summary?.totals ?? null;

    const title = createElement('h2', null, messages.legendTitle);
    const rows = LEGEND_ORDER.map((status) => {
      const row = createElement('div', 'cleared-land-legend__row');
      const figure = status in RELEASE_FIGURES && totals ? hectares(totals[RELEASE_FIGURES[status as keyof typeof RELEASE_FIGURES]]) : '';
      row.append(swatch(this.settings.palette[status]), createElement('span', null, messages.status[status]), createElement('span', 'cleared-land-legend__value', figure));
      return row;
    });
    container.replaceChildren(title, ...rows);
    if (totals) {
      for (const [label, value] of [
        [messages.released, totals.releasedHa],
        [messages.remainingHazard, totals.remainingHazardHa],
      ] as const) {
        const line = createElement('div', 'cleared-land-legend__total');
        line.append(createElement('span', null, label), createElement('span', 'cleared-land-legend__value', hectares(value)));
        container.append(line);
      }
    }
  }
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const SWATCH_WIDTH_PX = 22;
const SWATCH_HEIGHT_PX = 14;

/** A rectangle filled and outlined exactly as the map draws the status, dash pattern included. */
function swatch(style: StatusStyle): SVGSVGElement {
  const svg = document.createElementNS(SVG_NAMESPACE, 'svg');
  svg.setAttribute('class', 'cleared-land-legend__swatch');
  svg.setAttribute('width', String(SWATCH_WIDTH_PX));
  svg.setAttribute('height', String(SWATCH_HEIGHT_PX));
  svg.setAttribute('viewBox', `0 0 ${SWATCH_WIDTH_PX} ${SWATCH_HEIGHT_PX}`);
  svg.setAttribute('aria-hidden', 'true');
  const inset = style.outlineWidthPx / 2;
  const rect = document.createElementNS(SVG_NAMESPACE, 'rect');
  rect.setAttribute('x', String(inset));
  rect.setAttribute('y', String(inset));
  rect.setAttribute('width', String(SWATCH_WIDTH_PX - style.outlineWidthPx));
  rect.setAttribute('height', String(SWATCH_HEIGHT_PX - style.outlineWidthPx));
  rect.setAttribute('fill', style.fillColor);
  rect.setAttribute('fill-opacity', String(style.fillOpacity));
  rect.setAttribute('stroke', style.outlineColor);
  rect.setAttribute('stroke-width', String(style.outlineWidthPx));
  // MapLibre's line-dasharray is in line widths; SVG's is in pixels.
  if (style.outlineDash) rect.setAttribute('stroke-dasharray', style.outlineDash.map((part) => part * style.outlineWidthPx).join(' '));
  svg.append(rect);
  return svg;
}
