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
  /** Takes the base stylesheet off. */
  remove(): void;
}

/**
 * Adds the base stylesheet without touching the DOM where it can (an adopted constructable sheet), else
 * as a `<style>` in the head. The look's sheet is made on the first look that is not the default.
 */
export function addPageStyles(doc: Document): PageStyles {
  const win = doc.defaultView as Window & typeof globalThis;
  const removeBase = addBase(doc, win);
  let lookSheet: CSSStyleSheet | undefined;
  let shown = lookRules('both', 'category');
  return {
    setLook(style, scheme) {
      const css = lookRules(style, scheme);
      if (css === shown) return;
      shown = css;
      try {
        if (!lookSheet) {
          lookSheet = new win.CSSStyleSheet();
          adoptStyleSheet(doc, lookSheet);
        }
        lookSheet.replaceSync(css);
      } catch {
        // An engine without constructable sheets: the highlights keep their full look.
      }
    },
    remove: removeBase,
  };
}

function addBase(doc: Document, win: Window & typeof globalThis): () => void {
  const css = baseRules();
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    const remove = adoptStyleSheet(doc, sheet);
    if (remove) return remove;
  } catch {
    // an engine without constructable sheets, or one that refuses ours: use an element
  }
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
