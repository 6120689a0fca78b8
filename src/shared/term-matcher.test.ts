import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../glossary/bundled-documents.ts';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { findTerms } from '../glossary/find-terms.ts';
import { lazyGlossary, packedEntries, packGlossary } from '../glossary/packed-glossary.ts';
import type { Entry } from '../glossary/types.ts';
import { exampleOwnEntry } from './example-own-entry.ts';
import { ownTermsKey } from './own-terms-key.ts';
import { glossaryMatcher } from './term-matcher.ts';

const bundled = (glossaryFile as { entries: Entry[] }).entries;
const documents = bundledDocuments().byId;
const compiled = compileGlossary(bundled, documents);
const packed = packGlossary(compiled, bundled);
/** As the background makes it (background/page-matcher.ts): the packed form, unpacked lazily. */
const backgroundLike = () =>
  glossaryMatcher({ glossary: () => lazyGlossary(packed), entries: () => packedEntries(packed) });
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

/** An own term as the options page stores it (checked by the matcher: check-own-entries.ts). */
const ownTthc = exampleOwnEntry('own-tthc', { term: 'thủ tục (của tôi)', forms: ['thủ tục hành chính'] });

describe('glossaryMatcher (what the background answers a page with)', () => {
  it('finds in each seed article exactly what the matcher finds, with one entry per id found', async () => {
    assert.equal(seeds.length, 5);
    const matcher = backgroundLike();
    for (const text of seeds) {
      const found = await matcher.find(text);
      const direct = findTerms(text, compiled);
      assert.deepEqual(
        found.matches.map((m) => `${m.id}@${m.start}-${m.end}`),
        direct.map((m) => `${m.id}@${m.start}-${m.end}`),
      );
      const ids = [...new Set(found.matches.map((m) => m.id))].sort();
      assert.ok(ids.length > 0);
      assert.deepEqual(found.entries.map((e) => e.id).sort(), ids);
      for (const entry of found.entries) {
        assert.equal(entry.category, bundled.find((e) => e.id === entry.id)?.category, entry.id);
      }
    }
  });

  it('carries each match as plain data (it crosses a message)', async () => {
    const found = await backgroundLike().find('Nghị định 61/2018/NĐ-CP về cơ chế một cửa liên thông');
    assert.deepEqual(JSON.parse(JSON.stringify(found)), found);
    assert.ok(found.matches.some((m) => m.citation?.code === 'NĐ-CP'));
  });

  it('matches own terms once told of them, an own form winning, and forgets them when told', async () => {
    const matcher = backgroundLike();
    const text = 'Người dân làm thủ tục hành chính tại UBND tỉnh.';
    const ids = async () => (await matcher.find(text)).matches.map((m) => m.id);
    assert.deepEqual(await ids(), ['thu-tuc-hanh-chinh', 'ubnd']);
    await matcher.useOwn([ownTthc]);
    assert.deepEqual(await ids(), ['own-tthc', 'ubnd']);
    const found = await matcher.find(text);
    assert.equal(found.entries.find((e) => e.id === 'own-tthc')?.term, 'thủ tục (của tôi)');
    assert.equal((await matcher.termOf('thủ tục hành chính'))?.term.id, 'own-tthc');
    await matcher.useOwn([]);
    assert.deepEqual(await ids(), ['thu-tuc-hanh-chinh', 'ubnd']);
    assert.equal((await matcher.termOf('thủ tục hành chính'))?.entry.id, 'thu-tuc-hanh-chinh');
    // A stored entry the checks refuse is left out, the rest kept.
    await matcher.useOwn([{ id: 'own-bad', forms: 'x' }, ownTthc]);
    assert.deepEqual(await ids(), ['own-tthc', 'ubnd']);
  });

  it('names the term a selection asks about, with its entry, and nothing for a look-alike', async () => {
    const matcher = backgroundLike();
    const ubnd = await matcher.termOf(' UBND ');
    assert.equal(ubnd?.term.id, 'ubnd');
    assert.equal(ubnd?.entry.id, 'ubnd');
    assert.equal(await matcher.termOf('một cửa hàng'), undefined);
  });
});

describe('ownTermsKey', () => {
  it('is empty without own terms and tells two lists apart', () => {
    assert.equal(ownTermsKey([]), '');
    assert.equal(ownTermsKey(undefined), '');
    const other = { ...ownTthc, forms: ['thủ tục hành chánh'] };
    assert.notEqual(ownTermsKey([ownTthc]), ownTermsKey([other]));
    assert.notEqual(ownTermsKey([ownTthc]), ownTermsKey([ownTthc, other]));
    assert.equal(ownTermsKey([ownTthc]), ownTermsKey([structuredClone(ownTthc)]));
    assert.ok(ownTermsKey([ownTthc, other]).length <= 64, 'fits the request’s limit');
  });
});
