import type { ControlPosition } from 'maplibre-gl';
import type { AreaFigures, Summary } from '../index.js';
import { formatHectares } from '../index.js';
import { mapMessages } from './map-messages.js';
import type { MapMessages } from './map-messages.js';
import { createElement } from './create-element.js';
import { SummaryPanelControl } from './summary-panel-control.js';

/** Options of {@link SummaryControl}. */
export interface SummaryControlOptions {
  /** The figures to show; null shows "No zones loaded". */
  summary: Summary | null;
  /** Language of the labels and numbers: en, az, ru (others fall back to English). */
  locale: string;
  /** Whether the table starts unfolded. */
  open: boolean;
  /** Corner the control goes to when `map.addControl` is given none. */
  position: ControlPosition;
}

/** Defaults of {@link SummaryControlOptions}. */
export const defaultSummaryControlOptions: SummaryControlOptions = {
  // "No zones loaded" until setSummary().
  summary: null,
  // English labels.
  locale: 'en',
  // The figures are the point: shown unfolded.
  open: true,
  // Opposite the time filter.
  position: 'top-right',
};

const COLUMNS = ['clearedHa', 'reducedHa', 'cancelledHa', 'remainingHazardHa'] as const;

/**
 * A MapLibre control with the hectares of the current period: cleared, reduced, cancelled and
 * remaining hazard, for all regions and for each region (district), as `summarize()` measured
 * them (overlaps dissolved, clipped to each region).
 *
 * @example
 * const table = new SummaryControl({ summary: summarize(result, { regions }) });
 * map.addControl(table);
 * timeFilter.addEventListener('change', (event) => table.setSummary(summarize(result, { regions, ...event.detail })));
 */
export class SummaryControl extends SummaryPanelControl {
  private readonly settings: SummaryControlOptions;
  private details: HTMLDetailsElement | null = null;

  constructor(options: Partial<SummaryControlOptions> = {}) {
    const settings = { ...defaultSummaryControlOptions, ...options };
    super(settings.summary, settings.position, 'cleared-land-summary');
    this.settings = settings;
  }

  /** Takes the control's element and listeners off the map; MapLibre calls this from `map.removeControl`. */
  override onRemove(): void {
    super.onRemove();
    this.details = null;
  }

  protected render(): void {
    const container = this.container;
    if (!container) return;
    const messages = mapMessages(this.settings.locale);
    // Keep the reader's choice to fold the table across updates.
    const open = this.details ? this.details.open : this.settings.open;
    const details = createElement('details');
    details.open = open;
    const heading = createElement('summary', 'cleared-land-panel__title', `${messages.legendTitle} (${messages.hectareUnit})`);
    details.append(heading);
    const summary = this.summary;
    if (!summary) {
      details.append(createElement('p', 'cleared-land-summary__period', messages.noData));
    } else {
      const { from, to } = summary.period;
      const period = from === null && to === null ? messages.allDates : `${from ?? '…'} – ${to ?? '…'}`;
      details.append(createElement('p', 'cleared-land-summary__period', period), this.table(summary, messages));
    }
    this.details = details;
    container.replaceChildren(details);
  }

  private table(summary: Summary, messages: MapMessages): HTMLTableElement {
    const table = createElement('table');
    const head = createElement('tr');
    const headings = [messages.region, messages.cleared, messages.reduced, messages.cancelled, messages.remainingHazard];
    for (const [index, text] of headings.entries()) {
      const cell = createElement('th', null, text);
      cell.scope = 'col';
      if (index > 0) cell.title = `${text} (${messages.hectareUnit})`;
      head.append(cell);
    }
    table.createTHead().append(head);
    const body = table.createTBody();
    body.append(row(messages.totals, summary.totals, messages, 'cleared-land-summary__total'));
    for (const region of summary.regions) body.append(row(region.label, region, messages));
    if (summary.outsideRegions) body.append(row(messages.outsideRegions, summary.outsideRegions, messages));
    return table;
  }
}

function row(name: string, figures: AreaFigures, messages: MapMessages, className?: string): HTMLTableRowElement {
  const tableRow = createElement('tr', className);
  const nameCell = createElement('th', null, name);
  nameCell.scope = 'row';
  // Long district names are cut with an ellipsis; the full name stays available on hover.
  nameCell.title = name;
  tableRow.append(nameCell, ...COLUMNS.map((key) => createElement('td', 'cleared-land-number', formatHectares(figures[key], messages.locale))));
  return tableRow;
}
