import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import documentsFile from '../../data/documents.json' with { type: 'json' };
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { sharedDir } from '../../scripts/shared-dir.ts';
import { type CompiledGlossary, compileGlossary, withOwnEntries } from '../glossary/compile-glossary.ts';
import { indexDocuments } from '../glossary/document-registry.ts';
import { findTerms } from '../glossary/find-terms.ts';
import { otherTonePlacement } from '../glossary/normalize-syllable.ts';
import {
  lazyGlossary,
  type PackedGlossary,
  packedEntries,
  packGlossary,
  unpackGlossary,
} from '../glossary/packed-glossary.ts';
import type { DocumentRegistry, Entry, GlossaryFile } from '../glossary/types.ts';
import { exampleOwnEntry as own } from './example-own-entry.ts';
import { formText } from './form-text.ts';
import { withOwnTerms } from './with-own-terms.ts';

const bundled = (glossaryFile as GlossaryFile).entries;
const byId = indexDocuments(documentsFile as DocumentRegistry).byId;
// The packed form goes through JSON, as it does into the content script.
const packed = JSON.parse(JSON.stringify(packGlossary(compileGlossary(bundled, byId), bundled)));

// Every form and abbreviation of the glossary in running text, each in a sentence that also cites a
// decree, and the seed articles the fixtures are made from: context rules, tone placements, definitions.
const seeds = path.join(import.meta.dirname, '../../test/fixtures/seeds');
const text = [
  ...bundled.flatMap((e) =>
    [...e.forms, ...(e.abbreviations ?? [])].map((f) => `Theo Nghị định 61/2018/NĐ-CP, ${formText(f)} được nêu.`),
  ),
  // The forms again with the other tone placement of oa/oe/uy ("hoà" for "hòa"): the hash trie's second edges.
  ...bundled.flatMap((e) =>
    e.forms.map(formText).flatMap((f) => {
      const other = f.split(' ').map((w) => otherTonePlacement(w) ?? w);
      return other.join(' ') === f ? [] : [`Ở đây ${other.join(' ')} cũng được nêu.`];
    }),
  ),
  ...readdirSync(seeds).map((f) => readFileSync(path.join(seeds, f), 'utf8')),
].join('\n');

const matches = (g: CompiledGlossary, of = text) =>
  findTerms(of, g).map((m) => `${m.start}-${m.end} ${m.id} ${m.form} ${m.note?.vi ?? ''}`);

// The real news corpus (../shared/corpus), article by article as a page gives its blocks: text-scoped
// requireNear rules see one article.
const corpusDir = sharedDir('corpus/articles');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));

/** A packed glossary whose tries and forms throw when read: what a page may not touch. */
function withoutTries(p: PackedGlossary): PackedGlossary {
  const poison = <T extends object>(name: string): T =>
    new Proxy([] as unknown as T, {
      get: () => {
        throw new Error(`read the packed ${name}`);
      },
    });
  return { ...p, root: poison('root'), hashRoot: poison('hashRoot'), forms: poison('forms') };
}

describe('the packed glossary (what the content script ships instead of compiling)', () => {
  it('gives each entry its term, category and English gloss (the toolbar list names terms in English)', () => {
    const entries = new Map(packedEntries(packed).map((e) => [e.id, e]));
    assert.equal(entries.size, bundled.length);
    const withGloss = bundled.filter((e) => e.gloss.en);
    assert.ok(withGloss.length > 100, `only ${withGloss.length} entries have an English gloss`);
    for (const e of bundled) {
      const shipped = entries.get(e.id);
      assert.equal(shipped?.term, e.term, e.id);
      assert.equal(shipped?.category, e.category, e.id);
      assert.equal(shipped?.gloss.en, e.gloss.en, e.id);
    }
  });

  it('matches exactly as the glossary compiled on the spot', () => {
    const expected = matches(compileGlossary(bundled, byId));
    assert.ok(expected.length > 500, `only ${expected.length} matches: the test text lost its terms`);
    assert.deepEqual(matches(unpackGlossary(packed)), expected);
  });

  it('built lazily (what the page uses), finds exactly what the whole unpacked glossary finds', () => {
    const lazy = lazyGlossary(packed);
    assert.deepEqual(matches(lazy), matches(unpackGlossary(packed)));
    let found = 0;
    const whole = unpackGlossary(packed);
    for (const [i, article] of corpus.entries()) {
      // A fresh lazy glossary for every other article (as a page starts), one visited further and further
      // for the others.
      const expected = matches(whole, article);
      assert.deepEqual(matches(i % 2 ? lazy : lazyGlossary(packed), article), expected);
      found += expected.length;
    }
    assert.ok(
      corpus.length > 100 && found > 1000,
      `${corpus.length} articles, ${found} matches: the corpus lost its terms`,
    );
  });

  it('built lazily, a text with no term start reads none of the tries or forms', () => {
    const noTerm = 'Tây Ban Nha vô địch World Cup sau trận chung kết kịch tính.';
    assert.deepEqual(findTerms(noTerm, lazyGlossary(withoutTries(packed))), []);
    // The same glossary must read them for a text with a term: the test above could not pass by accident.
    assert.throws(
      () => findTerms('Cải cách hành chính.', lazyGlossary(withoutTries(packed))),
      /read the packed (hashRoot|root|forms)/,
    );
  });

  it('with own terms, matches as compiling the bundled and own entries together', async () => {
    const ownEntries: Entry[] = [
      own('own-lai-chau'),
      own('own-thu-tuc', { term: 'thủ tục (của tôi)', forms: ['THỦ TỤC hành chính'], abbreviations: ['TTHC'] }),
      own('own-mot-cua', { term: 'một cửa', forms: ['bộ phận một cửa', 'hoà giải'] }),
    ];
    const expected = matches(compileGlossary(withOwnTerms(bundled, ownEntries), byId));
    const merged = matches(withOwnEntries(unpackGlossary(packed), ownEntries));
    assert.deepEqual(merged, expected);
    // The background adds own terms to the lazy glossary.
    assert.deepEqual(matches(withOwnEntries(lazyGlossary(packed), ownEntries)), expected);
    assert.ok(merged.some((m) => m.includes(' own-thu-tuc TTHC')));
    // The bundled entry lost that form to the own one.
    const bundledForm = (list: string[]) => list.some((m) => m.includes(' thu-tuc-hanh-chinh thủ tục hành chính '));
    assert.ok(bundledForm(matches(unpackGlossary(packed))) && !bundledForm(merged));
    // Each unpacking is new: the own terms did not change the next page's glossary.
    assert.deepEqual(matches(unpackGlossary(packed)), matches(compileGlossary(bundled, byId)));
    assert.deepEqual(matches(lazyGlossary(packed)), matches(compileGlossary(bundled, byId)));
  });
});
