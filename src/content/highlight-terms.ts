import type { Citation } from '../glossary/citations.ts';
import type { Bilingual, Category } from '../glossary/types.ts';
import { OWN_UI_ATTRIBUTE, type PageBlock } from './collect-text.ts';
import { spanToPoints } from './text-blocks.ts';

/** One term found on the page. */
export interface TermHit {
  id: string;
  category: Category;
  /** The text as it stands on the page. */
  text: string;
  block: PageBlock;
  /** Offsets in `block.text`. */
  start: number;
  end: number;
  /** Where the term is; a StaticRange, which costs the page nothing when its DOM changes. */
  range: StaticRange;
  /** The matched form's note and the parsed citation, for the popup. */
  note?: Bilingual;
  citation?: Citation;
  /** In wrap mode, the elements that hold the term's text (one per text node it spans). */
  elements?: HTMLElement[];
}

/** Every category, for the stylesheet; the `Record` makes a new category a compile error here. */
const CATEGORY_COLOURS: Record<Category, string> = {
  procedure: '217 119 6',
  mechanism: '37 99 235',
  institution: '124 58 237',
  index: '8 145 178',
  programme: '22 163 74',
  'legal-document': '220 38 38',
  'document-type': '180 83 9',
  'digital-government': '13 148 136',
  'social-insurance': '219 39 119',
  'civil-service': '79 70 229',
  'local-government': '101 163 13',
  'reform-policy': '234 88 12',
};

/** Highlight names share the page's registry: this prefix keeps ours apart. */
export const HIGHLIGHT_PREFIX = 'cchc-';
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;
/** The fallback wrapper's tag; custom elements are unavailable to content scripts, so it stays unknown. */
export const WRAPPER_TAG = 'cchc-term';
/** The mark of the term the keyboard or the toolbar popup moved to. */
export const CURRENT_BACKGROUND = 'rgb(250 204 21 / 0.55)';

/**
 * `<html data-cchc-force-wrap>` makes a page use the wrapping fallback even where the Highlight API
 * exists. Both browsers we test have the API, so this is how the e2e tests reach the fallback
 * (test/fixtures/news/wrap-seed-000.html). Read once, when the highlighter is made; a page can only
 * opt its own DOM into being wrapped.
 */
export const FORCE_WRAP_ATTRIBUTE = 'data-cchc-force-wrap';

export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

/**
 * Mid-light colours with a translucent background: the text keeps the page's own colour, so it stays
 * readable on light and dark pages alike, and the underline shows on both.
 */
function stylesheet(): string {
  const rules: string[] = [];
  for (const [category, rgb] of Object.entries(CATEGORY_COLOURS)) {
    const look = `background-color: rgb(${rgb} / 0.16); text-decoration: underline 2px rgb(${rgb}); text-underline-offset: 0.18em;`;
    rules.push(`::highlight(${highlightName(category as Category)}) { ${look} }`);
    rules.push(`${WRAPPER_TAG}[data-cchc-category="${category}"] { ${look} cursor: help; }`);
  }
  rules.push(`::highlight(${CURRENT_HIGHLIGHT}) { background-color: ${CURRENT_BACKGROUND}; }`);
  rules.push(`${WRAPPER_TAG}[data-cchc-current] { background-color: ${CURRENT_BACKGROUND}; }`);
  return rules.join('\n');
}

/** Draws hits on one document. */
export interface Highlighter {
  /** `highlights`: the page's DOM is untouched; `wrap`: terms are wrapped in `<cchc-term>` elements. */
  readonly mode: 'highlights' | 'wrap';
  add(hits: readonly TermHit[]): void;
  remove(hits: readonly TermHit[]): void;
  /** Marks the term the keyboard moved to, or none. */
  setCurrent(hit: TermHit | undefined): void;
  /** Removes every highlight and our stylesheet. */
  destroy(): void;
}

