import { type CompiledGlossary, withOwnEntries } from '../glossary/compile-glossary.ts';
import { findTerms, type TermMatch } from '../glossary/find-terms.ts';
import type { Entry } from '../glossary/types.ts';
import { readOwnTerms } from './check-own-entries.ts';
import { type SelectedTerm, termOfSelection } from './term-of-selection.ts';

/** The terms found in one text, with the entries they name (what the page draws and lists by). */
export interface FoundTerms {
  /** The matches, without the form that matched (the page has no use for it). */
  matches: Omit<TermMatch, 'form'>[];
  /** One entry per id among `matches`: the bundled ones as placeholders (names, category, forms). */
  entries: Entry[];
}

/** The term a selection names ("Explain term"), with its entry. */
export interface SelectionTerm {
  term: SelectedTerm;
  entry: Entry;
}

/**
 * What finds terms for a page: the glossary matcher itself (the background's, and the unit tests'), or
 * the content script's messages to it (background-matcher.ts). Asynchronous either way.
 */
export interface TermMatcher {
  /**
   * Matches the bundled terms and the reader's own ones from now on: `stored` is the stored own terms
   * as storage gives them (undefined: none), checked here (entries not understood are left out).
   * Settles once that holds.
   */
  useOwn(stored: unknown): Promise<void>;
  find(text: string): Promise<FoundTerms>;
  termOf(selection: string): Promise<SelectionTerm | undefined>;
}

/** Where the matcher gets the bundled glossary: a fresh compiled copy per call, and the entries. */
export interface GlossarySource {
  glossary(): CompiledGlossary;
  entries(): readonly Entry[];
}

/**
 * The matcher over the compiled glossary and the reader's own entries (own forms win over bundled
 * ones: withOwnEntries). The bundled glossary is made on the first question, not before.
 */
export function glossaryMatcher(source: GlossarySource): TermMatcher {
  let bundled: Map<string, Entry> | undefined;
  const bundledEntries = () => {
    bundled ??= new Map(source.entries().map((e) => [e.id, e]));
    return bundled;
  };
  let own: readonly Entry[] = [];
  let ownById = new Map<string, Entry>();
  let compiled: CompiledGlossary | undefined;
  // In one piece: in the background no page waits on its thread (the page used to add them in slices).
  const glossary = () => (compiled ??= withOwnEntries(source.glossary(), own));
  const entryOf = (id: string) => ownById.get(id) ?? bundledEntries().get(id);
  return {
    async useOwn(stored) {
      const next = readOwnTerms(stored).entries;
      own = next;
      ownById = new Map(next.map((e) => [e.id, e]));
      compiled = undefined;
      // Compiled now only when there are own terms: the bundled glossary waits for the first text.
      if (next.length > 0) glossary();
    },
    async find(text) {
      const g = glossary();
      const matches: TermMatch[] = [];
      const entries = new Map<string, Entry>();
      for (const match of findTerms(text, g)) {
        const entry = entries.get(match.id) ?? entryOf(match.id);
        if (!entry) continue;
        entries.set(match.id, entry);
        matches.push(match);
      }
      return { matches, entries: [...entries.values()] };
    },
    async termOf(selection) {
      const g = glossary();
      // Own entries last: an own form wins over a bundled one (termOfSelection keeps the last found).
      const all = new Map(bundledEntries());
      for (const [id, entry] of ownById) all.set(id, entry);
      const term = termOfSelection(selection, g, all);
      const entry = term && entryOf(term.id);
      return term && entry ? { term, entry } : undefined;
    },
  };
}
