import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/**
 * A highlighter that draws only the hits `isVisible` lets through (the reader's site switch and hidden
 * categories), so the scanner keeps its whole index and a category comes back without a rescan; and
 * that calls `onChange` after every draw or clear (the badge's count).
 */
export function filterHighlighter(
  inner: Highlighter,
  isVisible: (hit: TermHit) => boolean,
  onChange: () => void,
): Highlighter {
  return {
    ...inner,
    draw(hits) {
      inner.draw(hits.filter(isVisible));
      onChange();
    },
    clear(hits) {
      inner.clear(hits);
      onChange();
    },
    setCurrent: (hit) => inner.setCurrent(hit && isVisible(hit) ? hit : undefined),
  };
}
