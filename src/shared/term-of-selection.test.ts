import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledDocuments } from '../glossary/bundled-documents.ts';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { findTerms } from '../glossary/find-terms.ts';
import type { Entry } from '../glossary/types.ts';
import { termOfSelection } from './term-of-selection.ts';

const bundled = (
  JSON.parse(readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8')) as { entries: Entry[] }
).entries;
const entries = new Map(bundled.map((e) => [e.id, e]));
const glossary = compileGlossary(bundled, bundledDocuments().byId);
const idOf = (text: string) => termOfSelection(text, glossary, entries)?.id;

describe('termOfSelection', () => {
  it('finds the term in a selection, the longest of several', () => {
    assert.equal(idOf('thủ tục hành chính'), 'thu-tuc-hanh-chinh');
    assert.equal(idOf('  các thủ tục hành chính mới '), 'thu-tuc-hanh-chinh');
    const both = termOfSelection('cơ chế một cửa liên thông trong giải quyết TTHC', glossary, entries);
    assert.equal(both?.text, 'cơ chế một cửa liên thông');
  });

  it('explains a citation as the popup does on the page', () => {
    const hit = termOfSelection('Nghị định 61/2018/NĐ-CP', glossary, entries);
    assert.ok(hit, 'a citation is found');
    assert.ok(hit.citation, 'with its parsed citation');
  });

  it('takes a whole selection equal to a form even where the page scan needs context', () => {
    // "mức độ 3" is marked on a page only near online-service words; selected alone, it is asked about.
    assert.equal(findTerms('mức độ 3', glossary).length, 0, 'the page scan needs context for it');
    assert.equal(idOf('mức độ 3'), 'dvctt-muc-do-3');
    assert.equal(idOf('Mức  Độ 3'), 'dvctt-muc-do-3', 'case and spacing do not count');
    // Bare "một cửa" is no form of any entry (a shop's door as often as the mechanism): nothing.
    assert.equal(idOf('một cửa'), undefined);
  });

  it('keeps tones meaningful: "của" is not "cửa", and a look-alike phrase names nothing', () => {
    assert.equal(idOf('một của'), undefined);
    assert.equal(idOf('một cửa hàng'), undefined);
    assert.equal(idOf('bánh mì'), undefined);
    assert.equal(idOf('   '), undefined);
  });

  it('prefers an own entry that lists the same form', () => {
    const own: Entry = {
      ...(bundled.find((e) => e.id === 'thu-tuc-hanh-chinh') as Entry),
      id: 'own-tthc',
      forms: ['thủ tục hành chính'],
    };
    const withOwn = new Map([...entries, [own.id, own]]);
    assert.equal(termOfSelection('thủ tục hành chính', compileGlossary([own]), withOwn)?.id, 'own-tthc');
  });
});
