/**
 * `explain`: what the popup would show for a term in an article of a given date.
 *
 *   npm run scan -- explain "<term, id or document number>" [--date YYYY-MM-DD] [--lang vi|en] [--json]
 *
 * It builds the same model as the popup (`explainTerm`), so a test of this command tests the popup's content.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { type DocumentIndex, indexDocuments } from '../glossary/document-registry.ts';
import { findTerms } from '../glossary/find-terms.ts';
import type { DocumentRegistry, Entry, GlossaryFile } from '../glossary/types.ts';
import { type DocumentFacts, type ExplainInput, type Explanation, explainTerm } from '../shared/explain-term.ts';
import { type Messages, translator } from '../shared/translator.ts';

export const DEFAULT_GLOSSARY = new URL('../../data/glossary.json', import.meta.url);
export const DEFAULT_DOCUMENTS = new URL('../../data/documents.json', import.meta.url);

const DAY = /^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

function usage(): string {
  return 'usage: scan explain "<term, id or document number>" [--date YYYY-MM-DD] [--lang vi|en] [--json]';
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The entry a query names: an id, or the longest term the matcher finds in it (a document number too). */
export function resolveQuery(
  query: string,
  entries: readonly Entry[],
  documents: DocumentIndex,
): ExplainInput | undefined {
  const byId = entries.find((e) => e.id === query);
  if (byId) return { entry: byId };
  const matches = findTerms(query, compileGlossary(entries, documents.byId));
  const best = matches.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  const entry = best && entries.find((e) => e.id === best.id);
  if (!best || !entry) return undefined;
  return { entry, surface: best.text, note: best.note, citation: best.citation };
}

/** The words the text rendering adds around the model, in the reader's language. */
export interface TextLabels {
  source: string;
  unconfirmed: string;
  related: string;
  atArticle: (standing: string) => string;
}

function documentLines(facts: DocumentFacts, bullet: string, labels: TextLabels): string[] {
  const badge = facts.confirmed ? '' : `[${labels.unconfirmed}] `;
  const lines = [`${bullet}${badge}${facts.label}${facts.article ? `, ${facts.article}` : ''} — ${facts.title}`];
  // Continuation lines line up under the first line's text.
  const indent = ' '.repeat(bullet.length + 2);
  if (facts.note) lines.push(`${indent}${facts.note}`);
  if (facts.context) lines.push(`${indent}${facts.context}`);
  lines.push(`${indent}${facts.facts}`, `${indent}${facts.status}`);
  if (facts.atArticle) lines.push(`${indent}${labels.atArticle(facts.atArticle)}`);
  if (facts.unconfirmed) lines.push(`${indent}${facts.unconfirmed}`);
  for (const s of facts.sources) lines.push(`${indent}${labels.source}: ${s.href}`);
  return lines;
}

/** The model as plain text, in the popup's order. */
export function explanationText(model: Explanation, labels: TextLabels): string {
  const lines = [`${model.title}${model.gloss ? ` — ${model.gloss}` : ''}  [${model.category}]`];
  if (model.asWritten) lines.push(model.asWritten);
  if (model.note) lines.push(`⚠ ${model.note}`);
  if (model.citation) {
    lines.push(model.citation.number);
    if (model.citation.document) lines.push(...documentLines(model.citation.document, '  ', labels));
    if (model.citation.kind) lines.push(`  ${model.citation.kind}`);
    if (model.citation.caveat) lines.push(`  ${model.citation.caveat}`);
    for (const l of model.citation.lookups) lines.push(`  ${l.text}: ${l.href}`);
  }
  if (model.text) lines.push('', model.text);
  if (model.time) {
    lines.push('', `${model.time.heading}:`);
    for (const line of model.time.lines) lines.push(`  ${line.label} ${line.text}`);
  }
  if (model.confidence) lines.push('', model.confidence.text);
  if (model.legal) {
    lines.push('', `${model.legal.heading}:`);
    for (const item of model.legal.items) lines.push(...documentLines(item, '  - ', labels));
  }
  if (model.checked) lines.push('', model.checked);
  if (model.related.length > 0) lines.push('', `${labels.related}: ${model.related.map((r) => r.label).join(', ')}`);
  return lines.join('\n');
}

export function explainCommand(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  let values: { date?: string; lang?: string; json?: boolean; today?: string; glossary?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        lang: { type: 'string', default: 'vi' },
        json: { type: 'boolean', default: false },
        // For tests and for reading as of another day; the popup always uses the reader's today.
        today: { type: 'string' },
        glossary: { type: 'string' },
      },
    }));
  } catch (e) {
    err(`explain: ${(e as Error).message}\n${usage()}`);
    return 2;
  }
  const query = positionals.join(' ').trim();
  const lang = values.lang;
  if (!query || (lang !== 'vi' && lang !== 'en')) {
    err(usage());
    return 2;
  }
  for (const [name, value] of [
    ['--date', values.date],
    ['--today', values.today],
  ] as const) {
    if (value !== undefined && !DAY.test(value)) {
      err(`explain: ${name} must be a day as YYYY-MM-DD, not "${value}"`);
      return 2;
    }
  }
  const entries = (JSON.parse(readFileSync(values.glossary ?? DEFAULT_GLOSSARY, 'utf8')) as GlossaryFile).entries;
  const documents = indexDocuments(JSON.parse(readFileSync(DEFAULT_DOCUMENTS, 'utf8')) as DocumentRegistry);
  const input = resolveQuery(query, entries, documents);
  if (!input) {
    err(`explain: no term or document number found in "${query}"`);
    return 1;
  }
  const messages = JSON.parse(
    readFileSync(new URL(`../_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Messages;
  const t = translator(messages);
  const model = explainTerm(input, {
    entries: new Map(entries.map((e) => [e.id, e])),
    documents,
    articleDate: values.date,
    today: values.today ?? localToday(),
    lang,
    t,
  });
  if (values.json) out(JSON.stringify(model, null, 2));
  else {
    out(
      explanationText(model, {
        source: t('popupSource'),
        unconfirmed: t('popupUnverified'),
        related: t('popupRelatedHeading'),
        atArticle: (standing) => t('popupAtArticle', standing),
      }),
    );
  }
  return 0;
}
