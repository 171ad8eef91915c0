/**
 * Creates an element with a class and, optionally, text. Text always goes through `textContent`,
 * so data (zone properties, region names from files) can never be parsed as HTML.
 *
 * @example
 * const cell = createElement('td', 'cleared-land-number', '12.5');
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string | null,
  text?: string | null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}
