import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/** What the explanation popup is placed against (the positioning library's "virtual element"). */
export interface TermAnchor {
  getBoundingClientRect(): DOMRect;
  contextElement?: Element;
}

/** Something to position the popup against: the term's first line box, where it is now. */
export function termAnchor(hit: TermHit, highlighter: Highlighter): TermAnchor {
  const context = highlighter.elementOf(hit);
  return {
    // Lets the positioning library follow the scroll containers around the term.
    ...(context ? { contextElement: context } : {}),
    // The first line box across, all of the term's lines down: the popup lines up with where the term
    // starts, and above or below it never covers the rest of a term that wraps onto the next line.
    getBoundingClientRect() {
      const boxes = highlighter.rectsOf(hit);
      const first = boxes[0];
      if (!first) return new DOMRect();
      let top = first.top;
      let bottom = first.bottom;
      for (const box of boxes) {
        top = Math.min(top, box.top);
        bottom = Math.max(bottom, box.bottom);
      }
      return new DOMRect(first.left, top, first.width, bottom - top);
    },
  };
}
