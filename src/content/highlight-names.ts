import type { Category } from '../glossary/types.ts';

/** Highlight names share the page's registry: this prefix keeps ours apart. */
export const HIGHLIGHT_PREFIX = 'cchc-';
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;
/** The fallback wrapper's tag; custom elements are unavailable to content scripts, so it stays unknown. */
export const WRAPPER_TAG = 'cchc-term';
/** The mark of the term the keyboard or the toolbar popup moved to. */
// At 0.32 light text on a dark page keeps 4.5:1 over it, tint included (highlight-contrast.test.ts); 0.55 gave 3.4:1.
export const CURRENT_BACKGROUND = 'rgb(250 204 21 / 0.32)';

/** The Highlight API name of a category's highlight. */
export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}
