import { element } from './element.js';

/** One tab: a stable id (used in element ids), its label, and the panel it shows. */
export interface TabDefinition {
  id: string;
  label: string;
  /** A count shown beside the label (e.g. issues); null for none. */
  badge: string | null;
}

/** Options of {@link TabSet}. */
export interface TabSetOptions {
  /** The tabs, in order; the first shows at first. */
  definitions: readonly TabDefinition[];
  /** Accessible name of the tab list. */
  label: string;
  /** Told the id of every tab shown, the first one included. */
  onSelect?: (id: string) => void;
}

/** Defaults of {@link TabSetOptions}. */
export const defaultTabSetOptions: Required<Pick<TabSetOptions, 'onSelect'>> = {
  // Nobody needs telling unless they ask.
  onSelect: () => {},
};

/**
 * Tabs that follow the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move between
 * tabs, and each tab panel is labelled by its tab. Panels are given to the caller to fill;
 * `onSelect` is told which tab shows (the viewer widens its panel for the district table).
 *
 * @example
 * const tabs = new TabSet(host, { definitions: [{ id: 'overview', label: 'Overview', badge: null }], label: 'Figures' });
 * tabs.panel('overview').append(content);
 */
export class TabSet {
  private readonly list: HTMLElement;
  private readonly tabs = new Map<string, HTMLButtonElement>();
  private readonly panels = new Map<string, HTMLElement>();
  private selected: string;

  private readonly onSelect: (id: string) => void;

  constructor(host: HTMLElement, options: TabSetOptions) {
    const { definitions, label, onSelect } = { ...defaultTabSetOptions, ...options };
    this.onSelect = onSelect;
    this.list = element('div', { className: 'tab-list', attributes: { role: 'tablist', 'aria-label': label } });
    host.append(this.list);
    for (const definition of definitions) {
      const tab = element('button', {
        className: 'tab',
        attributes: {
          type: 'button',
          role: 'tab',
          id: `tab-${definition.id}`,
          'aria-controls': `panel-${definition.id}`,
          'data-tab': definition.id,
        },
        onClick: () => this.select(definition.id),
      });
      tab.addEventListener('keydown', (event) => this.onKey(event, definition.id));
      const panel = element('section', {
        className: 'tab-panel',
        attributes: { role: 'tabpanel', id: `panel-${definition.id}`, 'aria-labelledby': `tab-${definition.id}`, tabindex: '0' },
      });
      this.tabs.set(definition.id, tab);
      this.panels.set(definition.id, panel);
      this.list.append(tab);
      host.append(panel);
    }
    this.selected = definitions[0].id;
    this.relabel(definitions, label);
    this.select(this.selected);
  }

  /** The panel of tab `id`. */
  panel(id: string): HTMLElement {
    const panel = this.panels.get(id);
    if (!panel) throw new Error(`TabSet.panel: no tab with id ${JSON.stringify(id)}`);
    return panel;
  }

  /** Sets labels and badges again (after a language switch or new counts). */
  relabel(definitions: readonly TabDefinition[], label: string): void {
    this.list.setAttribute('aria-label', label);
    for (const definition of definitions) {
      const tab = this.tabs.get(definition.id);
      if (!tab) continue;
      tab.replaceChildren(element('span', { text: definition.label }));
      if (definition.badge !== null) tab.append(element('span', { className: 'tab-badge', text: definition.badge }));
    }
  }

  /** Shows tab `id`; moves focus to it when `options.focus` is true (keyboard navigation). */
  select(id: string, options: { focus?: boolean } = {}): void {
    this.selected = id;
    for (const [tabId, tab] of this.tabs) {
      const active = tabId === id;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      this.panels.get(tabId)!.hidden = !active;
      if (active && options.focus) tab.focus();
    }
    this.onSelect(id);
  }

  private onKey(event: KeyboardEvent, id: string): void {
    const ids = [...this.tabs.keys()];
    const index = ids.indexOf(id);
    const next =
      event.key === 'ArrowRight' ? ids[(index + 1) % ids.length]
      : event.key === 'ArrowLeft' ? ids[(index - 1 + ids.length) % ids.length]
      : event.key === 'Home' ? ids[0]
      : event.key === 'End' ? ids[ids.length - 1]
      : null;
    if (next === null) return;
    event.preventDefault();
    this.select(next, { focus: true });
  }
}
