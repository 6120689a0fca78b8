import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testDocuments } from './bundled-documents.ts';
import { compileGlossary } from './compile-glossary.ts';
import { findTerms } from './find-terms.ts';
import { testDefaults as base } from './test-defaults.ts';
import type { Entry } from './types.ts';

/** A small glossary of the shapes the real one uses, so these tests pin the matcher's mechanics. */
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
    id: 'mot-cua',
    term: 'cơ chế một cửa',
    category: 'mechanism',
    forms: ['cơ chế một cửa'],
    context: { notAfter: ['hàng', 'sổ'] },
  },
  {
    ...base,
    id: 'lien-thong',
    term: 'cơ chế một cửa liên thông',
    category: 'mechanism',
    forms: ['cơ chế một cửa liên thông', 'một cửa liên thông'],
  },
  {
    ...base,
    id: 'bo-phan',
    term: 'Bộ phận một cửa',
    category: 'institution',
    forms: ['bộ phận một cửa'],
    context: { notAfter: ['hàng', 'sổ'] },
  },
  {
    ...base,
    id: 'ttpvhcc',
    term: 'Trung tâm Phục vụ hành chính công',
    category: 'institution',
    forms: ['trung tâm phục vụ hành chính công', 'trung tâm hành chính công'],
    context: { notBefore: ['làm'] },
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
    id: 'dvc',
    term: 'dịch vụ công',
    category: 'digital-government',
    forms: ['dịch vụ công'],
    context: { notAfter: ['nghệ', 'ích', 'ty', 'trình'] },
  },
  {
    ...base,
    id: 'pci',
    term: 'Chỉ số năng lực cạnh tranh cấp tỉnh',
    category: 'index',
    forms: ['chỉ số năng lực cạnh tranh cấp tỉnh'],
    abbreviations: [
      {
        text: 'PCI',
        notAfter: ['DSS', 'Express', '-e', 'slot'],
        requireNear: { any: ['VCCI', 'năng lực cạnh tranh', 'xếp hạng'], scope: 'text' },
      },
    ],
  },
  {
    ...base,
    id: 'bon-tai-cho',
    term: '4 tại chỗ',
    category: 'reform-policy',
    forms: [{ text: '4 tại chỗ', requireNear: { any: ['TTHC', 'hồ sơ', 'trung tâm'] } }],
  },
  {
    ...base,
    id: 'hoa',
    term: 'số hóa kết quả giải quyết TTHC',
    category: 'digital-government',
    forms: ['số hóa kết quả giải quyết TTHC'],
  },
  {
    ...base,
    id: 'bhxh-agency',
    term: 'Bảo hiểm xã hội tỉnh',
    category: 'social-insurance',
    forms: [{ text: 'Bảo hiểm xã hội tỉnh', case: 'exact' }],
  },
  { ...base, id: 'bhxh', term: 'bảo hiểm xã hội', category: 'social-insurance', forms: ['bảo hiểm xã hội'] },
  { ...base, id: 'nd-61-2018', term: 'NĐ 61', category: 'legal-document', forms: [], documents: ['61-2018-nd-cp'] },
  {
    ...base,
    id: 'nq-30c',
    term: 'NQ 30c',
    category: 'legal-document',
    forms: ['Nghị quyết 30c'],
    documents: ['30c-nq-cp-2011'],
  },
  { ...base, id: 'de-an-06', term: 'QĐ 06', category: 'legal-document', forms: [], documents: ['06-qd-ttg-2022'] },
  { ...base, id: 'nd-cp', term: 'nghị định', category: 'document-type', forms: [], citationCodes: ['NĐ-CP'] },
  { ...base, id: 'nq', term: 'nghị quyết', category: 'document-type', forms: [], citationCodes: ['NQ-*'] },
  { ...base, id: 'qd', term: 'quyết định', category: 'document-type', forms: [], citationCodes: ['QĐ-*'] },
  { ...base, id: 'tt', term: 'thông tư', category: 'document-type', forms: [], citationCodes: ['TT-*'] },
];
const glossary = compileGlossary(
  entries,
  testDocuments(['61-2018-nd-cp', '61/2018/NĐ-CP'], ['30c-nq-cp-2011', '30c/NQ-CP'], ['06-qd-ttg-2022', '06/QĐ-TTg']),
);

function found(text: string): [string, string][] {
  return findTerms(text, glossary).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.text, 'text is the original slice');
    return [m.text, m.id];
  });
}

