import { openShadowRoot } from '../shared/composed-tree.ts';
import { blockContainerOf, isInline, isInSkipped } from './collect-text.ts';

/**
 * The elements of the article in the viewport, after the page's next frame: what a full scan matches
 * first when its walk in document order has not reached them (a page reloaded scrolled down, a link
 * to a paragraph, an article starting below a tall header). Asked when an IntersectionObserver first
 * reports, that is after the frame's layout: reading the geometry then forces no layout of our own.
 * None where there is no IntersectionObserver (the unit tests' DOM) or when the page is not drawn.
 */
export function firstInView(parts: readonly Element[]): Promise<readonly Element[]> {
  const first = parts[0];
  const doc = first?.ownerDocument;
  const win = doc?.defaultView;
  if (!first || !doc || !win || typeof win.IntersectionObserver !== 'function') return Promise.resolve([]);
  return new Promise((resolve) => {
    const observer = new win.IntersectionObserver((entries) => {
      observer.disconnect();
      // The article starts less than a screen above the viewport's top (a page opened at its top): the
      // walk in document order reaches what is in view first anyway. Asked of the entry, not of the
      // page: the hit tests below cost tens of ms on the 5 MB page, to be paid only when they help.
      const entry = entries[0];
      const height = entry?.rootBounds?.height ?? win.innerHeight;
      if (!entry || entry.boundingClientRect.top > -height) {
        resolve([]);
        return;
      }
      try {
        resolve(elementsInView(parts, doc, win));
      } catch {
        resolve([]);
      }
    });
    observer.observe(first);
  });
}

/** Whether an ancestor of `element` below `part` is a shadow host (its light children show only through slots). */
function underHost(element: Element, part: Element): boolean {
  for (let e = element.parentElement; e && e !== part; e = e.parentElement) if (openShadowRoot(e)) return true;
  return false;
}

/**
 * The block elements at the top, middle and bottom of the viewport, in the article's column, and
 * what lies between them, as whole subtrees in document order (none inline, none skipped).
 */
export function elementsInView(parts: readonly Element[], doc: Document, win: Window): Element[] {
  const height = win.innerHeight;
  const found: Element[] = [];
  for (const y of [1, height / 2, height - 1]) {
    for (const part of parts) {
      const box = part.getBoundingClientRect();
      if (box.top > y || box.bottom < y) continue;
      const x = (Math.max(box.left, 0) + Math.min(box.right, win.innerWidth)) / 2;
      const at = doc.elementFromPoint(x, y);
      if (!at || at === part || !part.contains(at)) continue;
      const block = blockContainerOf(at, part);
      if (block === part || isInline(block) || isInSkipped(block, part) || underHost(block, part)) continue;
      if (!found.includes(block)) found.push(block);
    }
  }
  // Outermost only, in document order.
  const outer = found.filter((e) => !found.some((f) => f !== e && f.contains(e)));
  outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  if (outer.length < 2) return outer;
  // The blocks between the top's and the bottom's, when they share a parent (the common case: the
  // article's paragraphs side by side).
  const top = outer[0] as Element;
  const bottom = outer[outer.length - 1] as Element;
  if (top.parentElement !== bottom.parentElement) return outer;
  const between: Element[] = [];
  for (let e: Element | null = top; e; e = e.nextElementSibling) {
    if (!isInline(e) && !isInSkipped(e, e.parentElement ?? e)) between.push(e);
    if (e === bottom) break;
  }
  return between;
}
