import type { Entry } from '../glossary/types.ts';
import type { TabResponse } from '../shared/messages-to-tab.ts';
import { MAX_FORM_LENGTH } from '../shared/own-terms.ts';
import type { TermMatcher } from '../shared/term-matcher.ts';
import type { ExplanationPopup } from './explanation-popup.ts';

/** Where to show the explanation of the selection: the selection, else the focused field, else the viewport's top. */
function selectionAnchor(doc: Document): { getBoundingClientRect(): DOMRect } {
  const win = doc.defaultView as Window;
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  const rect = range?.getBoundingClientRect();
  if (range && rect && (rect.width > 0 || rect.height > 0)) return range;
  // A selection in a text field has no rectangle of its own: fall back to the field, then the viewport's top.
  const focused = doc.activeElement;
  if (focused && focused !== doc.body) return focused;
  return { getBoundingClientRect: () => new DOMRect(win.innerWidth / 2, 16, 0, 0) };
}

/**
 * The context menu's "Explain term": the explanation of the term the selection names, next to the
 * selection; or, for a selection the glossary does not know, an offer to add it as an own term
 * (`addOwnTerm`), when it is short enough to be one.
 */
export async function explainSelection(
  text: string,
  doc: Document,
  matcher: TermMatcher,
  entries: Map<string, Entry>,
  popup: ExplanationPopup,
  addOwnTerm: (text: string) => void,
): Promise<TabResponse<'explain-selection'>> {
  // Read before the matcher answers: the reader may move the selection meanwhile.
  const anchor = selectionAnchor(doc);
  const found = await matcher.termOf(text);
  if (!found) {
    // Longer than an own term's form may be: a sentence, not a term; nothing to offer adding.
    popup.openUnknown(text, anchor, text.length <= MAX_FORM_LENGTH ? () => addOwnTerm(text) : undefined);
    return { found: undefined };
  }
  // The popup reads the term's names and category from the page's map, which holds the terms found so far.
  if (!entries.has(found.entry.id)) entries.set(found.entry.id, found.entry);
  popup.open(found.term.id, anchor, found.term.text, null, found.term);
  return { found: found.term.id };
}
