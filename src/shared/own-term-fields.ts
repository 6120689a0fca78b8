import type { Bilingual, Category, Entry } from '../glossary/types.ts';
import { looksLikeAbbreviation } from './check-own-entries.ts';
import { formText } from './form-text.ts';
import { OWN_ID_PREFIX } from './own-terms.ts';

/** What the options page's editor holds for one term. */
export interface OwnTermFields {
  term: string;
  /** One surface form per item; one-syllable forms in capitals become abbreviations. */
  forms: string[];
  explanation: string;
  explanationEn?: string;
  source?: string;
  category: Category;
}

/** An `own-` id from a term: ASCII kebab-case without tones, unique among `taken`. */
export function ownIdFor(term: string, taken: ReadonlySet<string>): string {
  const slug =
    term
      .normalize('NFD')
      .replace(/[đĐ]/g, 'd')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'term';
  let id = `${OWN_ID_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${OWN_ID_PREFIX}${slug}-${n}`;
  return id;
}

/** The entry the editor's fields describe (id given: a new one from `ownIdFor`, or the edited one's). */
export function entryFromFields(id: string, fields: OwnTermFields): Entry {
  const term = fields.term.trim();
  const lines = fields.forms.map((f) => f.trim()).filter((f) => f !== '');
  const unique = [...new Set(lines.length > 0 ? lines : [term])];
  const abbreviations = unique.filter(looksLikeAbbreviation);
  const explanation: Bilingual = { vi: fields.explanation.trim() };
  const en = fields.explanationEn?.trim();
  if (en) explanation.en = en;
  const source = fields.source?.trim();
  return {
    id,
    term,
    category: fields.category,
    forms: unique.filter((f) => !looksLikeAbbreviation(f)),
    ...(abbreviations.length > 0 ? { abbreviations } : {}),
    gloss: { vi: term },
    explanation,
    legal: [],
    related: [],
    confidence: 'high',
    sources: source ? [source] : [],
  };
}

/** The editor's fields of a stored entry (forms and abbreviations together, one per line). */
export function fieldsOfEntry(entry: Entry): OwnTermFields {
  return {
    term: entry.term,
    forms: [...entry.forms, ...(entry.abbreviations ?? [])].map(formText),
    explanation: entry.explanation.vi,
    ...(entry.explanation.en ? { explanationEn: entry.explanation.en } : {}),
    ...(entry.sources[0] ? { source: entry.sources[0] } : {}),
    category: entry.category,
  };
}
