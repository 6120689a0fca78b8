import type { Category } from '../glossary/types.ts';
import { isShadowRoot } from '../shared/composed-tree.ts';
import { CURRENT_HIGHLIGHT, highlightName } from './highlight-names.ts';
import type { Highlighter } from './highlight-terms.ts';
import { hitUnderCaret } from './hit-under-caret.ts';
import { lineBoxes } from './live-range.ts';
import { addPageStyles } from './page-styles.ts';
import type { TermHit } from './term-hit.ts';

/** Not yet in TypeScript's DOM types: both result shapes that engines have shipped. */
type HighlightHit = Highlight | { highlight: Highlight; ranges: AbstractRange[] };
interface HighlightRegistryWithHitTest {
  highlightsFromPoint?(x: number, y: number, options?: { shadowRoots: ShadowRoot[] }): HighlightHit[];
}

/**
 * Whether the document's `::highlight()` rules colour text in `element` (inside a shadow tree): they
 * do in Chromium, not in Firefox, where the rules must be in that tree too. Asked of the computed
 * style, so an engine that changes its mind is followed, and nothing is added where it is not needed.
 */
function documentRulesReach(element: Element, doc: Document, win: Window & typeof globalThis): boolean {
  try {
    const pseudo = `::highlight(${CURRENT_HIGHLIGHT})`;
    return (
      win.getComputedStyle(element, pseudo).backgroundColor ===
      win.getComputedStyle(doc.documentElement, pseudo).backgroundColor
    );
  } catch {
    return false;
  }
}

/** How far beyond the viewport terms are registered, in viewport heights above and below. */
const REGISTERED_MARGIN = '200% 0px';

/**
 * Draws with the CSS Custom Highlight API: one highlight per category, the page's DOM untouched.
 * Registers a term's range only while its block is near the viewport. The engine revisits every
 * registered range of a changed highlight when it paints; with thousands of terms on a long page, that
 * one frame alone would block the page for tens of milliseconds.
 */
export function highlightApiHighlighter(doc: Document, win: Window & typeof globalThis): Highlighter {
  const styles = addPageStyles(doc);
  const registry = win.CSS.highlights;
  const highlights = new Map<Category, Highlight>();
  const current = new win.Highlight();
  current.priority = 1;
  // The registry is shared with the page, which may delete or replace entries: put ours back.
  const register = (name: string, highlight: Highlight) => {
    if (registry.get(name) !== highlight) registry.set(name, highlight);
  };
  const highlightOf = (category: Category) => {
    let h = highlights.get(category);
    if (!h) {
      h = new win.Highlight();
      highlights.set(category, h);
    }
    register(highlightName(category), h);
    return h;
  };
  /** The drawn hits by their range: what the engine's hit test answers with. */
  const drawn = new Map<AbstractRange, TermHit>();
  const byContainer = new Map<Element, Set<TermHit>>();
  const near = new Set<Element>();
  /** The open shadow roots holding drawn terms: the engine's hit tests must be told of them. */
  const shadowRoots = new Set<ShadowRoot>();
  const enterTreeOf = (container: Element) => {
    const scope = container.getRootNode();
    if (!isShadowRoot(scope) || shadowRoots.has(scope)) return;
    shadowRoots.add(scope);
    if (!documentRulesReach(container, doc, win)) styles.cover(scope);
  };
  const observer = new win.IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        const hits = byContainer.get(change.target);
        if (!hits) continue;
        if (change.isIntersecting) {
          near.add(change.target);
          for (const hit of hits) highlightOf(hit.category).add(hit.range);
        } else {
          near.delete(change.target);
          for (const hit of hits) highlights.get(hit.category)?.delete(hit.range);
        }
      }
    },
    { rootMargin: REGISTERED_MARGIN },
  );
  const isDrawn = (hit: TermHit) => drawn.get(hit.range) === hit;
  const rectsOf = (hit: TermHit) => lineBoxes(hit.range, doc);
  return {
    splitsText: false,
    draw(hits) {
      for (const hit of hits) {
        drawn.set(hit.range, hit);
        const container = hit.block.container;
        let set = byContainer.get(container);
        if (!set) {
          set = new Set();
          byContainer.set(container, set);
          observer.observe(container);
          enterTreeOf(container);
        }
        set.add(hit);
        if (near.has(container)) highlightOf(hit.category).add(hit.range);
      }
    },
    clear(hits) {
      for (const hit of hits) {
        if (drawn.get(hit.range) === hit) drawn.delete(hit.range);
        const container = hit.block.container;
        highlights.get(hit.category)?.delete(hit.range);
        const set = byContainer.get(container);
        if (!set) continue;
        set.delete(hit);
        if (set.size === 0) {
          byContainer.delete(container);
          near.delete(container);
          observer.unobserve(container);
        }
      }
    },
    setCurrent(hit) {
      current.clear();
      if (hit) current.add(hit.range);
      register(CURRENT_HIGHLIGHT, current);
    },
    rectsOf,
    elementOf: (hit) => hit.range.startContainer.parentElement,
    hitAt(x, y, _target, hitsOfNode) {
      // The engine's own hit test where it has one (and the shape that lists the ranges).
      const hitTest = registry as typeof registry & HighlightRegistryWithHitTest;
      if (typeof hitTest.highlightsFromPoint === 'function') {
        let sawRanges = false;
        const options = shadowRoots.size > 0 ? { shadowRoots: [...shadowRoots] } : undefined;
        for (const result of hitTest.highlightsFromPoint(x, y, options)) {
          if (!('ranges' in result)) continue;
          sawRanges = true;
          for (const range of result.ranges) {
            const hit = drawn.get(range);
            if (hit) return hit;
          }
        }
        if (sawRanges) return undefined;
      }
      return hitUnderCaret(doc, x, y, hitsOfNode, isDrawn, rectsOf, [...shadowRoots]);
    },
    setLook: (style, scheme) => styles.setLook(style, scheme),
    destroy() {
      observer.disconnect();
      for (const [category, h] of highlights) {
        if (registry.get(highlightName(category)) === h) registry.delete(highlightName(category));
      }
      if (registry.get(CURRENT_HIGHLIGHT) === current) registry.delete(CURRENT_HIGHLIGHT);
      drawn.clear();
      shadowRoots.clear();
      styles.remove();
    },
  };
}
