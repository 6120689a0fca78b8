import type { Highlighter } from './highlight-terms.ts';
import { isOwnElement } from './own-elements.ts';
import type { TermHit } from './term-hit.ts';

/**
 * The drawn term a click asks to explain, if any. Plain left clicks only; clicks in our own UI and
 * clicks that end a text selection are not. A plain click on a term inside a link follows the link;
 * Alt+click explains the term instead (and then the link's default action is prevented). The click is
 * never stopped: the page's own handlers still see it.
 */
export function termAtClick(
  event: MouseEvent,
  doc: Document,
  highlighter: Highlighter,
  hitsOfNode: (node: Text) => readonly TermHit[],
): TermHit | undefined {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.composedPath().some((n) => n instanceof Element && isOwnElement(n))) return undefined;
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed) return undefined; // the reader is selecting text
  // The innermost target: in an open shadow root, `event.target` is its host by now.
  const hit = highlighter.hitAt(event.clientX, event.clientY, event.composedPath()[0] ?? event.target, hitsOfNode);
  if (!hit) return undefined;
  const inLink = (hit.range.startContainer.parentElement ?? (event.target as Element | null))?.closest?.('a[href]');
  if (inLink) {
    if (!event.altKey) return undefined;
    event.preventDefault(); // Alt+click would otherwise download the link in Chromium
  }
  return hit;
}
