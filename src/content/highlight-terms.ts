import type { ColorScheme, HighlightStyle } from '../shared/settings-values.ts';
import { highlightApiHighlighter } from './highlight-api-highlighter.ts';
import type { TermHit } from './term-hit.ts';
import { wrappingHighlighter } from './wrapping-highlighter.ts';

/**
 * Draws hits on one document. Two strategies implement it (the CSS Custom Highlight API, and wrapping
 * terms in elements where that API is missing); no caller knows which one is in use.
 */
export interface Highlighter {
  /**
   * Whether drawing splits the page's text nodes (the wrapping fallback). Then the ranges of hits that
   * are not drawn may point into nodes that are gone, so showing other hits than before (first
   * occurrence only, a category or the site turned back on) needs a fresh scan.
   */
  readonly splitsText: boolean;
  draw(hits: readonly TermHit[]): void;
  clear(hits: readonly TermHit[]): void;
  /** Marks the term the keyboard or the toolbar popup moved to, or none. */
  setCurrent(hit: TermHit | undefined): void;
  /** The hit's line boxes where it is now, in viewport coordinates (none if the page removed it). */
  rectsOf(hit: TermHit): DOMRect[];
  /** The element that holds the start of the hit, to scroll to and to follow its scroll containers. */
  elementOf(hit: TermHit): Element | null;
  /**
   * The drawn hit at a viewport point, if any. `target` is the event's target; `hitsOfNode` (the
   * scanner's index) serves engines without a hit test of their own.
   */
  hitAt(
    x: number,
    y: number,
    target: EventTarget | null,
    hitsOfNode: (node: Text) => readonly TermHit[],
  ): TermHit | undefined;
  /** The reader's highlight style and colour scheme. */
  setLook(style: HighlightStyle, scheme: ColorScheme): void;
  /** Removes every highlight and our stylesheets. */
  destroy(): void;
}

/**
 * `<html data-cchc-force-wrap>` makes a page use the wrapping fallback even where the Highlight API
 * exists. Both browsers we test have the API, so this is how the e2e tests reach the fallback
 * (test/fixtures/news/wrap-seed-000.html). Read once, when the highlighter is made; a page can only
 * opt its own DOM into being wrapped.
 */
export const FORCE_WRAP_ATTRIBUTE = 'data-cchc-force-wrap';

/** Whether the CSS Custom Highlight API is usable in `win`. */
export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/**
 * The Highlight API highlighter, made when it first has something to show (issue 12): until then nothing
 * is drawn, so a point holds no term and there is nothing to clear, and a page without terms (or a site
 * turned off) never builds it, its registry entries or its stylesheet. The reader's look waits for it.
 */
export function madeOnFirstDraw(make: () => Highlighter): Highlighter {
  let real: Highlighter | undefined;
  let look: [HighlightStyle, ColorScheme] | undefined;
  const made = () => {
    if (!real) {
      real = make();
      if (look) real.setLook(...look);
    }
    return real;
  };
  return {
    splitsText: false,
    draw(hits) {
      if (real || hits.length > 0) made().draw(hits);
    },
    clear: (hits) => real?.clear(hits),
    setCurrent(hit) {
      if (real || hit) made().setCurrent(hit);
    },
    rectsOf: (hit) => made().rectsOf(hit),
    elementOf: (hit) => made().elementOf(hit),
    hitAt: (x, y, target, hitsOfNode) => real?.hitAt(x, y, target, hitsOfNode),
    setLook(style, scheme) {
      look = [style, scheme];
      real?.setLook(style, scheme);
    },
    destroy: () => real?.destroy(),
  };
}

/** The CSS Custom Highlight API where there is one (made on first use), else wrapping. */
export function createHighlighter(
  doc: Document,
  options: {
    /** Wrap even with the Highlight API; by default, whether `<html>` has `FORCE_WRAP_ATTRIBUTE`. */
    forceWrap?: boolean;
    /** Wraps the wrap mode's DOM changes, so a mutation watcher can ignore them. */
    guard?: (change: () => void) => void;
  } = {},
): Highlighter {
  const win = doc.defaultView as Window & typeof globalThis;
  const forceWrap = options.forceWrap ?? doc.documentElement.hasAttribute(FORCE_WRAP_ATTRIBUTE);
  if (!forceWrap && hasHighlightApi(win)) return madeOnFirstDraw(() => highlightApiHighlighter(doc, win));
  return wrappingHighlighter(doc, options.guard ?? ((change) => change()));
}