/** Whether the CSS Custom Highlight API is usable in `win`. */
export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/**
 * Adds our stylesheet without touching the DOM where it can (an adopted constructable sheet), else
 * as a `<style>` in the head.
 */
function addStyles(doc: Document): () => void {
  const css = stylesheet();
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    // Firefox content scripts see the document through an Xray wrapper, and assigning a constructed
    // sheet through it throws; the page-side array takes it
    // (https://bugzilla.mozilla.org/show_bug.cgi?id=1751346).
    const unwrapped = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject;
    if (unwrapped) unwrapped.adoptedStyleSheets.push(sheet);
    else doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if ((unwrapped ?? doc).adoptedStyleSheets.includes(sheet)) {
      return () => {
        const sheets = (unwrapped ?? doc).adoptedStyleSheets;
        const at = sheets.indexOf(sheet);
        if (at >= 0) sheets.splice(at, 1);
      };
    }
  } catch {
    // an engine without constructable sheets, or one that refuses ours: use an element
  }
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}

/** The CSS Custom Highlight API where there is one, else wrapping. */
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
  if (!forceWrap && hasHighlightApi(win)) return highlightApiHighlighter(doc, win);
  return wrappingHighlighter(doc, options.guard ?? ((change) => change()));
}

/** How far beyond the viewport terms are registered, in viewport heights above and below. */
const REGISTERED_MARGIN = '200% 0px';

/**
 * Registers a term's range with the Highlight API only while its block is near the viewport. The
 * engine revisits every registered range of a changed highlight when it paints; with thousands of
 * terms on a long page, that one frame alone would block the page for tens of milliseconds.
 */
function highlightApiHighlighter(doc: Document, win: Window & typeof globalThis): Highlighter {
  const removeStyles = addStyles(doc);
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
  const byContainer = new Map<Element, Set<TermHit>>();
  const near = new Set<Element>();
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
  return {
    mode: 'highlights',
    add(hits) {
      for (const hit of hits) {
        const container = hit.block.container;
        let set = byContainer.get(container);
        if (!set) {
          set = new Set();
          byContainer.set(container, set);
          observer.observe(container);
        }
        set.add(hit);
        if (near.has(container)) highlightOf(hit.category).add(hit.range);
      }
    },
    remove(hits) {
      for (const hit of hits) {
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
    destroy() {
      observer.disconnect();
      for (const [category, h] of highlights) {
        if (registry.get(highlightName(category)) === h) registry.delete(highlightName(category));
      }
      if (registry.get(CURRENT_HIGHLIGHT) === current) registry.delete(CURRENT_HIGHLIGHT);
      removeStyles();
    },
  };
}

/**
 * Fallback for engines without the Highlight API: wraps each term's text in `<cchc-term>` elements.
 * This changes the page's DOM (text nodes are split), which the Highlight API mode never does.
 */
function wrappingHighlighter(doc: Document, guard: (change: () => void) => void): Highlighter {
  const removeStyles = addStyles(doc);
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
    }
    hit.elements = elements;
  };
  return {
    mode: 'wrap',
    add(hits) {
      // Hits come in document order: the later terms first, for the same reason.
      guard(() => {
        for (const hit of [...hits].reverse()) {
          try {
            wrapHit(hit);
          } catch {
            // The page changed the text since the scan; the mutation watcher rescans it.
          }
        }
      });
    },
    remove(hits) {
      guard(() => {
        for (const hit of hits) {
          for (const wrapper of hit.elements ?? []) unwrap(wrapper);
          hit.elements = [];
        }
      });
    },
    setCurrent(hit) {
      for (const e of currentElements) delete e.dataset.cchcCurrent;
      currentElements = hit?.elements ?? [];
      for (const e of currentElements) e.dataset.cchcCurrent = '';
    },
    destroy() {
      guard(() => {
        for (const wrapper of doc.querySelectorAll(WRAPPER_TAG)) unwrap(wrapper);
      });
      removeStyles();
    },
  };
}
