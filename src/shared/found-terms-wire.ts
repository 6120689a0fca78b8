import type { Entry } from '../glossary/types.ts';
import type { FoundTerms } from './term-matcher.ts';

/**
 * `FoundTerms` as the background sends it to a page: each match as three numbers (start, end, the index
 * of its entry) instead of an object with its text and form, which the page does not need (it has the
 * text it sent). On the 5 MB test page, the objects' serialization was most of what the page's thread
 * spent on the messages (issue 12).
 */
export interface FoundTermsWire {
  /** start, end and entry index of each match, in order. */
  spans: number[];
  entries: Entry[];
  /** The matched form's note and the parsed citation, by match index, for the matches that have one. */
  extras: Record<number, Pick<FoundTerms['matches'][number], 'note' | 'citation'>>;
}

export function toWire(found: FoundTerms): FoundTermsWire {
  const index = new Map(found.entries.map((e, i) => [e.id, i]));
  const spans: number[] = [];
  const extras: FoundTermsWire['extras'] = {};
  found.matches.forEach((m, i) => {
    spans.push(m.start, m.end, index.get(m.id) ?? -1);
    if (m.note || m.citation)
      extras[i] = { ...(m.note ? { note: m.note } : {}), ...(m.citation ? { citation: m.citation } : {}) };
  });
  return { spans, entries: found.entries, extras };
}

/** The matches again, their text read from `text` (the text that was sent). */
export function fromWire(wire: FoundTermsWire, text: string): FoundTerms {
  const matches: FoundTerms['matches'] = [];
  for (let i = 0, k = 0; k + 2 < wire.spans.length; i++, k += 3) {
    const start = wire.spans[k] as number;
    const end = wire.spans[k + 1] as number;
    const entry = wire.entries[wire.spans[k + 2] as number];
    if (!entry) continue;
    matches.push({ start, end, id: entry.id, text: text.slice(start, end), ...wire.extras[i] });
  }
  return { matches, entries: wire.entries };
}
