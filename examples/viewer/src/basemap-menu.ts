import type { IControl } from 'maplibre-gl';
import { OPENSTREETMAP_RASTER, OPENSTREETMAP_TILE_POLICY_URL, basemapText, parseBasemap, type BasemapSpec } from 'cleared-land/map';
import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';

/** Which entry of the menu a basemap is. */
type Choice = 'offline' | 'osm' | 'custom';

/**
 * The basemap menu, a map control: the offline outline (the default, no network), OpenStreetMap's
 * raster tiles (online only, with their credit and usage note, never chosen by default), or the
 * user's own basemap — a style JSON URL, a raster tile template or a `.pmtiles` URL typed in, or
 * a `.pmtiles` file picked from disk (read in place, so a country extract works offline).
 * It only reports choices; the viewer draws them and keeps the URL.
 *
 * @example
 * const menu = new BasemapMenu({ messages, current: { kind: 'offline' }, onChoose: (spec) => zoneMap.setBasemap(spec) });
 * zoneMap.map.addControl(menu, 'top-left');
 */
export class BasemapMenu implements IControl {
  private messages: Messages;
  private current: BasemapSpec;
  private readonly onChoose: (spec: BasemapSpec) => void;
  private container: HTMLElement | null = null;
  private open = false;

  constructor(options: { messages: Messages; current: BasemapSpec; onChoose: (spec: BasemapSpec) => void }) {
    this.messages = options.messages;
    this.current = options.current;
    this.onChoose = options.onChoose;
  }

  onAdd(): HTMLElement {
    this.container = element('div', { className: 'maplibregl-ctrl basemap-menu' });
    this.render();
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }

  /** Shows the basemap drawn now (after a failure, the offline map). */
  setCurrent(spec: BasemapSpec): void {
    this.current = spec;
    this.render();
  }

  /** Writes the menu in another language. */
  relabel(messages: Messages): void {
    this.messages = messages;
    this.render();
  }

  private render(): void {
    const container = this.container;
    if (!container) return;
    const { messages } = this;
    const choice = choiceOf(this.current);
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.basemapControl ?? null;
    const radio = (value: Choice, label: string, note: HTMLElement | null): HTMLElement => {
      const input = element('input', {
        attributes: { type: 'radio', name: 'basemap-choice', value, id: `basemap-${value}`, 'data-basemap-control': value },
      });
      input.checked = value === choice;
      input.addEventListener('change', () => {
        if (value === 'offline') this.choose({ kind: 'offline' });
        else if (value === 'osm') this.choose(OPENSTREETMAP_RASTER);
        else urlInput.focus();
      });
      return element('div', { className: 'basemap-option' }, [
        input,
        element('label', { text: label, attributes: { for: `basemap-${value}` } }),
        note,
      ]);
    };
    const urlInput = element('input', {
      className: 'basemap-url',
      attributes: {
        type: 'url',
        id: 'basemap-url',
        placeholder: messages.basemapUrlHint,
        spellcheck: 'false',
        autocomplete: 'off',
        'data-basemap-control': 'url',
      },
    });
    urlInput.value = choice === 'custom' ? basemapText(this.current) ?? '' : '';
    const error = element('p', { className: 'basemap-url-error', attributes: { role: 'alert' } });
    const form = element('form', { className: 'basemap-url-form' }, [
      element('label', { className: 'basemap-url-label', text: messages.basemapUrl, attributes: { for: 'basemap-url' } }),
      element('div', { className: 'basemap-url-row' }, [
        urlInput,
        element('button', { className: 'button', text: messages.basemapUse, attributes: { type: 'submit', 'data-basemap-control': 'use' } }),
      ]),
      error,
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      try {
        this.choose(parseBasemap(urlInput.value, window.location.href));
      } catch (failure) {
        error.textContent = (failure as Error).message;
      }
    });
    const fileInput = element('input', {
      className: 'visually-hidden',
      attributes: { type: 'file', accept: '.pmtiles', tabindex: '-1', 'data-basemap-file': '', 'aria-label': messages.basemapFile },
    });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      fileInput.value = '';
      if (file) this.choose({ kind: 'pmtiles', archive: file, attribution: null });
    });
    const fileName =
      this.current.kind === 'pmtiles' && typeof this.current.archive !== 'string'
        ? element('p', { className: 'basemap-file-name', text: messages.basemapFileName(this.current.archive.name) })
        : null;
    const osmNote = element('p', { className: 'basemap-note' }, [
      document.createTextNode(`${messages.basemapOsmNote} `),
      element('a', { text: 'operations.osmfoundation.org', attributes: { href: OPENSTREETMAP_TILE_POLICY_URL, target: '_blank', rel: 'noopener' } }),
    ]);
    const details = element('details', { className: 'basemap-details' }, [
      element('summary', { className: 'basemap-summary', attributes: { 'data-basemap-control': 'summary' } }, [
        layersIcon(),
        element('span', { text: messages.basemap }),
        element('span', { className: 'basemap-current', text: labelOf(this.current, messages) }),
      ]),
      element('fieldset', { className: 'basemap-options' }, [
        element('legend', { className: 'visually-hidden', text: messages.basemap }),
        radio('offline', messages.basemapOffline, element('p', { className: 'basemap-note', text: messages.basemapOfflineNote })),
        radio('osm', messages.basemapOsm, osmNote),
        radio('custom', messages.basemapCustom, null),
        form,
        element('button', {
          className: 'button basemap-file-button',
          text: messages.basemapFile,
          attributes: { type: 'button', 'data-basemap-control': 'file' },
          onClick: () => fileInput.click(),
        }),
        fileName,
        fileInput,
      ]),
    ]) as HTMLDetailsElement;
    details.open = this.open;
    details.addEventListener('toggle', () => (this.open = details.open));
    container.replaceChildren(details);
    if (focused) container.querySelector<HTMLElement>(`[data-basemap-control="${focused}"]`)?.focus();
  }

  private choose(spec: BasemapSpec): void {
    this.current = spec;
    this.render();
    this.onChoose(spec);
  }
}

function choiceOf(spec: BasemapSpec): Choice {
  if (spec.kind === 'offline') return 'offline';
  if (spec.kind === 'raster' && spec.tiles === OPENSTREETMAP_RASTER.tiles) return 'osm';
  return 'custom';
}

function labelOf(spec: BasemapSpec, messages: Messages): string {
  const choice = choiceOf(spec);
  if (choice === 'offline') return messages.basemapOffline;
  if (choice === 'osm') return 'OpenStreetMap';
  if (spec.kind === 'pmtiles') return typeof spec.archive === 'string' ? lastPart(spec.archive) : spec.archive.name;
  const text = basemapText(spec);
  return text ? lastPart(text.split('|')[0]) : messages.basemapCustom;
}

function lastPart(address: string): string {
  try {
    const url = new URL(address.replace(/[{}]/g, ''));
    return url.host;
  } catch {
    return address;
  }
}

function layersIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  for (const [d, fill] of [
    ['M8 2 L15 5.5 L8 9 L1 5.5 Z', 'currentColor'],
    ['M1 8.5 L8 12 L15 8.5', 'none'],
    ['M1 11 L8 14.5 L15 11', 'none'],
  ] as const) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.3');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
  }
  return svg;
}
