import type { CompiledGlossary } from '../glossary/compile-glossary.ts';
import type { Entry } from '../glossary/types.ts';
import type { TabResponse } from '../shared/messages-to-tab.ts';
import { MAX_FORM_LENGTH } from '../shared/own-terms.ts';
import type { ExplanationPopup } from './explanation-popup.ts';
import { termOfSelection } from './term-of-selection.ts';

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
export function explainSelection(
  text: string,
  doc: Document,
  glossary: CompiledGlossary | undefined,
  entries: ReadonlyMap<string, Entry>,
  popup: ExplanationPopup,
  addOwnTerm: (text: string) => void,
): TabResponse<'explain-selection'> {
  const anchor = selectionAnchor(doc);
  const found = glossary ? termOfSelection(text, glossary, entries) : undefined;
  if (!found) {
    // Longer than an own term's form may be: a sentence, not a term; nothing to offer adding.
    popup.openUnknown(text, anchor, text.length <= MAX_FORM_LENGTH ? () => addOwnTerm(text) : undefined);
    return { found: undefined };
  }
  popup.open(found.id, anchor, found.text, null, found);
  return { found: found.id };
}
