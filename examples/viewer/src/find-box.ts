import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';

/** Most suggestions offered while typing: enough for a district list and a week's task ids. */
const MAX_SUGGESTIONS = 5_000;

/**
 * The find box: a search field (with the dataset's zone ids, hazard ids and district names as
 * suggestions) whose Enter or button asks `onFind` to show what matches and reports, in a polite
 * live region, what was found.
 *
 * @example
 * const find = new FindBox(host, { messages, onFind: (query) => app.find(query) });
 * find.setSuggestions(['H-001', 'Sample District A']);
 */
export class FindBox {
  private readonly input: HTMLInputElement;
  private readonly label: HTMLLabelElement;
  private readonly button: HTMLButtonElement;
  private readonly list: HTMLDataListElement;
  private readonly status: HTMLElement;

  constructor(host: HTMLElement, options: { messages: Messages; onFind: (query: string) => string }) {
    this.label = element('label', { className: 'visually-hidden', attributes: { for: 'find-input' } });
    this.input = element('input', {
      className: 'find-input',
      attributes: { type: 'search', id: 'find-input', list: 'find-suggestions', autocomplete: 'off', spellcheck: 'false' },
    });
    this.list = element('datalist', { attributes: { id: 'find-suggestions' } });
    this.button = element('button', { className: 'button find-button', attributes: { type: 'submit' } });
    this.status = element('p', { className: 'find-status', attributes: { role: 'status', 'aria-live': 'polite', id: 'find-status' } });
    this.input.setAttribute('aria-describedby', 'find-status');
    const form = element('form', { className: 'find-form', attributes: { role: 'search' } }, [
      this.label,
      this.input,
      this.list,
      this.button,
      this.status,
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = this.input.value.trim();
      if (query) this.status.textContent = options.onFind(query);
    });
    this.input.addEventListener('input', () => (this.status.textContent = ''));
    host.replaceChildren(form);
    this.relabel(options.messages);
  }

  /** Offers these names while typing. */
  setSuggestions(names: readonly string[]): void {
    const unique = [...new Set(names)].slice(0, MAX_SUGGESTIONS);
    this.list.replaceChildren(...unique.map((name) => element('option', { attributes: { value: name } })));
  }

  /** Writes the box in another language. */
  relabel(messages: Messages): void {
    this.label.textContent = messages.findLabel;
    this.input.placeholder = messages.findPlaceholder;
    this.button.textContent = messages.findButton;
    this.status.textContent = '';
  }
}
