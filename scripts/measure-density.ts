/**
 * Highlight density on the corpus's reform articles, in highlights per 100 words, under each of the
 * three occurrence rules the reader can choose (src/shared/everyday-terms.ts): every occurrence of every
 * term (`all`, the default before 2026-12-06), everyday terms at their first occurrence and the others
 * each time (`everyday-once`, the default now), and the first occurrence of each term (`first`).
 *   npx tsx scripts/measure-density.ts [--terms] [CORPUS_DIR]   (default ../shared/corpus/articles)
 * `--terms` also lists the terms with the most repeats (occurrences after the first in an article),
 * the figures the everyday terms were chosen from.
 * A reform article is one where the glossary finds at least REFORM_TERMS distinct terms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import glossaryFile from '../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { findTerms } from '../src/glossary/find-terms.ts';
import type { Entry } from '../src/glossary/types.ts';
import { drawnOnce, EVERYDAY_TERMS, type OccurrenceRule } from '../src/shared/everyday-terms.ts';

const REFORM_TERMS = 3;
const args = process.argv.slice(2);
const listTerms = args.includes('--terms');
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(import.meta.dirname, '../../shared/corpus/articles');
const entries = (glossaryFile as { entries: Entry[] }).entries;
const glossary = compileGlossary(entries, bundledDocuments().byId);
const rules: OccurrenceRule[] = ['all', 'everyday-once', 'first'];

/** The highlights drawn under `rule` for the matches of one article, in order. */
function drawn(ids: readonly string[], rule: OccurrenceRule): number {
  const seen = new Set<string>();
  let count = 0;
  for (const id of ids) {
    if (drawnOnce(rule, id) && seen.has(id)) continue;
    seen.add(id);
    count++;
  }
  return count;
}

let articles = 0;
let words = 0;
const totals = new Map<OccurrenceRule, number>(rules.map((r) => [r, 0]));
const perArticle = new Map<OccurrenceRule, number[]>(rules.map((r) => [r, []]));
const repeats = new Map<string, { occurrences: number; articles: number }>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const ids = findTerms(text, glossary).map((m) => m.id);
  const distinct = new Set(ids);
  if (distinct.size < REFORM_TERMS) continue;
  const n = text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  articles++;
  words += n;
  for (const rule of rules) {
    const count = drawn(ids, rule);
    totals.set(rule, (totals.get(rule) ?? 0) + count);
    perArticle.get(rule)?.push((100 * count) / n);
  }
  for (const id of distinct) {
    const r = repeats.get(id) ?? { occurrences: 0, articles: 0 };
    r.occurrences += ids.filter((x) => x === id).length;
    r.articles++;
    repeats.set(id, r);
  }
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const f = (x: number) => x.toFixed(2);
const labels: Record<OccurrenceRule, string> = {
  all: 'every occurrence:                    ',
  'everyday-once': 'everyday terms once (default):       ',
  first: 'first occurrence of each term only:  ',
};
console.log(`${articles} reform articles (≥ ${REFORM_TERMS} distinct terms), ${words} words`);
for (const rule of rules) {
  console.log(
    `${labels[rule]}${f((100 * (totals.get(rule) ?? 0)) / words)} highlights / 100 words (median article ${f(median(perArticle.get(rule) ?? []))})`,
  );
}
if (listTerms) {
  const names = new Map(entries.map((e) => [e.id, e.term]));
  console.log('\nrepeats  occurrences  articles  everyday  term');
  const top = [...repeats].sort((a, b) => b[1].occurrences - b[1].articles - (a[1].occurrences - a[1].articles));
  for (const [id, r] of top.slice(0, 30)) {
    console.log(
      `${String(r.occurrences - r.articles).padStart(7)}  ${String(r.occurrences).padStart(11)}  ${String(r.articles).padStart(8)}  ${EVERYDAY_TERMS.has(id) ? '   yes  ' : '        '}  ${names.get(id)} (${id})`,
    );
  }
}
