import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from './bundled-documents.ts';
import { compileGlossary } from './compile-glossary.ts';
import { findTerms } from './find-terms.ts';
import type { GlossaryFile } from './types.ts';

/**
 * The five articles the project started from (test/fixtures/seeds, copied from shared/seeds): every
 * reform term a reader would want explained there is found, and their look-alikes are not.
 * The lists were written by reading the articles, not from the matcher's output.
 */
const glossary = compileGlossary((glossaryFile as GlossaryFile).entries, bundledDocuments().byId);
const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');

interface Case {
  file: string;
  /** Entry ids that must be found at least once. */
  expected: string[];
  /** Surfaces that must be found with exactly this id. */
  surfaces?: [text: string, id: string][];
  /** Phrases no match may touch (look-alikes, bylines). */
  forbidden: string[];
}

const CASES: Case[] = [
  {
    file: '000_3d8c4cacfa815d30.txt',
    expected: [
      'cai-cach-hanh-chinh',
      'trung-tam-phuc-vu-hanh-chinh-cong',
      'thu-tuc-hanh-chinh',
      'co-quan-chuyen-mon-so-ban-nganh',
      'chi-so-cchc-par-index',
      'sipas',
      'dvctt-muc-do-3',
      'dvctt-muc-do-4',
      'don-vi-su-nghiep-cong-lap',
      'bhxh-tu-nguyen',
      'bhxh-bat-buoc',
      'bao-hiem-xa-hoi',
      'co-quan-bao-hiem-xa-hoi',
      'tra-ket-qua-dung-han',
    ],
    surfaces: [
      ['Trung tâm hành chính công', 'trung-tam-phuc-vu-hanh-chinh-cong'],
      ['chỉ số cải cách thủ tục hành chính', 'chi-so-cchc-par-index'],
      ['Bảo hiểm xã hội tỉnh', 'co-quan-bao-hiem-xa-hoi'],
    ],
    forbidden: ['PV và TTXVN'],
  },
  {
    file: '001_c9db6d0b9021c175.txt',
    expected: [
      'cai-cach-hanh-chinh',
      'pci',
      'trung-tam-phuc-vu-hanh-chinh-cong',
      'thu-tuc-hanh-chinh',
      'co-che-mot-cua-lien-thong',
      'nguoi-dung-dau',
      'dtts',
      'chuong-trinh-mtqg-dtts-mn',
      'cai-thien-moi-truong-kinh-doanh',
    ],
    surfaces: [
      ['PCI', 'pci'],
      ['CCHC', 'cai-cach-hanh-chinh'],
      ['Trung tâm Phục vụ\u00a0hành chính\u00a0công', 'trung-tam-phuc-vu-hanh-chinh-cong'],
    ],
    forbidden: ['làm trung tâm phục vụ', 'Câu lạc bộ (CLB)'],
  },
  {
    file: '002_5b84529c2ee76185.txt',
    expected: [
      'thu-tuc-hanh-chinh',
      'cai-cach-hanh-chinh',
      'cai-cach-thu-tuc-hanh-chinh',
      'bo-phan-mot-cua',
      'ubnd',
      'nq-30c-2011',
      'chuong-trinh-tong-the-cchc',
      'ke-hoach-cchc',
      'dich-vu-cong',
      'dich-vu-hanh-chinh-cong',
      'trung-tam-phuc-vu-hanh-chinh-cong',
      'bon-tai-cho',
      'dich-vu-buu-chinh-cong-ich',
      'ban-chi-dao-cchc',
      'so-noi-vu',
      'pci',
      'ddci',
      'ky-luat-ky-cuong-hanh-chinh',
      'van-hoa-cong-vu',
      'nhung-nhieu',
      'dvctt-muc-do-3',
    ],
    surfaces: [
      ['bộ phận “một cửa”', 'bo-phan-mot-cua'],
      ['Nghị quyết số 30c/NQ-CP', 'nq-30c-2011'],
      ['TTHC', 'thu-tuc-hanh-chinh'],
      ['4 tại chỗ', 'bon-tai-cho'],
    ],
    forbidden: ['làm trung tâm phục vụ'],
  },
  {
    file: '003_90724ae828e75610.txt',
    expected: [
      'thu-tuc-hanh-chinh',
      'cai-cach-thu-tuc-hanh-chinh',
      'cai-cach-hanh-chinh',
      'bo-phan-mot-cua',
      'bo-phan-tiep-nhan-va-tra-ket-qua',
      'ubnd-huyen',
      'niem-yet-cong-khai-tthc',
      'phieu-xin-loi',
      'chinh-quyen-dien-tu',
      'chuyen-doi-so',
      'thuc-hien-tthc-tren-moi-truong-dien-tu',
      'co-che-mot-cua-lien-thong',
      'dich-vu-buu-chinh-cong-ich',
      'phan-anh-kien-nghi',
    ],
    forbidden: [],
  },
  {
    file: '004_5b4d876d07bac88e.txt',
    expected: [
      'to-cong-tac-cai-cach-tthc',
      'thu-tuc-hanh-chinh',
      'so-hoa-ho-so-ket-qua-tthc',
      'he-thong-thong-tin-giai-quyet-tthc',
      'chung-thuc-ban-sao-dien-tu-tu-ban-chinh',
      'ho-so-dien-tu',
      'co-so-du-lieu-quoc-gia',
      'ho-tich-dien-tu',
      'bo-phan-mot-cua',
      'ky-luat-ky-cuong-hanh-chinh',
      'nguoi-dung-dau',
      'nhung-nhieu',
      'ubnd',
      'dich-vu-cong',
    ],
    surfaces: [
      ['Tổ công tác cải cách thủ tục hành chính (TTHC) của Thủ tướng Chính phủ', 'to-cong-tac-cai-cach-tthc'],
      ['Tổ công tác cải cách TTHC', 'to-cong-tac-cai-cach-tthc'],
    ],
    forbidden: ['ĐTO', 'DƯƠNG CẦM'],
  },
];

describe('seed articles', () => {
  for (const c of CASES) {
    test(c.file, () => {
      const text = seed(c.file);
      const matches = findTerms(text, glossary);
      const ids = new Set(matches.map((m) => m.id));
      const missing = c.expected.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], 'terms a reader would want explained');
      for (const [surface, id] of c.surfaces ?? []) {
        assert.ok(
          matches.some((m) => m.text === surface && m.id === id),
          `"${surface}" as ${id}; found ${JSON.stringify(matches.filter((m) => m.text.includes(surface.slice(0, 8))).map((m) => [m.text, m.id]))}`,
        );
      }
      for (const phrase of c.forbidden) {
        const at = text.indexOf(phrase);
        assert.ok(at >= 0, `the look-alike "${phrase}" is in the article`);
        const touching = matches.filter((m) => m.start < at + phrase.length && at < m.end);
        assert.deepEqual(
          touching.map((m) => m.text),
          [],
          `nothing matches inside "${phrase}"`,
        );
      }
      // Sanctions law is not "thủ tục hành chính" (traps T19).
      assert.ok(!matches.some((m) => m.id === 'thu-tuc-hanh-chinh' && /vi phạm/.test(text.slice(m.start - 12, m.end))));
    });
  }
});
