import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/** The hit's first line box, where it is now. */
function rectOf(hit: TermHit, highlighter: Highlighter): DOMRect | undefined {
  return highlighter.rectsOf(hit)[0];
}

/** Whether the hit is rendered (not in a collapsed or hidden part of the page). */
function isRendered(hit: TermHit, highlighter: Highlighter): boolean {
  const r = rectOf(hit, highlighter);
  return r !== undefined && (r.width > 0 || r.height > 0);
}

/**
 * The term to move to from `current` (or, with none, from the viewport: the first term at or below its
 * top going forward, the last above its bottom going back), skipping terms that are not rendered;
 * wraps around at either end.
 */
export function nextTerm(
  hits: readonly TermHit[],
  current: TermHit | undefined,
  direction: 'next' | 'previous',
  highlighter: Highlighter,
  doc: Document,
): TermHit | undefined {
  if (hits.length === 0) return undefined;
  const step = direction === 'next' ? 1 : -1;
  let i = current ? hits.indexOf(current) : -1;
  if (i < 0) {
    // Binary search on the terms' positions: document order is top to bottom on a news page.
    const viewportHeight = doc.defaultView?.innerHeight ?? 0;
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = rectOf(hits[mid] as TermHit, highlighter);
      const before = r ? (direction === 'next' ? r.bottom <= 0 : r.top < viewportHeight) : true;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    i = direction === 'next' ? lo - 1 : lo;
  }
  for (let tries = 0; tries < hits.length; tries++) {
    i = (((i + step) % hits.length) + hits.length) % hits.length;
    const hit = hits[i] as TermHit;
    if (isRendered(hit, highlighter)) return hit;
  }
  return undefined;
}

/** Scrolls the term into view (centred if it was off screen). */
export function scrollToTerm(hit: TermHit, highlighter: Highlighter, doc: Document): void {
  const win = doc.defaultView;
  highlighter.elementOf(hit)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = rectOf(hit, highlighter);
  if (win && r && (r.top < 0 || r.bottom > win.innerHeight)) {
    win.scrollBy({ top: r.top - win.innerHeight / 2, behavior: 'instant' });
  }
}

/**
 * Goes to a term: the next or previous of `hits` from `from` (see `nextTerm`), marked as the current
 * one and scrolled into view. The one way the keyboard and the toolbar popup's list move to a term.
 */
export function goToTerm(
  hits: readonly TermHit[],
  from: TermHit | undefined,
  direction: 'next' | 'previous',
  highlighter: Highlighter,
  doc: Document,
): TermHit | undefined {
  const hit = nextTerm(hits, from, direction, highlighter, doc);
  if (!hit) return undefined;
  highlighter.setCurrent(hit);
  scrollToTerm(hit, highlighter, doc);
  return hit;
}
