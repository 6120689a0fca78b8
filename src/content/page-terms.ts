import type { Entry } from '../glossary/types.ts';
import type { PageTerm } from '../shared/messages-to-tab.ts';
import type { TermHit } from './term-hit.ts';

/** The toolbar popup's list: one row per term of `hits`, in order of first occurrence, with its count. */
export function pageTerms(hits: readonly TermHit[], entries: ReadonlyMap<string, Entry>): PageTerm[] {
  const byId = new Map<string, PageTerm>();
  for (const hit of hits) {
    const found = byId.get(hit.id);
    if (found) found.count++;
    else {
      const entry = entries.get(hit.id);
      const term: PageTerm = { id: hit.id, term: entry?.term ?? hit.text, category: hit.category, count: 1 };
      if (entry?.gloss?.en) term.gloss = entry.gloss.en;
      byId.set(hit.id, term);
    }
  }
  return [...byId.values()];
}
