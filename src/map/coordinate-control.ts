import type { ControlPosition, IControl, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { adoptMapStyles } from './adopt-map-styles.js';
import { createElement } from './create-element.js';
import { formatMapPosition, mapPosition } from './map-position.js';
import { mapMessages } from './map-messages.js';

/** Options of {@link CoordinateControl}. */
export interface CoordinateControlOptions {
  /** Language of the labels: en, az, ru (others fall back to English). */
  locale: string;
  /** Corner the control goes to when `map.addControl` is given none. */
  position: ControlPosition;
}

/** Defaults of {@link CoordinateControlOptions}. */
export const defaultCoordinateControlOptions: CoordinateControlOptions = {
  // English labels.
  locale: 'en',
  // Beside the scale bar, out of the way of the legend and the tools.
  position: 'bottom-right',
};

/** Detail of the `copy` event: the text put on the clipboard (or offered for selection). */
export interface CoordinateCopyDetail {
  text: string;
  copied: boolean;
}

/** How long "Copied" shows before the caption returns. */
const COPIED_FEEDBACK_MS = 1_800;

/**
 * A readout of where the pointer is, in longitude/latitude, WGS 84 / UTM (zone, easting,
 * northing) and MGRS, as deminers report positions. Without a pointer (keyboard users moving the
 * map with the arrow keys, or a touch screen) it shows the map centre, and says which it shows.
 * The readout is a button: click it, or focus it and press Enter, to copy the three lines.
 *
 * @example
 * map.addControl(new CoordinateControl({ locale: 'az' }));
 */
export class CoordinateControl extends EventTarget implements IControl {
  private readonly settings: CoordinateControlOptions;
  private map: MapLibreMap | null = null;
  private button: HTMLButtonElement | null = null;
  private caption: HTMLElement | null = null;
  private lines: HTMLElement[] = [];
  private status: HTMLElement | null = null;
  private releaseStyles: (() => void) | null = null;
  private listeners: AbortController | null = null;
  private frame = 0;
  private fromPointer = false;
  private pending: { longitude: number; latitude: number; fromPointer: boolean } | null = null;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onMouseMove = (event: MapMouseEvent) => this.show(event.lngLat.lng, event.lngLat.lat, true);
  private readonly onMove = (event: { originalEvent?: Event }) => {
    // Pointer drags already report the pointer; keyboard and programmatic moves report the centre.
    if (event.originalEvent instanceof MouseEvent || event.originalEvent instanceof TouchEvent) return;
    this.showCenter();
  };

  constructor(options: Partial<CoordinateControlOptions> = {}) {
    super();
    this.settings = { ...defaultCoordinateControlOptions, ...options };
  }

  /** The corner MapLibre puts the control in when `map.addControl` names none: the `position` option. */
  getDefaultPosition(): ControlPosition {
    return this.settings.position;
  }

  /** Builds the control's element; MapLibre calls this when the control is added with `map.addControl`. */
  onAdd(map: MapLibreMap): HTMLElement {
    const messages = mapMessages(this.settings.locale);
    this.map = map;
    this.listeners = new AbortController();
    const container = createElement('div', 'maplibregl-ctrl cleared-land-panel cleared-land-position');
    this.button = createElement('button', 'cleared-land-position__readout');
    this.button.type = 'button';
    this.button.title = messages.positionCopy;
    this.caption = createElement('span', 'cleared-land-position__caption');
    this.lines = [0, 1, 2].map(() => createElement('span', 'cleared-land-position__line'));
    this.button.append(createElement('span', 'cleared-land-position__head'), ...this.lines);
    this.button.firstElementChild!.append(this.caption, copyIcon());
    this.button.addEventListener('click', () => void this.copy(), { signal: this.listeners.signal });
    this.status = createElement('span', 'cleared-land-sr-only');
    this.status.setAttribute('role', 'status');
    container.append(this.button, this.status);
    this.releaseStyles = adoptMapStyles(map.getContainer().getRootNode());
    map.on('mousemove', this.onMouseMove);
    map.on('move', this.onMove);
    map.getCanvas().addEventListener('focus', () => this.showCenter(), { signal: this.listeners.signal });
    this.showCenter();
    return container;
  }

  /** Takes the control's element and listeners off the map; MapLibre calls this from `map.removeControl`. */
  onRemove(): void {
    this.map?.off('mousemove', this.onMouseMove);
    this.map?.off('move', this.onMove);
    this.listeners?.abort();
    this.listeners = null;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.statusTimer);
    this.button?.parentElement?.remove();
    this.releaseStyles?.();
    this.releaseStyles = null;
    this.map = null;
  }

  /** The three lines shown now, as copied. */
  text(): string {
    return this.lines.map((line) => line.textContent).filter(Boolean).join('\n');
  }

  private showCenter(): void {
    if (!this.map) return;
    const center = this.map.getCenter();
    this.show(center.lng, center.lat, false);
  }

  private show(longitude: number, latitude: number, fromPointer: boolean): void {
    // Mouse moves come faster than frames: draw the latest once per frame.
    const alreadyScheduled = this.pending !== null;
    this.pending = { longitude, latitude, fromPointer };
    if (alreadyScheduled) return;
    this.frame = requestAnimationFrame(() => this.render());
  }

  private render(): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending || !this.button || !this.caption) return;
    const messages = mapMessages(this.settings.locale);
    const text = formatMapPosition(mapPosition(pending.longitude, pending.latitude));
    this.fromPointer = pending.fromPointer;
    this.caption.textContent = pending.fromPointer ? messages.positionPointer : messages.positionCenter;
    const [lonLat, utm, mgrs] = this.lines;
    lonLat.textContent = text.lonLat;
    utm.textContent = text.utm ? `UTM ${text.utm}` : messages.positionNoGrid;
    mgrs.textContent = text.mgrs ? `MGRS ${text.mgrs}` : '';
  }

  private async copy(): Promise<void> {
    if (this.pending) this.render();
    const messages = mapMessages(this.settings.locale);
    const text = this.text();
    let copied = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an iframe, plain http): select the lines so Ctrl+C works.
      copied = false;
      const selection = window.getSelection();
      const range = document.createRange();
      if (this.button) range.selectNodeContents(this.button);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    if (this.status) this.status.textContent = copied ? messages.positionCopied : messages.positionCopyFailed;
    if (this.caption) this.caption.textContent = copied ? messages.positionCopied : messages.positionCopyFailed;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      if (this.status) this.status.textContent = '';
      if (this.caption) this.caption.textContent = this.fromPointer ? messages.positionPointer : messages.positionCenter;
    }, COPIED_FEEDBACK_MS);
    this.dispatchEvent(new CustomEvent<CoordinateCopyDetail>('copy', { detail: { text, copied } }));
  }

}

/** Two overlapping sheets: the usual sign for "copy". */
function copyIcon(): SVGSVGElement {
  const namespace = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(namespace, 'svg');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  for (const d of ['M5 5 h8 v9 h-8 Z', 'M3 11 V2 h8']) {
    const path = document.createElementNS(namespace, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
  }
  return svg;
}
