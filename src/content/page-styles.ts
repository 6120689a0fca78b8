import type { Category } from '../glossary/types.ts';
import { CATEGORY_COLOURS, CATEGORY_LINES, TINT_ALPHA } from '../shared/category-colours.ts';
import type { ColorScheme, HighlightStyle } from '../shared/settings-values.ts';
import { adoptStyleSheet } from './adopt-style-sheet.ts';
import { lookRules } from './highlight-look.ts';
import { CURRENT_BACKGROUND, CURRENT_HIGHLIGHT, highlightName, WRAPPER_TAG } from './highlight-names.ts';
import { OWN_UI_ATTRIBUTE } from './own-elements.ts';

/**
 * Mid-light colours with a translucent background: the text keeps the page's own colour, so it stays
 * readable on light and dark pages alike, and the underline shows on both. Rules for both drawing
 * modes: `::highlight()` and the wrapper element.
 */
function baseRules(): string {
  const rules: string[] = [];
  for (const [category, rgb] of Object.entries(CATEGORY_COLOURS)) {
    const line = CATEGORY_LINES[category as Category];
    const look = `background-color: rgb(${rgb} / ${TINT_ALPHA}); text-decoration: underline ${line} 2px rgb(${rgb}); text-underline-offset: 0.18em;`;
    rules.push(`::highlight(${highlightName(category as Category)}) { ${look} }`);
    rules.push(`${WRAPPER_TAG}[data-cchc-category="${category}"] { ${look} cursor: pointer; }`);
  }
  rules.push(`::highlight(${CURRENT_HIGHLIGHT}) { background-color: ${CURRENT_BACKGROUND}; }`);
  rules.push(`${WRAPPER_TAG}[data-cchc-current] { background-color: ${CURRENT_BACKGROUND}; }`);
  return rules.join('\n');
}

/** The highlights' stylesheets on one document: the base look, and the reader's style and scheme over it. */
export interface PageStyles {
  /** Applies the reader's highlight style and colour scheme (rules after the base ones: same specificity, later wins). */
  setLook(style: HighlightStyle, scheme: ColorScheme): void;
  /**
   * Adopts the same sheets in a page's open shadow root whose text is drawn: the document's rules do
   * not reach into a shadow tree (wrappers in both engines; `::highlight()` in Firefox). Adopted, not
   * added as an element: the page's DOM stays as it was, though its scripts can see the sheets in that
   * root's `adoptedStyleSheets`. Where the engine refuses, that root's terms are found but not coloured.
   */
  cover(root: ShadowRoot): void;
  /** Takes the stylesheets off. */
  remove(): void;
}

/**
 * Adds the base stylesheet without touching the DOM where it can (an adopted constructable sheet), else
 * as a `<style>` in the head. The look's sheet is made on the first look that is not the default.
 */
export function addPageStyles(doc: Document): PageStyles {
  const win = doc.defaultView as Window & typeof globalThis;
  const base = constructed(win, baseRules());
  const removers = [addBase(doc, base)];
  const covered = new Set<ShadowRoot>();
  let lookSheet: CSSStyleSheet | undefined;
  let shown = lookRules('both', 'category');
  const adopt = (target: Document | ShadowRoot, sheet: CSSStyleSheet) => {
    const remove = adoptStyleSheet(target, sheet);
    if (remove) removers.push(remove);
  };
  return {
    setLook(style, scheme) {
      const css = lookRules(style, scheme);
      if (css === shown) return;
      shown = css;
      try {
        if (!lookSheet) {
          lookSheet = new win.CSSStyleSheet();
          adopt(doc, lookSheet);
          for (const root of covered) adopt(root, lookSheet);
        }
        lookSheet.replaceSync(css);
      } catch {
        // An engine without constructable sheets: the highlights keep their full look.
      }
    },
    cover(root) {
      if (covered.has(root)) return;
      covered.add(root);
      if (base) adopt(root, base);
      if (lookSheet) adopt(root, lookSheet);
    },
    remove() {
      for (const remove of removers.splice(0)) remove();
      covered.clear();
    },
  };
}

function constructed(win: Window & typeof globalThis, css: string): CSSStyleSheet | undefined {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return undefined; // an engine without constructable sheets
  }
}

function addBase(doc: Document, sheet: CSSStyleSheet | undefined): () => void {
  const remove = sheet && adoptStyleSheet(doc, sheet);
  if (remove) return remove;
  // An engine without constructable sheets, or one that refuses ours: use an element.
  const css = baseRules();
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
