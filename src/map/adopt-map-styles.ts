/**
 * The stylesheet of cleared-land's controls and popups. Kept as text and adopted as a constructed
 * stylesheet, never as a `<style>` element: a Content-Security-Policy without
 * `style-src 'unsafe-inline'` blocks inline style elements, but not constructed sheets, and a
 * constructed sheet also reaches inside the embed's shadow root.
 *
 * Colours, font and panel shape read CSS custom properties, with these defaults, so a page themes
 * the controls (in the embed too: custom properties inherit into shadow roots) by CSS alone:
 * `--cleared-land-font`, `--cleared-land-text` (#1f2328), `--cleared-land-muted-text` (#57606a),
 * `--cleared-land-panel-background` (rgba(255, 255, 255, 0.96)), `--cleared-land-panel-border`
 * (#d8dadd), `--cleared-land-panel-radius` (4px), `--cleared-land-panel-shadow`,
 * `--cleared-land-accent` (#0b4a6f: pressed buttons, links), `--cleared-land-accent-text` (#fff),
 * `--cleared-land-button-background` (#f6f8fa), `--cleared-land-button-hover-background` (#eaeef2),
 * `--cleared-land-control-border` (#8c959f), `--cleared-land-input-background` (#fff),
 * `--cleared-land-color-scheme` (light: the date pickers' own colours), `--cleared-land-focus` (#0969da).
 */
