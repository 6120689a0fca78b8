/**
 * Highlight density on the corpus's reform articles: highlights per 100 words with every occurrence
 * drawn, and with each term's first occurrence only (the `firstOccurrenceOnly` setting).
 *   npx tsx scripts/measure-density.ts [CORPUS_DIR]   (default ../shared/corpus/articles)
 * A reform article is one where the glossary finds at least REFORM_TERMS distinct terms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import glossaryFile from '../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { findTerms } from '../src/glossary/find-terms.ts';
import type { Entry } from '../src/glossary/types.ts';

const REFORM_TERMS = 3;
const dir = process.argv[2] ?? path.join(import.meta.dirname, '../../shared/corpus/articles');
const glossary = compileGlossary((glossaryFile as { entries: Entry[] }).entries, bundledDocuments().byId);

let articles = 0;
let words = 0;
let all = 0;
let first = 0;
const perArticle: { all: number; first: number }[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const matches = findTerms(text, glossary);
  const distinct = new Set(matches.map((m) => m.id)).size;
  if (distinct < REFORM_TERMS) continue;
  const n = text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  articles++;
  words += n;
  all += matches.length;
  first += distinct;
  perArticle.push({ all: (100 * matches.length) / n, first: (100 * distinct) / n });
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const f = (x: number) => x.toFixed(2);
console.log(`${articles} reform articles (≥ ${REFORM_TERMS} distinct terms), ${words} words`);
console.log(
  `every occurrence:     ${f((100 * all) / words)} highlights / 100 words (median article ${f(median(perArticle.map((p) => p.all)))})`,
);
console.log(
  `first occurrence only: ${f((100 * first) / words)} highlights / 100 words (median article ${f(median(perArticle.map((p) => p.first)))})`,
);
