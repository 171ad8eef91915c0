/** Attributes and properties {@link element} can set. Event handlers take the event. */
export interface ElementOptions {
  /** CSS class names, space separated. */
  className?: string;
  /** Text content, set with `textContent`: data strings are never parsed as HTML. */
  text?: string;
  /** Plain attributes (`aria-*`, `role`, `type`, `for`, …), set with `setAttribute`. */
  attributes?: Record<string, string>;
  /** Click handler. */
  onClick?: (event: MouseEvent) => void;
}

/**
 * Creates an HTML element with text and attributes set safely, and appends children. The viewer
 * builds every node with this or `document.createElement`, never with `innerHTML`, because
 * district names, ids and issue messages come from untrusted files.
 *
 * @example
 * const button = element('button', { className: 'button', text: 'Copy', attributes: { type: 'button' } });
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: ReadonlyArray<Node | null> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  if (options.onClick) (node as HTMLElement).addEventListener('click', options.onClick);
  for (const child of children) if (child) node.append(child);
  return node;
}
