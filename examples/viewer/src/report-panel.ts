import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';

/** How long the button says "Copied" before it reads "Copy" again. */
const COPIED_FEEDBACK_MS = 1_800;

/**
 * The weekly report text (from `formatText`) in a read-only block, with a button that copies it to
 * the clipboard. Where the Clipboard API is refused (an iframe without permission, plain http) the
 * text is selected instead, so Ctrl+C still works, and the button says so.
 *
 * @example
 * panel.replaceChildren(reportPanel(formatText(summary, { locale: 'en' }), { messages }));
 */
export function reportPanel(text: string, options: { messages: Messages }): HTMLElement {
  const { messages } = options;
  const block = element('pre', {
    className: 'report-text',
    text,
    attributes: { tabindex: '0', 'aria-label': messages.reportTitle, id: 'report-text' },
  });
  const status = element('span', { className: 'copy-status', attributes: { role: 'status', 'aria-live': 'polite' } });
  const button = element('button', {
    className: 'button',
    text: messages.copy,
    attributes: { type: 'button', 'aria-controls': 'report-text', 'data-action': 'copy-report' },
    onClick: async () => {
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = messages.copied;
      } catch {
        const range = document.createRange();
        range.selectNodeContents(block);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        status.textContent = messages.copyFailed;
      }
      window.setTimeout(() => (status.textContent = ''), COPIED_FEEDBACK_MS);
    },
  });
  return element('div', { className: 'report' }, [
    element('div', { className: 'panel-toolbar' }, [
      element('h3', { className: 'section-title', text: messages.reportTitle }),
      element('div', { className: 'toolbar-actions' }, [status, button]),
    ]),
    block,
  ]);
}