describe('findTerms on real sentences', () => {
  test('seed 002: abbreviations after their spelled-out names, quoted Bộ phận “một cửa”', () => {
    const s =
      'Cắt giảm tối đa thời gian giải quyết thủ tục hành chính (TTHC), nâng cao tinh thần phục vụ. ' +
      'Người dân đến làm thủ tục hành chính tại bộ phận “một cửa” của UBND Thành phố.';
    assert.deepEqual(found(s), [
      ['thủ tục hành chính', 'tthc'],
      ['TTHC', 'tthc'],
      ['thủ tục hành chính', 'tthc'],
      ['bộ phận “một cửa”', 'bo-phan'],
      ['UBND', 'ubnd'],
    ]);
  });

  test('leftmost-longest: "cơ chế một cửa liên thông" is one match', () => {
    assert.deepEqual(found('Thực hiện cơ chế một cửa, cơ chế một cửa liên thông.'), [
      ['cơ chế một cửa', 'mot-cua'],
      ['cơ chế một cửa liên thông', 'lien-thong'],
    ]);
  });

  test('T01: "một cửa" in a shop or a window never matches', () => {
    assert.deepEqual(found('Cửa hàng tiện lợi là một cửa hàng bán lẻ nhỏ; có một cửa sổ trông ra sân.'), []);
    assert.deepEqual(found('Bộ phận một cửa hàng đầu và cơ chế một cửa sổ.'), []);
  });

  test('tones are meaningful: "của" and "cua" are not "cửa"', () => {
    assert.deepEqual(found('cơ chế một của; co che mot cua; cơ chế một cua'), []);
  });

  test('T08: "làm trung tâm phục vụ" is generic; the centre itself matches', () => {
    assert.deepEqual(found('lấy người dân làm trung tâm phục vụ hành chính công'), []);
    assert.deepEqual(found('Từ khi có Trung tâm Phục vụ\u00a0hành chính\u00a0công của tỉnh'), [
      ['Trung tâm Phục vụ\u00a0hành chính\u00a0công', 'ttpvhcc'],
    ]);
  });

  test('T16: "dịch vụ công" + nghệ/ích/ty is another word', () => {
    assert.deepEqual(found('dịch vụ công nghệ thông tin, dịch vụ công ích, dịch vụ công ty'), []);
    assert.deepEqual(found('cung cấp dịch vụ công cho người dân'), [['dịch vụ công', 'dvc']]);
  });

  test('T05: PCI only with its context, never PCI DSS / Express / -e / PCIe', () => {
    assert.deepEqual(found('PCI DSS là tiêu chuẩn bảo mật; khe PCI Express; card PCIe; PCI-e; PCI slot.'), []);
    assert.deepEqual(found('Can thiệp mạch vành qua da (PCI) giúp giảm triệu chứng.'), []);
    assert.deepEqual(found('Năm 2019, PCI của tỉnh tăng 5 bậc theo xếp hạng của VCCI.'), [['PCI', 'pci']]);
  });

  test('T04: "4 tại chỗ" only beside TTHC / hồ sơ / trung tâm in the paragraph', () => {
    assert.deepEqual(found('Phương châm 4 tại chỗ trong phòng chống thiên tai.\nTTHC ở đoạn khác.'), [
      ['TTHC', 'tthc'],
    ]);
    assert.deepEqual(found('1.266 TTHC thực hiện tại trung tâm với mục tiêu “4 tại chỗ”'), [
      ['TTHC', 'tthc'],
      ['4 tại chỗ', 'bon-tai-cho'],
    ]);
  });

  test('T06: an article that defines TTHC as "trung tâm hành chính" is not about procedures', () => {
    const s = 'Việc xây dựng trung tâm hành chính (TTHC) cần quỹ đất rất lớn. TTHC mới có 4 tầng hầm.';
    assert.deepEqual(found(s), []);
  });

  test('T20: unknown all-caps bylines never match; abbreviations need their capitals', () => {
    assert.deepEqual(found('ĐTO - Sáng ngày 16/10. PV và TTXVN. Câu lạc bộ (CLB). ubnd, Ubnd, UBNDs'), []);
  });

  test('T15: capitalised "Bảo hiểm xã hội tỉnh" is the agency, lowercase the scheme', () => {
    assert.deepEqual(found('đề nghị Bảo hiểm xã hội tỉnh phối hợp tuyên truyền chính sách bảo hiểm xã hội tỉnh nhà'), [
      ['Bảo hiểm xã hội tỉnh', 'bhxh-agency'],
      ['bảo hiểm xã hội', 'bhxh'],
    ]);
    // Not over a citation, and not when the name does not go on after the brackets.
    assert.deepEqual(found('Bảo hiểm xã hội (BHXH) 61/2018/NĐ-CP; thủ tục hành chính (TTHC) tỉnh'), [
      ['Bảo hiểm xã hội', 'bhxh'],
      ['61/2018/NĐ-CP', 'nd-61-2018'],
      ['thủ tục hành chính', 'tthc'],
      ['TTHC', 'tthc'],
    ]);
  });

  test('a bracketed abbreviation inside a name is stepped over when the name goes on', () => {
    assert.deepEqual(found('Theo Bảo hiểm xã hội (BHXH) tỉnh, số người tham gia bảo hiểm xã hội (BHXH) tăng.'), [
      ['Bảo hiểm xã hội (BHXH) tỉnh', 'bhxh-agency'],
      ['bảo hiểm xã hội', 'bhxh'],
    ]);
    // Not over a citation, and not when the name does not go on after the brackets.
    assert.deepEqual(found('Bảo hiểm xã hội (BHXH) 61/2018/NĐ-CP; thủ tục hành chính (TTHC) tỉnh'), [
      ['Bảo hiểm xã hội', 'bhxh'],
      ['61/2018/NĐ-CP', 'nd-61-2018'],
      ['thủ tục hành chính', 'tthc'],
      ['TTHC', 'tthc'],
    ]);
  });

  test('headline capitals and old tone placement', () => {
    assert.deepEqual(found('BỘ PHẬN MỘT CỬA; Uỷ ban nhân dân; SỐ HOÁ KẾT QUẢ GIẢI QUYẾT TTHC'), [
      ['BỘ PHẬN MỘT CỬA', 'bo-phan'],
      ['Uỷ ban nhân dân', 'ubnd'],
      ['SỐ HOÁ KẾT QUẢ GIẢI QUYẾT TTHC', 'hoa'],
    ]);
  });
});

