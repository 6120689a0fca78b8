import { categories } from '../shared/categories.ts';
import type { ColorScheme, HighlightStyle } from '../shared/settings-values.ts';
import { CURRENT_BACKGROUND, highlightName, WRAPPER_TAG } from './highlight-names.ts';

/** The marks of the `single` and `contrast` schemes (the `category` scheme is the highlighter's own). */
export const SCHEME_LOOKS: Record<Exclude<ColorScheme, 'category'>, { background: string; underline: string }> = {
  // One calm amber for every term.
  single: { background: 'rgb(186 102 5 / 0.16)', underline: '2px rgb(186 102 5)' },
  // The text's own colour underlines it, thick, so it is as dark as the text on any page, over a
  // stronger tint; the current term keeps its yellow, which stays distinct from this blue.
  contrast: { background: 'rgb(56 189 248 / 0.25)', underline: '3px currentColor' },
};

/** The rules that turn the highlighter's look into the reader's scheme and style; empty for the defaults. */
export function lookRules(style: HighlightStyle, scheme: ColorScheme): string {
  if (style === 'both' && scheme === 'category') return '';
  const look = scheme === 'category' ? undefined : SCHEME_LOOKS[scheme];
  const declarations: string[] = [];
  if (style === 'underline') declarations.push('background-color: transparent !important;');
  else if (look) declarations.push(`background-color: ${look.background} !important;`);
  if (style === 'background') declarations.push('text-decoration: none !important;');
  else if (look) declarations.push(`text-decoration: underline ${look.underline} !important;`);
  const body = declarations.join(' ');
  return [
    ...categories.map((c) => `::highlight(${highlightName(c)}), ${WRAPPER_TAG}[data-cchc-category="${c}"] { ${body} }`),
    // In wrap mode these rules would also hide the current term's yellow (it is a plain rule on the
    // same element); the Highlight API's current term is a highlight of its own and keeps it anyway.
    `${WRAPPER_TAG}[data-cchc-current] { background-color: ${CURRENT_BACKGROUND} !important; }`,
  ].join('\n');
}
