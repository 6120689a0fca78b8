import type { Citation } from '../glossary/citations.ts';
import type { CompiledGlossary } from '../glossary/compile-glossary.ts';
import { findTerms } from '../glossary/find-terms.ts';
import { formKey } from '../glossary/form-key.ts';
import type { Bilingual, Entry } from '../glossary/types.ts';
import { formText } from '../shared/form-text.ts';

/** The term a selection names, with what the explanation shows beside it. */
export interface SelectedTerm {
  id: string;
  /** The words of the selection that named it. */
  text: string;
  note?: Bilingual;
  citation?: Citation;
}

/**
 * What the reader means by the text they selected and asked about ("Explain term"):
 * 1. a term the matcher finds in it, the longest if there are several ("thủ tục hành chính" in
 *    "các thủ tục hành chính mới"), citations like "61/2018/NĐ-CP" included;
 * 2. else a glossary form or the term's name equal to the whole selection, ignoring the context rules
 *    the page scan applies: on a page "một cửa" alone is too ambiguous to mark, but a reader who
 *    selects exactly those words and asks has settled that themselves.
 * Undefined when the selection names nothing the glossary knows.
 */
export function termOfSelection(
  selection: string,
  glossary: CompiledGlossary,
  entries: ReadonlyMap<string, Entry>,
): SelectedTerm | undefined {
  const text = selection.trim();
  if (text === '') return undefined;
  let best: ReturnType<typeof findTerms>[number] | undefined;
  for (const match of findTerms(text, glossary)) {
    if (!entries.has(match.id)) continue;
    if (!best || match.end - match.start > best.end - best.start) best = match;
  }
  // A match already carries its id, its text, and any note or citation.
  if (best) return best;
  const key = formKey(text);
  if (key === '') return undefined;
  // Own entries come last in the map and an own form wins over a bundled one: keep the last found.
  let found: string | undefined;
  for (const entry of entries.values()) {
    if ([entry.term, ...entry.forms, ...(entry.abbreviations ?? [])].some((name) => formKey(formText(name)) === key)) {
      found = entry.id;
    }
  }
  return found ? { id: found, text } : undefined;
}
