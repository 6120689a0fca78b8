import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import documentsFile from '../data/documents.json' with { type: 'json' };
import glossaryFile from '../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from '../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { findTerms } from '../src/glossary/find-terms.ts';
import { otherTonePlacement } from '../src/glossary/normalize-syllable.ts';
import { gateFold, mayHoldTerm } from '../src/glossary/term-gate.ts';
import type { DocumentRegistry, GlossaryFile } from '../src/glossary/types.ts';
import { termGatePatterns } from './matching-data.ts';
import { sharedDir } from './shared-dir.ts';

const glossary = compileGlossary((glossaryFile as GlossaryFile).entries, bundledDocuments().byId);
/** The pattern the build puts in the content script. */
const patterns = termGatePatterns(glossaryFile as GlossaryFile, documentsFile as DocumentRegistry);
const gate = new RegExp(patterns.full);
const passes = (text: string) => mayHoldTerm(gateFold(text), gate);

/** The glossary's forms as written (entries' forms and abbreviations). */
const writtenForms = (glossaryFile as GlossaryFile).entries.flatMap((e) =>
  [...e.forms, ...(e.abbreviations ?? [])].map((f) => (typeof f === 'string' ? f : f.text)),
);

/** Old tone placement on open oa/oe/uy syllables ("hóa" → "hoá", "thủy" → "thuỷ"), as news text writes it. */
const oldTonePlacement = (text: string) => text.replace(/[\p{L}\p{M}]+/gu, (word) => otherTonePlacement(word) ?? word);

describe('term gate', () => {
  test('folds marks, case, Đ look-alikes, ignorables and separators, and nothing else', () => {
    assert.equal(gateFold('Thủ tục  hành\u00a0chính\n'), ' thu tuc hanh chinh ');
    assert.equal(gateFold('ÐỀ ÁN 06'), ' de an 06 ');
    assert.equal(gateFold('Thu\u0309 tu\u0323c'), ' thu tuc ');
    assert.equal(gateFold('UB\u00adND, “một cửa”'), ' ubnd mot cua ');
    assert.equal(gateFold('61/2018/NĐ-CP'), ' 61 2018 nd cp ');
  });

  test('lets every form of the glossary through, in the spellings news text uses', () => {
    for (const form of writtenForms) {
      const variants = [
        form,
        form.normalize('NFD'),
        form.toUpperCase(),
        oldTonePlacement(form),
        form.replace(/Đ/g, 'Ð').replace(/đ/g, 'ð'),
        form.replace(/ /g, '\u00a0'),
        `«${form}»`,
        form.replace(' ', ' “'),
        `${form.slice(0, 1)}\u00ad${form.slice(1)}`,
      ];
      for (const v of variants) assert.ok(passes(`Bài viết có ${v}, rồi hết.`), `gate refused ${JSON.stringify(v)}`);
    }
  });

  test('has a quick pattern whose every yes is a yes of the whole one', () => {
    const quick = new RegExp(patterns.quick);
    assert.ok(
      patterns.quick.length < patterns.full.length / 10,
      `quick ${patterns.quick.length}, full ${patterns.full.length}`,
    );
    for (const form of patterns.quick.split('|')) {
      assert.ok(quick.test(` ${form} `) && gate.test(` ${form} `), form);
    }
  });

  test('lets forms through where textContent glues one block to the next', () => {
    assert.ok(passes('Cải cách thủ tục hành chínhTheo báo cáo'));
    assert.ok(passes('Hà NộiUBND tỉnh'));
    assert.ok(passes('Luật số 45/2019/QH14Ngày'));
  });

  test('lets legal citations through, as citationAt reads them', () => {
    for (const text of [
      'Nghị định số 61/2018/NĐ-CP',
      'Nghị quyết 30c/NQ-CP',
      'Nghị quyết số 19-2016/NQ-CP',
      'Luật số 45/2019/QH14',
      '123 / 2020 / QĐ - UBND',
      '30c/NQ-CP',
      '19-2016/NQ-CP',
      '45/2019/QH14',
      '61/2018/NĐ\u2011CP',
    ]) {
      assert.ok(passes(text), text);
      assert.ok(findTerms(text, glossary).length > 0, `matcher: ${text}`);
    }
  });

  test('lets every text the matcher finds a term in through: each match of the whole corpus, alone', () => {
    const dir = sharedDir('corpus/articles');
    let matches = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of findTerms(text, glossary)) {
        matches++;
        assert.ok(passes(text.slice(m.start, m.end)), `${file}: ${m.id} "${text.slice(m.start, m.end)}"`);
      }
    }
    assert.ok(matches > 1000, `only ${matches} matches in the corpus`);
  });

  test('refuses most articles without reform vocabulary (corpus group c), and a plain sentence', () => {
    const index = readFileSync(sharedDir('corpus/INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
    const plain = index.map((line) => line.split('\t')).filter(([, group]) => group === 'c');
    const passed = plain.filter(([file]) => passes(readFileSync(sharedDir('corpus/articles', file as string), 'utf8')));
    assert.equal(plain.length, 60);
    // 4 of 60 on 2026-12-07, 3 of which do hold a term.
    assert.ok(passed.length <= 6, `${passed.length} of 60 passed`);
    assert.equal(passes('Đội tuyển Tây Ban Nha vô địch World Cup; 10% khách hàng.'), false);
  });
});