export const MAP_STYLESHEET_TEXT = `
.cleared-land-panel {
  font: var(--cleared-land-font-size, 12px)/1.4 var(--cleared-land-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif);
  color: var(--cleared-land-text, #1f2328);
  background: var(--cleared-land-panel-background, rgba(255, 255, 255, 0.96));
  padding: 8px 10px;
  max-width: min(320px, calc(100vw - 40px));
  box-sizing: border-box;
}
.maplibregl-ctrl-group.cleared-land-panel:not(:empty) {
  border-radius: var(--cleared-land-panel-radius, 4px);
  box-shadow: var(--cleared-land-panel-shadow, 0 0 0 2px rgba(0, 0, 0, 0.1));
}
.cleared-land-panel h2, .cleared-land-panel summary.cleared-land-panel__title {
  font-size: 12px;
  font-weight: 650;
  margin: 0 0 6px;
  letter-spacing: 0.02em;
}
.cleared-land-panel summary.cleared-land-panel__title { cursor: pointer; margin: 0; }
.cleared-land-panel details[open] > summary.cleared-land-panel__title { margin-bottom: 6px; }
.cleared-land-legend__row {
  display: grid;
  grid-template-columns: 22px 1fr auto;
  gap: 6px;
  align-items: center;
  min-height: 20px;
}
.cleared-land-legend__swatch { display: block; }
.cleared-land-legend__value, .cleared-land-summary td.cleared-land-number {
  font-variant-numeric: tabular-nums;
  text-align: right;
  white-space: nowrap;
}
.cleared-land-legend__value { color: var(--cleared-land-text, #3b4148); }
.cleared-land-legend__total {
  border-top: 1px solid var(--cleared-land-panel-border, #d8dadd);
  margin-top: 4px;
  padding-top: 4px;
  display: flex;
  justify-content: space-between;
  gap: 8px;
  font-weight: 600;
}
.cleared-land-legend__total + .cleared-land-legend__total { border-top: 0; margin-top: 0; padding-top: 0; }
.cleared-land-panel.cleared-land-summary { max-width: min(440px, calc(100vw - 40px)); }
.cleared-land-summary details { max-height: min(45vh, 320px); overflow: auto; }
.cleared-land-summary th[scope="row"] { max-width: 10em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-weight: 500; color: var(--cleared-land-text, #1f2328); font-size: 12px; }
.cleared-land-summary table { border-collapse: collapse; width: 100%; }
.cleared-land-summary th, .cleared-land-summary td { padding: 2px 3px 2px 8px; border-bottom: 1px solid #eceef0; }
.cleared-land-summary th { font-weight: 600; text-align: right; color: var(--cleared-land-muted-text, #57606a); font-size: 11px; vertical-align: bottom; }
.cleared-land-summary th:first-child, .cleared-land-summary td:first-child { text-align: left; padding-left: 0; }
.cleared-land-summary tr.cleared-land-summary__total td, .cleared-land-summary tr.cleared-land-summary__total th { font-weight: 650; border-bottom: 1px solid #b9bdc2; }
.cleared-land-summary__period { color: var(--cleared-land-muted-text, #57606a); margin: 0 0 4px; }
.cleared-land-time { display: grid; gap: 6px; }
.cleared-land-time__dates { display: flex; gap: 8px; flex-wrap: wrap; }
.cleared-land-time label { display: grid; gap: 2px; color: var(--cleared-land-muted-text, #57606a); font-size: 11px; }
.cleared-land-time input[type="date"] { font: inherit; color: var(--cleared-land-text, #1f2328); background: var(--cleared-land-input-background, #fff); padding: 2px 4px; border: 1px solid var(--cleared-land-control-border, #b9bdc2); border-radius: 3px; color-scheme: var(--cleared-land-color-scheme, light); }
.cleared-land-time__controls { display: flex; gap: 8px; align-items: center; }
.cleared-land-panel button.cleared-land-button {
  font: inherit;
  width: auto;
  height: auto;
  min-height: 26px;
  padding: 2px 10px;
  border: 1px solid var(--cleared-land-control-border, #8c959f);
  border-radius: 4px;
  background: var(--cleared-land-button-background, #f6f8fa);
  color: var(--cleared-land-text, #1f2328);
  cursor: pointer;
  display: inline-flex;
  align-items: center;
  gap: 6px;
}
.cleared-land-panel button.cleared-land-button:hover { background: var(--cleared-land-button-hover-background, #eaeef2); }
.cleared-land-panel button.cleared-land-button[aria-pressed="true"] { background: var(--cleared-land-accent, #0b4a6f); border-color: var(--cleared-land-accent, #0b4a6f); color: var(--cleared-land-accent-text, #fff); }
.cleared-land-panel button.cleared-land-button:focus-visible,
.cleared-land-time input:focus-visible { outline: 2px solid var(--cleared-land-focus, #0969da); outline-offset: 1px; }
.cleared-land-time__position { color: var(--cleared-land-text, #3b4148); font-variant-numeric: tabular-nums; }
.cleared-land-measure__result { margin: 6px 0 0; display: grid; grid-template-columns: auto auto; gap: 2px 10px; }
.cleared-land-measure__result dt { color: var(--cleared-land-muted-text, #57606a); }
.cleared-land-measure__result dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.cleared-land-measure__hint { color: var(--cleared-land-muted-text, #57606a); margin: 6px 0 0; max-width: 220px; }
.cleared-land-measure__actions { display: grid; gap: 6px; justify-items: stretch; }
.cleared-land-popup { font: var(--cleared-land-font-size, 12px)/1.4 var(--cleared-land-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif); color: var(--cleared-land-text, #1f2328); max-width: 280px; overflow-wrap: anywhere; }
.cleared-land-popup__title { font-size: 13px; margin: 0 18px 2px 0; }
.cleared-land-popup__status { display: inline-block; font-weight: 600; margin-bottom: 6px; }
.cleared-land-popup__fields { display: grid; grid-template-columns: fit-content(42%) minmax(0, 1fr); gap: 2px 10px; margin: 0; }
.cleared-land-popup__fields dt { color: var(--cleared-land-muted-text, #57606a); }
.cleared-land-popup__fields dd { margin: 0; }
.cleared-land-popup__source { margin-top: 6px; }
.cleared-land-popup__source summary { cursor: pointer; color: var(--cleared-land-accent, #0b4a6f); }
.cleared-land-popup__source .cleared-land-popup__fields { max-height: 160px; overflow: auto; margin-top: 4px; }
.cleared-land-panel.cleared-land-position { padding: 0; border-radius: 4px; box-shadow: 0 0 0 2px rgba(0, 0, 0, 0.1); }
.cleared-land-position__readout {
  font: 11px/1.35 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
  display: grid;
  justify-items: start;
  gap: 0;
  width: auto;
  height: auto;
  min-width: 15.5em;
  padding: 4px 8px;
  border: 0;
  border-radius: 4px;
  background: transparent;
  color: #1f2328;
  cursor: copy;
  text-align: left;
  font-variant-numeric: tabular-nums;
}
.cleared-land-position__readout:hover { background: #f0f3f6; }
.cleared-land-position__readout:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.cleared-land-position__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; width: 100%; color: #57606a; }
.cleared-land-position__caption { font: 600 10px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #57606a; text-transform: uppercase; letter-spacing: 0.04em; }
.cleared-land-position__line { white-space: nowrap; }
.cleared-land-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const adopted = new WeakMap<Document | ShadowRoot, { sheet: CSSStyleSheet; users: number }>();

/**
 * Adds the controls' stylesheet to a document or shadow root once, counting users; the returned
 * function takes this user's claim back and removes the sheet when no user is left.
 *
 * @example
 * const release = adoptMapStyles(container.getRootNode() as Document | ShadowRoot);
 * // …in onRemove:
 * release();
 */
export function adoptMapStyles(root: Node): () => void {
  const target = root instanceof ShadowRoot || root instanceof Document ? root : document;
  let entry = adopted.get(target);
  if (!entry) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MAP_STYLESHEET_TEXT);
    entry = { sheet, users: 0 };
    adopted.set(target, entry);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
  entry.users += 1;
  const claim = entry;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    claim.users -= 1;
    if (claim.users === 0) {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((sheet) => sheet !== claim.sheet);
      adopted.delete(target);
    }
  };
}
