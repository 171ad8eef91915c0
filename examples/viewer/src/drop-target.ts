import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';

/** What a dropped file is opened as. */
export type DropKind = 'zones' | 'regions';

/**
 * Lets files be dropped anywhere on the page. While files are dragged over the window an overlay
 * offers two targets, zones and districts; a file dropped anywhere else opens as zones. Only the
 * first file of a drop is used. `remove()` takes the listeners and the overlay away.
 *
 * @example
 * const drop = new DropTarget(document.body, (file, kind) => app.open(file, kind));
 */
export class DropTarget {
  private readonly overlay: HTMLElement;
  private readonly zonesTarget: HTMLElement;
  private readonly regionsTarget: HTMLElement;
  private readonly title: HTMLElement;
  private readonly formats: HTMLElement;
  private readonly onFile: (file: File, kind: DropKind) => void;
  private depth = 0;
  private readonly listeners: [keyof WindowEventMap, (event: DragEvent) => void][];

  constructor(host: HTMLElement, onFile: (file: File, kind: DropKind) => void) {
    this.onFile = onFile;
    this.title = element('p', { className: 'drop-title' });
    this.formats = element('p', { className: 'drop-formats' });
    this.zonesTarget = element('div', { className: 'drop-zone', attributes: { 'data-drop': 'zones' } });
    this.regionsTarget = element('div', { className: 'drop-zone', attributes: { 'data-drop': 'regions' } });
    this.overlay = element('div', { className: 'drop-overlay', attributes: { 'aria-hidden': 'true' } }, [
      element('div', { className: 'drop-card' }, [
        this.title,
        element('div', { className: 'drop-targets' }, [this.zonesTarget, this.regionsTarget]),
        this.formats,
      ]),
    ]);
    this.overlay.hidden = true;
    host.append(this.overlay);
    this.listeners = [
      ['dragenter', (event) => this.onEnter(event)],
      ['dragover', (event) => this.onOver(event)],
      ['dragleave', () => this.onLeave()],
      ['drop', (event) => this.onDrop(event)],
    ];
    for (const [type, listener] of this.listeners) window.addEventListener(type, listener as EventListener);
  }

  /** Sets the overlay's words in the current language. */
  relabel(messages: Messages): void {
    this.title.textContent = messages.dropTitle;
    this.formats.textContent = messages.dropFormats;
    this.zonesTarget.textContent = messages.dropZones;
    this.regionsTarget.textContent = messages.dropDistricts;
  }

  /** Removes the overlay and every listener. */
  remove(): void {
    for (const [type, listener] of this.listeners) window.removeEventListener(type, listener as EventListener);
    this.overlay.remove();
  }

  private onEnter(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.depth += 1;
    this.overlay.hidden = false;
  }

  private onOver(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    // Without preventDefault on dragover the browser opens the file itself instead of dropping it here.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    const target = (event.target as Element | null)?.closest?.('[data-drop]');
    this.zonesTarget.classList.toggle('active', target === this.zonesTarget);
    this.regionsTarget.classList.toggle('active', target === this.regionsTarget);
  }

  private onLeave(): void {
    // dragleave fires for every child crossed; only the last one out hides the overlay.
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.overlay.hidden = true;
  }

  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    const target = (event.target as Element | null)?.closest?.('[data-drop]');
    const kind: DropKind = target === this.regionsTarget ? 'regions' : 'zones';
    this.depth = 0;
    this.overlay.hidden = true;
    this.onFile(file, kind);
  }
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}
