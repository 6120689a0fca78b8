import type { Category } from '../glossary/types.ts';
import { CATEGORY_COLOURS, CATEGORY_LINES, TINT_ALPHA } from './category-colours.ts';
import { createElement } from './create-element.ts';

/**
 * A sample of how a category's terms look on the page ("Aa" with its tint and underline), shown beside
 * the category's name in the options page and the toolbar list so the colours carry a meaning. Hidden
 * from screen readers: the name beside it says it all. Styled through the CSSOM, which extension pages'
 * CSP allows (no inline style attribute in the HTML).
 */
export function categorySwatch(category: Category): HTMLSpanElement {
  const rgb = CATEGORY_COLOURS[category];
  const swatch = createElement('span', { className: 'swatch', text: 'Aa' });
  swatch.setAttribute('aria-hidden', 'true');
  swatch.style.backgroundColor = `rgb(${rgb} / ${TINT_ALPHA})`;
  swatch.style.textDecoration = `underline ${CATEGORY_LINES[category]} 2px rgb(${rgb})`;
  swatch.style.textUnderlineOffset = '0.18em';
  return swatch;
}
