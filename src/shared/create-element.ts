/** What `createElement` can set; text goes through `textContent`, never through HTML parsing. */
export interface ElementOptions {
  id?: string;
  className?: string;
  text?: string;
}

/** Creates an element with optional id, class, text and children. */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.id !== undefined) element.id = options.id;
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  element.append(...children);
  return element;
}
