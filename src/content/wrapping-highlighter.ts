import { isShadowRoot } from '../shared/composed-tree.ts';
import { WRAPPER_TAG } from './highlight-names.ts';
import type { Highlighter } from './highlight-terms.ts';
import { hitUnderCaret } from './hit-under-caret.ts';
import { lineBoxes } from './live-range.ts';
import { addPageStyles } from './page-styles.ts';
import type { TermHit } from './term-hit.ts';
import { spanToPoints } from './text-blocks.ts';

/**
 * Fallback for engines without the Highlight API: wraps each term's text in `<cchc-term>` elements.
 * This changes the page's DOM (text nodes are split), which the Highlight API mode never does; `guard`
 * runs those changes so that the mutation watcher does not take them for the page's.
 */
export function wrappingHighlighter(doc: Document, guard: (change: () => void) => void): Highlighter {
  const styles = addPageStyles(doc);
  /** The elements that hold each drawn term's text (one per text node it spans). */
  const elementsOf = new Map<TermHit, HTMLElement[]>();
  const hitOfWrapper = new WeakMap<Element, TermHit>();
  let currentElements: HTMLElement[] = [];
  // The text nodes our splits made. Unwrapping joins them back into the node they were split from, so
  // the page's text nodes are whole again (its scripts may hold them, or count on their text).
  const pieces = new WeakSet<Text>();
  const isText = (node: Node | null): node is Text => node?.nodeType === 3;
  const rejoin = (text: Text) => {
    for (let next = text.nextSibling; isText(next) && pieces.has(next); next = text.nextSibling) {
      text.appendData(next.data);
      next.remove();
    }
    // The node before is the one this piece came from, or a piece of it, unless it is still wrapped.
    const previous = text.previousSibling;
    if (pieces.has(text) && isText(previous)) {
      previous.appendData(text.data);
      text.remove();
    }
  };
  const unwrap = (wrapper: Element) => {
    const text = wrapper.firstChild;
    wrapper.replaceWith(...wrapper.childNodes);
    if (isText(text)) rejoin(text);
  };
  const wrapHit = (hit: TermHit) => {
    const [from, to] = spanToPoints(hit.block, hit.start, hit.end);
    const first = hit.block.nodes.indexOf(from.node);
    const last = hit.block.nodes.indexOf(to.node);
    const elements: HTMLElement[] = [];
    // Last node first: splitting a node leaves the earlier offsets in it valid.
    for (let k = last; k >= first; k--) {
      let node = hit.block.nodes[k] as Text;
      const s = k === first ? from.offset : 0;
      const e = k === last ? to.offset : node.data.length;
      if (e <= s || !node.parentNode) continue;
      if (e < node.data.length) pieces.add(node.splitText(e));
      if (s > 0) {
        node = node.splitText(s);
        pieces.add(node);
      }
      const wrapper = doc.createElement(WRAPPER_TAG);
      wrapper.dataset.cchcId = hit.id;
      wrapper.dataset.cchcCategory = hit.category;
      node.replaceWith(wrapper);
      wrapper.append(node);
      elements.unshift(wrapper);
      hitOfWrapper.set(wrapper, hit);
    }
    elementsOf.set(hit, elements);
  };
  const rectsOf = (hit: TermHit) => {
    const elements = elementsOf.get(hit);
    if (elements?.length) return elements.flatMap((e) => [...e.getClientRects()]);
    return lineBoxes(hit.range, doc);
  };
  const isDrawn = (hit: TermHit) => elementsOf.has(hit);
  /** Open shadow roots with wrapped terms: the document's rules do not reach their wrappers. */
  const shadowRoots = new Set<ShadowRoot>();
  const enterTreeOf = (hit: TermHit) => {
    const scope = hit.block.container.getRootNode();
    if (!isShadowRoot(scope) || shadowRoots.has(scope)) return;
    shadowRoots.add(scope);
    styles.cover(scope);
  };
  return {
    splitsText: true,
    draw(hits) {
      // Hits come in document order: the later terms first, for the same reason.
      guard(() => {
        for (const hit of [...hits].reverse()) {
          try {
            enterTreeOf(hit);
            wrapHit(hit);
          } catch {
            // The page changed the text since the scan; the mutation watcher rescans it.
          }
        }
      });
    },
    clear(hits) {
      guard(() => {
        for (const hit of hits) {
          for (const wrapper of elementsOf.get(hit) ?? []) unwrap(wrapper);
          elementsOf.delete(hit);
        }
      });
    },
    setCurrent(hit) {
      for (const e of currentElements) delete e.dataset.cchcCurrent;
      currentElements = (hit && elementsOf.get(hit)) ?? [];
      for (const e of currentElements) e.dataset.cchcCurrent = '';
    },
    rectsOf,
    elementOf: (hit) => elementsOf.get(hit)?.[0] ?? hit.range.startContainer.parentElement,
    hitAt(x, y, target, hitsOfNode) {
      const wrapper = target instanceof Element ? target.closest(WRAPPER_TAG) : null;
      const hit = wrapper ? hitOfWrapper.get(wrapper) : undefined;
      if (hit && isDrawn(hit)) return hit;
      return hitUnderCaret(doc, x, y, hitsOfNode, isDrawn, rectsOf, [...shadowRoots]);
    },
    setLook: (style, scheme) => styles.setLook(style, scheme),
    destroy() {
      guard(() => {
        for (const wrapper of doc.querySelectorAll(WRAPPER_TAG)) unwrap(wrapper);
        for (const root of shadowRoots) for (const wrapper of root.querySelectorAll(WRAPPER_TAG)) unwrap(wrapper);
      });
      shadowRoots.clear();
      elementsOf.clear();
      styles.remove();
    },
  };
}
