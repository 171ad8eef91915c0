import type { ControlPosition, IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { Summary } from '../index.js';
import { createElement } from './create-element.js';
import { adoptMapStyles } from './adopt-map-styles.js';

/**
 * The lifecycle shared by the controls that show a Summary (legend, summary table): a panel
 * element, the stylesheet adopted into the map's document or shadow root, and a re-render when
 * the summary changes. Everything `onAdd` creates, `onRemove` takes away.
 */
export abstract class SummaryPanelControl implements IControl {
  protected summary: Summary | null;
  protected container: HTMLElement | null = null;
  private releaseStyles: (() => void) | null = null;

  protected constructor(
    summary: Summary | null,
    private readonly position: ControlPosition,
    private readonly panelClass: string,
  ) {
    this.summary = summary;
  }

  /** Builds the control's element; MapLibre calls this when the control is added with `map.addControl`. */
  onAdd(map: MapLibreMap): HTMLElement {
    this.container = createElement('div', `maplibregl-ctrl maplibregl-ctrl-group cleared-land-panel ${this.panelClass}`);
    this.releaseStyles = adoptMapStyles(map.getContainer().getRootNode());
    this.render();
    return this.container;
  }

  /** Takes the control's element and listeners off the map; MapLibre calls this from `map.removeControl`. */
  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.releaseStyles?.();
    this.releaseStyles = null;
  }

  /** The corner MapLibre puts the control in when `map.addControl` names none: the `position` option. */
  getDefaultPosition(): ControlPosition {
    return this.position;
  }

  /** Shows the figures of another summary (e.g. after the period changed); null clears them. */
  setSummary(summary: Summary | null): void {
    this.summary = summary;
    this.render();
  }

  /** Redraws the panel's content into `this.container` (a no-op while not on a map). */
  protected abstract render(): void;
}
