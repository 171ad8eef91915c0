import type { ZoneFeature } from '../index.js';
import { mapMessages } from './map-messages.js';
import type { MapMessages } from './map-messages.js';
import { createElement } from './create-element.js';

/** Options of {@link zonePopupContent}. */
export interface ZonePopupContentOptions {
  /** BCP 47 locale of the labels and numbers; en, az and ru are written, others fall back to English. */
  locale: string;
  /** The zone's area in hectares on the WGS84 ellipsoid (`areaHectares(zone.geometry)`), computed by the caller. */
  areaHa: number;
}

/** Decimals of the popup's exact area (reports round to 0.1 ha): 0.0001 ha is one square metre. */
const EXACT_HECTARE_DIGITS = 4;
const SQUARE_METERS_PER_HECTARE = 10_000;

/**
 * The DOM of a zone's popup: its normalised fields, its area to the square metre, the items found,
 * and every property of the input file. Every value is written with `textContent`: properties are
 * untrusted text (a file can hold `<img onerror=…>`), so nothing here is ever parsed as HTML.
 *
 * @example
 * popup.setDOMContent(zonePopupContent(zone, { locale: 'en', areaHa: areaHectares(zone.geometry) }));
 */
export function zonePopupContent(zone: ZoneFeature, options: ZonePopupContentOptions): HTMLElement {
  const messages = mapMessages(options.locale);
  const labels = messages.popup;
  const properties = zone.properties;
  const root = createElement('div', 'cleared-land-popup');

  const heading = createElement('h3', 'cleared-land-popup__title');
  heading.textContent = `${labels.zone} ${properties.id ?? `#${properties.featureIndex + 1}`}`;
  const status = createElement('span', `cleared-land-popup__status cleared-land-status--${properties.status}`);
  status.textContent = messages.status[properties.status];
  root.append(heading, status);

  const fields = createElement('dl', 'cleared-land-popup__fields');
  addRow(fields, labels.computedArea, exactHectares(options.areaHa, messages));
  if (properties.reportedAreaM2 !== null) addRow(fields, labels.reportedArea, exactHectares(properties.reportedAreaM2 / SQUARE_METERS_PER_HECTARE, messages));
  addRow(fields, labels.hazardId, properties.hazardId);
  addRow(fields, labels.method, properties.method);
  addRow(fields, labels.startDate, properties.startDate);
  addRow(fields, labels.endDate, properties.endDate);
  addRow(fields, labels.organisation, properties.organisation);
  addRow(fields, labels.region, properties.region);
  const counts = [
    [labels.apMines, properties.apMines],
    [labels.atMines, properties.atMines],
    [labels.uxo, properties.uxo],
    [labels.otherItems, properties.otherItems],
  ] as const;
  const found = counts.filter(([, count]) => count > 0).map(([label, count]) => `${label}: ${count}`);
  if (found.length > 0) addRow(fields, labels.items, found.join(', '));
  root.append(fields);

  const sourceEntries = Object.entries(properties.source ?? {});
  if (sourceEntries.length > 0) {
    const details = createElement('details', 'cleared-land-popup__source');
    const summary = createElement('summary');
    summary.textContent = labels.fileProperties;
    const table = createElement('dl', 'cleared-land-popup__fields');
    for (const [key, value] of sourceEntries) addRow(table, key, asText(value));
    details.append(summary, table);
    root.append(details);
  }
  return root;
}

function exactHectares(valueHa: number, messages: MapMessages): string {
  const figure = new Intl.NumberFormat(messages.locale, {
    minimumFractionDigits: EXACT_HECTARE_DIGITS,
    maximumFractionDigits: EXACT_HECTARE_DIGITS,
  }).format(valueHa);
  return `${figure} ${messages.hectareUnit}`;
}

function addRow(list: HTMLElement, label: string, value: string | null): void {
  if (value === null || value === '') return;
  const term = createElement('dt');
  term.textContent = label;
  const description = createElement('dd');
  description.textContent = value;
  list.append(term, description);
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
