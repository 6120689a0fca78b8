// The term gate on a page (issue 12, src/glossary/term-gate.ts): asked by enter.ts before the page's
// code starts, so an article without a term pays for a few native passes over its text, not for the
// glossary, the matcher, the highlighter and the listeners.
import pattern from 'cchc:term-gate';
import { gateFold, mayHoldTerm } from '../glossary/term-gate.ts';
import type { ArticleExtent } from '../shared/article-extent.ts';

/** Made on the first question, once per frame (V8 compiles a regular expression on its first run). */
let gate: RegExp | undefined;

/**
 * The article's beginning, read first: most articles that hold a term name one in the headline, sapo
 * or first paragraphs, and folding costs as much as the text is long (2 to 10 ms for 20 to 50 kB).
 */
const HEAD = 3000;
/** Read again at the join, so that a form cut there is still whole once: longer than any form. */
const OVERLAP = 300;

/** Whether `text` may hold a term of the bundled glossary or a legal citation. */
export function textMayHoldTerm(text: string): boolean {
  gate ??= new RegExp(pattern);
  if (text.length <= HEAD + OVERLAP) return mayHoldTerm(gateFold(text), gate);
  return mayHoldTerm(gateFold(text.slice(0, HEAD)), gate) || mayHoldTerm(gateFold(text.slice(HEAD - OVERLAP)), gate);
}

/**
 * The text the scan could read in the article: each part's `textContent` (one native call; blocks the
 * walk skips, such as a related list inside the body, come with it, which can only make the gate say
 * yes more often), and that of the open shadow roots inside the parts, nested ones too, which
 * `textContent` does not enter and the scan does.
 */
export function articleText(extent: ArticleExtent): string {
  const texts: string[] = [];
  const read = (root: Element | ShadowRoot) => {
    texts.push(root.textContent ?? '');
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) read(element.shadowRoot);
  };
  for (const part of extent.parts) {
    read(part);
    if (part.shadowRoot) read(part.shadowRoot);
  }
  return texts.join(' ');
}
