// The term gate on a page (issue 12, src/glossary/term-gate.ts): asked by enter.ts before the page's
// code starts, so an article without a term pays for a few native passes over its text, not for the
// glossary, the matcher, the highlighter and the listeners.
import patterns from 'cchc:term-gate';
import { gateFold, mayHoldTerm } from '../glossary/term-gate.ts';
import type { ArticleExtent } from '../shared/article-extent.ts';
import { openShadowRoot, openShadowRootsUnder } from '../shared/composed-tree.ts';

/** Made on the first question, once per frame (V8 compiles a regular expression on its first run). */
let gate: RegExp | undefined;
let quickGate: RegExp | undefined;
const fullGate = () => {
  gate ??= new RegExp(patterns.full);
  return gate;
};

/**
 * The first piece read: most articles that hold a term name one in the headline, sapo or first
 * paragraphs, and folding costs as much as the text is long (about 0.1 ms per kB). Each further piece
 * is four times the last, so a long article with a term far down is read at most about four times as
 * far as the term.
 */
const FIRST_PIECE = 3000;
/**
 * Read again at each join, so that a form cut there is whole in the next piece: the longest form the
 * gate keeps is under 100 characters folded; this leaves room for decomposed marks and runs of spaces.
 */
const OVERLAP = 1000;

/**
 * The text the scan could read in the article, in document order: each part's children's
 * `textContent` (one native call each, joined as `textContent` joins them; a 5 MB article's own
 * `textContent` took 90 ms, its children's 14 ms in all), then the open shadow roots inside the parts,
 * nested ones too, which `textContent` does not enter and the scan does. Blocks the walk skips (a related
 * list inside the body) come with it, which can only make the gate say yes more often.
 */
function* articleTexts(extent: ArticleExtent): Generator<string> {
  for (const part of extent.parts) {
    for (const child of part.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.TEXT_NODE) yield child.textContent ?? '';
    }
  }
  // Looked for only once the light DOM said no: finding them visits every element of the parts.
  for (const part of extent.parts) {
    const own = openShadowRoot(part);
    const roots = own ? [own, ...openShadowRootsUnder(own), ...openShadowRootsUnder(part)] : openShadowRootsUnder(part);
    for (const root of roots) yield ` ${root.textContent ?? ''}`;
  }
}

/** Whether the article's text may hold a term of the bundled glossary or a legal citation, read in growing pieces. */
export function articleMayHoldTerm(extent: ArticleExtent): boolean {
  let size = FIRST_PIECE;
  let piece = '';
  let first = true;
  const mayHold = () => {
    const folded = gateFold(piece);
    // The quick pattern on the first piece: most articles with terms are let through by it alone.
    if (first) {
      first = false;
      quickGate ??= new RegExp(patterns.quick);
      if (mayHoldTerm(folded, quickGate)) return true;
    }
    return mayHoldTerm(folded, fullGate());
  };
  for (const text of articleTexts(extent)) {
    piece += text;
    if (piece.length < size) continue;
    if (mayHold()) return true;
    piece = piece.slice(-OVERLAP);
    size *= 4;
  }
  return mayHold();
}

/** Whether `text` may hold a term of the bundled glossary or a legal citation. */
export function textMayHoldTerm(text: string): boolean {
  return mayHoldTerm(gateFold(text), fullGate());
}
