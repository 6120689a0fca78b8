import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { testDocuments } from './bundled-documents.ts';
import { compileGlossary } from './compile-glossary.ts';
import { findTerms } from './find-terms.ts';
import { testDefaults as base } from './test-defaults.ts';
import { tokenize } from './tokenize.ts';
import type { Entry } from './types.ts';

/**
 * Property: the same sentence written the many ways real pages write it (NFD, NBSP, Eth, old tone
 * placement, stray zero-width characters, line breaks) gives the same terms, and every reported span
 * is exactly the variant's own substring.
 */

const entries: Entry[] = [
  {
    ...base,
    id: 'tthc',
    term: 'thủ tục hành chính',
    category: 'procedure',
    forms: ['thủ tục hành chính'],
    abbreviations: ['TTHC'],
  },
  {
    ...base,
    id: 'cchc',
    term: 'cải cách hành chính',
    category: 'reform-policy',
    forms: ['cải cách hành chính'],
    abbreviations: ['CCHC'],
  },
  {
    ...base,
    id: 'ubnd',
    term: 'Ủy ban nhân dân',
    category: 'local-government',
    forms: ['Ủy ban nhân dân'],
    abbreviations: ['UBND'],
  },
  {
    ...base,
    id: 'hdnd',
    term: 'Hội đồng nhân dân',
    category: 'local-government',
    forms: ['Hội đồng nhân dân'],
    abbreviations: ['HĐND'],
  },
  {
    ...base,
    id: 'ttpvhcc',
    term: 'Trung tâm Phục vụ hành chính công',
    category: 'institution',
    forms: ['Trung tâm Phục vụ hành chính công'],
  },
  {
    ...base,
    id: 'so-hoa',
    term: 'số hóa kết quả giải quyết TTHC',
    category: 'digital-government',
    forms: ['số hóa kết quả giải quyết TTHC'],
  },
  {
    ...base,
    id: 'bo-phan',
    term: 'Bộ phận một cửa',
    category: 'institution',
    forms: ['bộ phận một cửa'],
    context: { notAfter: ['hàng'] },
  },
  { ...base, id: 'de-an', term: 'Đề án 06', category: 'programme', forms: ['Đề án 06'] },
  { ...base, id: 'nd-61', term: 'NĐ 61', category: 'legal-document', forms: [], documents: ['61-2018-nd-cp'] },
  {
    ...base,
    id: 'ky-luat',
    term: 'kỷ luật, kỷ cương hành chính',
    category: 'civil-service',
    forms: ['kỷ luật, kỷ cương hành chính'],
  },
];
const glossary = compileGlossary(entries, testDocuments(['61-2018-nd-cp', '61/2018/NĐ-CP']));

/** Real sentences from the seed articles (and one from traps.md). */
const SENTENCES = [
  'Cắt giảm tối đa thời gian giải quyết thủ tục hành chính (TTHC), nâng cao tinh thần phục vụ của cán bộ.',
  'Người dân đến làm thủ tục hành chính tại bộ phận “một cửa” của UBND Thành phố.',
  'Từ khi có Trung tâm Phục vụ hành chính công của tỉnh, người dân không phải đi lại nhiều lần.',
  'Đến nay, 100% kết quả giải quyết TTHC được số hoá kết quả giải quyết TTHC theo quy định.',
  'Đồng thời siết chặt kỷ luật, kỷ cương hành chính trong thực thi công vụ của Hội đồng nhân dân và Uỷ ban nhân dân.',
  'Thực hiện Nghị định số 61/2018/NĐ-CP, Đề án 06 và công tác CCHC trên địa bàn.',
];

type Change = 'keep' | 'nfd' | 'nbsp' | 'narrow' | 'newline' | 'eth' | 'zwsp' | 'tone';

const FLIP: Record<string, string> = { hóa: 'hoá', hoá: 'hóa', Ủy: 'Uỷ', Uỷ: 'Ủy' };

/** Applies one change per position; 'tone' flips the oa/oe/uy tone placement of the syllable it starts. */
function variant(sentence: string, changes: Change[]): string {
  const tokens = sentence.split(/(\s+)/);
  let k = 0;
  return tokens
    .map((tok) => {
      const change = changes[k++ % changes.length] ?? 'keep';
      if (/^\s+$/.test(tok)) {
        if (change === 'nbsp') return '\u00a0';
        if (change === 'narrow') return '\u202f';
        if (change === 'newline') return '\n';
        return tok;
      }
      switch (change) {
        case 'nfd':
          return tok.normalize('NFD');
        case 'eth':
          return tok.replace(/Đ/g, 'Ð').replace(/đ/g, 'ð');
        case 'zwsp':
          // Inside a syllable, between its first two letters (never at an edge of the term).
          return tok.length > 2 ? `${tok.slice(0, 1)}\u200b${tok.slice(1)}` : tok;
        case 'tone':
          return tok.replace(/hóa|hoá|Ủy|Uỷ/g, (s) => FLIP[s] ?? s);
        default:
          return tok;
      }
    })
    .join('');
}

const changeArb = fc.constantFrom<Change>('keep', 'nfd', 'nbsp', 'narrow', 'newline', 'eth', 'zwsp', 'tone');

test('random NFC/NFD/NBSP/Eth/tone variants: same terms, exact spans', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...SENTENCES),
      fc.array(changeArb, { minLength: 1, maxLength: 40 }),
      (sentence, changes) => {
        const expected = findTerms(sentence, glossary);
        const v = variant(sentence, changes);
        const actual = findTerms(v, glossary);
        assert.deepEqual(
          actual.map((m) => m.id),
          expected.map((m) => m.id),
        );
        for (const [i, m] of actual.entries()) {
          assert.equal(v.slice(m.start, m.end), m.text);
          // The span covers the same syllables as in the plain sentence.
          const keys = (s: string) => {
            const t = tokenize(s);
            return t.key.slice(0, t.count).join(' ');
          };
          assert.equal(keys(m.text), keys(expected[i]?.text ?? ''));
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('the plain sentences find what a reader would expect', () => {
  const ids = SENTENCES.map((s) => findTerms(s, glossary).map((m) => m.id));
  assert.deepEqual(ids, [
    ['tthc', 'tthc'],
    ['tthc', 'bo-phan', 'ubnd'],
    ['ttpvhcc'],
    ['tthc', 'so-hoa'],
    ['ky-luat', 'hdnd', 'ubnd'],
    ['nd-61', 'de-an', 'cchc'],
  ]);
});
