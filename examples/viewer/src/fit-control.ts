import type { ControlPosition, IControl } from 'maplibre-gl';
import { element } from './element.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A MapLibre control with one button, "fit to data", styled like the navigation buttons.
 * The label is set (and reset after a language switch) with {@link FitControl.setLabel}.
 *
 * @example
 * map.addControl(new FitControl(() => zoneMap.fitToData(), 'Fit to data'), 'top-right');
 */
export class FitControl implements IControl {
  private readonly onFit: () => void;
  private label: string;
  private container: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(onFit: () => void, label: string) {
    this.onFit = onFit;
    this.label = label;
  }

  onAdd(): HTMLElement {
    this.button = element('button', {
      className: 'viewer-fit-button',
      attributes: { type: 'button', 'data-action': 'fit' },
      onClick: () => this.onFit(),
    });
    this.button.append(fitIcon());
    this.container = element('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group' }, [this.button]);
    this.setLabel(this.label);
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.button = null;
  }

  getDefaultPosition(): ControlPosition {
    return 'top-right';
  }

  /** Sets the button's accessible name and tooltip. */
  setLabel(label: string): void {
    this.label = label;
    this.button?.setAttribute('aria-label', label);
    if (this.button) this.button.title = label;
  }
}

/** Four corner brackets: the usual "fit" glyph, drawn inline so nothing is fetched. */
function fitIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.8');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}