describe('legal citations', () => {
  test('known documents link to their entry, with the document word and Đ / dash variants', () => {
    const s = 'Theo Nghị định số 61/2018/NÐ-CP, Nghị quyết số 30c/NQ-CP và Quyết định 06/QĐ–TTg.';
    const m = findTerms(s, glossary);
    assert.deepEqual(
      m.map((x) => [x.text, x.id]),
      [
        ['Nghị định số 61/2018/NÐ-CP', 'nd-61-2018'],
        ['Nghị quyết số 30c/NQ-CP', 'nq-30c'],
        ['Quyết định 06/QĐ–TTg', 'de-an-06'],
      ],
    );
    assert.deepEqual(m[0]?.citation, { type: 'NĐ', number: '61', year: '2018', issuer: 'CP', code: 'NĐ-CP' });
  });

  test('unknown numbers get their document type; ASCII "ND-CP" is understood', () => {
    const m = findTerms('Quyết định 1234/QĐ-UBND; Thông tư 01/2018/TT-VPCP; Nghị định 107/2021/ND-CP', glossary);
    assert.deepEqual(
      m.map((x) => [x.text, x.id, x.citation?.code]),
      [
        ['Quyết định 1234/QĐ-UBND', 'qd', 'QĐ-UBND'],
        ['Thông tư 01/2018/TT-VPCP', 'tt', 'TT-VPCP'],
        ['Nghị định 107/2021/ND-CP', 'nd-cp', 'NĐ-CP'],
      ],
    );
  });

  test('the dash-year numbering of 2016–2017 and other document types', () => {
    const m = findTerms('Nghị quyết số 19-2016/NQ-CP; Công điện số 156/CĐ-TTg; Thông tư 01/2018/TT-VPCP', glossary);
    assert.deepEqual(
      m.map((x) => [x.text, x.citation?.number, x.citation?.year, x.citation?.code]),
      [
        ['Nghị quyết số 19-2016/NQ-CP', '19', '2016', 'NQ-CP'],
        ['Thông tư 01/2018/TT-VPCP', '01', '2018', 'TT-VPCP'],
      ],
    );
  });

  test('T22 and T12: no guessing from "Nghị định 61"; 30a is not 30c; dates and fractions are not citations', () => {
    assert.deepEqual(found('Nghị định 61 và Nghị quyết 30a/2008/NQ-CP, ngày 21/10/2019, mức độ 3/4'), [
      ['Nghị quyết 30a/2008/NQ-CP', 'nq'],
    ]);
    assert.deepEqual(found('Nghị quyết 30c đã đặt mục tiêu'), [['Nghị quyết 30c', 'nq-30c']]);
  });
});

describe('offsets into the original string', () => {
  test('decomposed input reports the decomposed surface', () => {
    const nfd = 'Người dân đến Ủy ban nhân dân xã'.normalize('NFD');
    const [m] = findTerms(nfd, glossary);
    assert.ok(m);
    assert.equal(m.id, 'ubnd');
    assert.equal(nfd.slice(m.start, m.end), 'Ủy ban nhân dân'.normalize('NFD'));
  });

  test('zero-width characters and soft hyphens inside a syllable are ignored', () => {
    assert.deepEqual(found('thủ tục hà\u00adnh chí\u200bnh'), [['thủ tục hà\u00adnh chí\u200bnh', 'tthc']]);
  });

  test('line breaks between syllables are spaces', () => {
    assert.deepEqual(found('thực hiện cơ chế\nmột cửa liên thông'), [['cơ chế\nmột cửa liên thông', 'lien-thong']]);
  });
});
