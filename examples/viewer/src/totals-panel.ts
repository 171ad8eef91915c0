import type { AreaFigures } from 'cleared-land';
import { ZONE_PALETTE } from 'cleared-land/map';
import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';
import type { NumberFormats } from './number-formats.js';

/**
 * The headline figures of the period: land released (and its three outcomes, with the map's
 * colours as swatches), remaining hazard, and the items found. Every figure carries a
 * `data-figure` attribute naming its field in the summary, for tests and for anyone scripting
 * the page.
 *
 * @example
 * panel.replaceChildren(totalsPanel(summary.totals, { messages, formats, to: '28 Apr 2024' }));
 */
export function totalsPanel(
  totals: AreaFigures,
  options: { messages: Messages; formats: NumberFormats; to: string },
): HTMLElement {
  const { messages, formats } = options;
  const hectares = (field: keyof AreaFigures, value: number, className = ''): HTMLElement =>
    element('span', { className: `figure ${className}`, attributes: { 'data-figure': field } }, [
      element('span', { className: 'figure-value', text: formats.hectares(value) }),
      element('span', { className: 'figure-unit', text: ` ${messages.hectaresShort}` }),
    ]);
  const outcome = (field: 'clearedHa' | 'reducedHa' | 'cancelledHa', label: string, color: string): HTMLElement =>
    element('div', { className: 'outcome' }, [
      element('span', { className: 'swatch', attributes: { style: `background:${color}`, 'aria-hidden': 'true' } }),
      element('span', { className: 'outcome-label', text: label }),
      hectares(field, totals[field]),
    ]);
  const itemCount = (field: keyof AreaFigures['items'], label: string): HTMLElement =>
    element('div', { className: 'item-count' }, [
      element('span', { className: 'item-value', text: formats.count(totals.items[field]), attributes: { 'data-figure': field } }),
      element('span', { className: 'item-label', text: label }),
    ]);
  return element('div', { className: 'totals' }, [
    element('div', { className: 'kpi kpi-released' }, [
      element('h3', { className: 'kpi-label', text: messages.released }),
      hectares('releasedHa', totals.releasedHa, 'figure-large'),
      element('p', { className: 'kpi-note', text: messages.releasedNote }),
      element('div', { className: 'outcomes' }, [
        outcome('clearedHa', messages.cleared, ZONE_PALETTE.cleared.fillColor),
        outcome('reducedHa', messages.reduced, ZONE_PALETTE.reduced.fillColor),
        outcome('cancelledHa', messages.cancelled, ZONE_PALETTE.cancelled.fillColor),
      ]),
    ]),
    element('div', { className: 'kpi kpi-hazard' }, [
      element('h3', { className: 'kpi-label', text: messages.remainingHazard }),
      hectares('remainingHazardHa', totals.remainingHazardHa, 'figure-medium'),
      element('p', { className: 'kpi-note', text: messages.remainingNote(options.to) }),
    ]),
    element('div', { className: 'kpi kpi-items' }, [
      element('h3', { className: 'kpi-label', text: messages.items }),
      element('div', { className: 'item-grid' }, [
        itemCount('apMines', messages.apMines),
        itemCount('atMines', messages.atMines),
        itemCount('uxo', messages.uxo),
        itemCount('otherItems', messages.otherItems),
      ]),
      element('p', { className: 'kpi-note' }, [
        element('span', { text: `${messages.itemsPerHectare}: ` }),
        element('strong', {
          text: totals.itemsPerClearedHa === null ? messages.noClearance : formats.ratio(totals.itemsPerClearedHa),
          attributes: { 'data-figure': 'itemsPerClearedHa' },
        }),
      ]),
    ]),
  ]);
}
