// Candidate finder used while building labels.jsonl (labelling aid only; every span was decided by reading).
// Usage: node find-candidates.mjs file1.txt [file2.txt ...]   (names relative to the corpus articles dir)
// Prints, per file, every hit of every glossary term/variant/abbreviation and of look-alike triggers,
// with original UTF-16 offsets and ±80 chars of context.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const _here = path.dirname(fileURLToPath(import.meta.url));
const ART = '/work/shared/corpus/articles';
const facts = JSON.parse(fs.readFileSync('/work/shared/reference/glossary-facts.json', 'utf8'));

// ---- normalisation with offset map -------------------------------------------------------
const TONE_FOLD = {
  oá: 'óa',
  oà: 'òa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oé: 'óe',
  oè: 'òe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uý: 'úy',
  uỳ: 'ùy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
export function normalise(s) {
  // returns {n, st, en}: n = normalised lower-case string; st[i]/en[i] = original offsets of n[i]
  const out = [];
  const st = [];
  const en = [];
  let i = 0;
  while (i < s.length) {
    let j = i + (s.codePointAt(i) > 0xffff ? 2 : 1);
    while (j < s.length && /\p{M}/u.test(s[j])) j++;
    let c = s.slice(i, j).normalize('NFC');
    if (/^[\u200b-\u200d\u2060\ufeff\u00ad]$/.test(c)) {
      i = j;
      continue;
    }
    c = c
      .replace(/[\u00a0\u202f\u2007\u2009\t]/g, ' ')
      .replace(/\u00d0/g, 'Đ')
      .replace(/\u00f0/g, 'đ')
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[\u2013\u2014\u2212]/g, '-');
    c = c.toLowerCase();
    for (const ch of c) {
      out.push(ch);
      st.push(i);
      en.push(j);
    }
    i = j;
  }
  let n = out.join('');
  // tone placement fold (length preserving)
  n = n.replace(/(^|[^q])(o[áàảãạéèẻẽẹ]|u[ýỳỷỹỵ])(?![\p{L}])/gu, (_m, a, b) => a + TONE_FOLD[b]);
  // collapse whitespace for matching: keep length, multi-space handled by regex
  return { n, st, en };
}
function foldTerm(t) {
  return normalise(t).n;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function termRe(t) {
  const f = foldTerm(t).trim();
  const r = escapeRe(f).replace(/\s+/g, '\\s+').replace(/"/g, '"?');
  return r;
}

// ---- term list ---------------------------------------------------------------------------
const terms = []; // {re, id, kind}
const seen = new Set();
function add(form, id, kind) {
  form = form.trim();
  if (!form || form.length < 2) return;
  const key = `${id}|${foldTerm(form)}|${kind}`;
  if (seen.has(key)) return;
  seen.add(key);
  terms.push({ form, id, kind, re: termRe(form) });
}
for (const e of facts) {
  for (const part of e.term_vi.replace(/\([^)]*\)/g, ' ').split(/\s\/\s|;/)) add(part, e.id, 'term');
  for (const a of e.abbreviations || []) add(a, e.id, 'abbr');
  for (const v of e.variants || []) {
    if (v.type === 'english') continue;
    if (v.type === 'suffix') continue;
    if (v.type === 'short_form_generic') {
      add(v.form, e.id, 'GENERIC');
      continue;
    }
    add(v.form, e.id, v.type);
  }
}
// extra variants seen in news text
const extra = [
  ['bộ phận "một cửa"', 'bo-phan-mot-cua'],
  ['bộ phận một cửa', 'bo-phan-mot-cua'],
  ['Trung tâm Hành chính công', 'trung-tam-phuc-vu-hanh-chinh-cong'],
  ['Trung tâm Phục vụ hành chính công', 'trung-tam-phuc-vu-hanh-chinh-cong'],
  ['Ủy ban nhân dân', 'ubnd'],
  ['Uỷ ban nhân dân', 'ubnd'],
  ['UBND', 'ubnd'],
  ['HĐND', 'hdnd'],
  ['dân tộc thiểu số', 'dtts'],
  ['chỉ số năng lực cạnh tranh', 'pci'],
  ['Cổng dịch vụ công', 'cong-dich-vu-cong-cap-tinh'],
  ['dịch vụ công mức độ', 'dvctt-muc-do-3'],
  ['Chính quyền số', 'chinh-quyen-dien-tu'],
  ['sở ban ngành', 'co-quan-chuyen-mon-so-ban-nganh'],
  ['sở, ban ngành', 'co-quan-chuyen-mon-so-ban-nganh'],
  ['cán bộ công chức', 'can-bo-cong-chuc-vien-chuc'],
  ['cán bộ, công chức, viên chức', 'can-bo-cong-chuc-vien-chuc'],
  ['Bộ phận Tiếp nhận và Trả kết quả', 'bo-phan-tiep-nhan-va-tra-ket-qua'],
  ['kinh tế số', 'X-kinh-te-so'],
  ['xã hội số', 'X-xa-hoi-so'],
];
for (const lv of ['mức độ', 'cấp độ'])
  for (const pre of ['dịch vụ công trực tuyến', 'DVCTT', 'dịch vụ công']) {
    extra.push(
      [`${pre} ${lv} 3`, 'dvctt-muc-do-3'],
      [`${pre} ${lv} 4`, 'dvctt-muc-do-4'],
      [`${pre} ${lv} 1`, 'dvctt-muc-do-1-2'],
      [`${pre} ${lv} 2`, 'dvctt-muc-do-1-2'],
    );
  }
for (const [f, id] of extra) add(f, id, 'extra');
const triggers = [
  'một cửa',
  '1 cửa',
  'pci',
  'trung tâm',
  'ban chỉ đạo',
  'tổ công tác',
  'liên thông',
  'số hóa',
  'dịch vụ công',
  'mức độ',
  'cấp độ',
  'tại chỗ',
  'chương trình tổng thể',
  'hành chính',
  'cổng',
  'đề án',
  'nghị quyết',
  'nghị định',
  'quyết định số',
  'chỉ thị',
  'thông tư',
  'luật',
  'bảo hiểm',
  'chỉ số',
  'chính phủ',
  'chính quyền',
  'điện tử',
  'trực tuyến',
  'định danh',
  'căn cước',
  'dân tộc',
  'cán bộ',
  'công chức',
  'viên chức',
  'bưu điện',
  'bưu chính',
  'hồ sơ',
  'thủ tục',
  'cải cách',
  'ủy ban',
  'hội đồng',
  'nội vụ',
  'văn phòng',
  'kỷ cương',
  'kỷ luật',
  'văn hóa công',
  'nhũng nhiễu',
  'sách nhiễu',
  'cửa quyền',
  'tinh gọn',
  'sắp xếp',
  'lệ phí',
  'người đứng đầu',
  'ngành dọc',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'chữ ký',
  'ký số',
  'hộ tịch',
  'chuyển đổi số',
  'dữ liệu',
  'xin lỗi',
  'phản ánh',
  'kiến nghị',
  'niêm yết',
  'đúng hạn',
  'quá hạn',
  'trước hạn',
  'sở, ',
  'một phần',
  'toàn trình',
  'môi trường mạng',
  'môi trường điện tử',
  'tài chính công',
  'đơn vị sự nghiệp',
  'thể chế',
  'công vụ',
  'công sở',
  'địa giới',
  'tiếp nhận',
  'trả kết quả',
  'bộ phận',
  'cơ chế',
  'thanh toán',
  'bản sao',
  'chứng thực',
  'kho ',
  'vneid',
  'vnelid',
  'hài lòng',
  'năng lực cạnh tranh',
  'dtts',
  'thiểu số',
  'vcci',
  'phường',
  'thị trấn',
  'xử phạt',
  'vi phạm hành chính',
];
for (const t of triggers) terms.push({ form: t, id: '?', kind: 'TRIG', re: termRe(t) });

const CITE =
  /(?:(?:nghị định|nghị quyết|quyết định|chỉ thị|thông tư|luật|công văn|kế hoạch|hướng dẫn|văn bản|đề án)(?:\s+số)?\s+)?\d+[a-zđ]?(?:\/\d{4})?(?:\/[a-zđ0-9]+)?[/-][a-zđ]+[a-zđ0-9]*(?:[-–][a-zđ0-9]+)*/gu;

export function findAll(text) {
  const { n, st, en } = normalise(text);
  const hits = [];
  const B = '(?<![\\p{L}\\p{N}])';
  const A = '(?![\\p{L}\\p{N}])';
  for (const t of terms) {
    const re = new RegExp(B + t.re + A, 'gu');
    for (const m of n.matchAll(re)) {
      hits.push({ s: st[m.index], e: en[m.index + m[0].length - 1], id: t.id, kind: t.kind, form: t.form });
    }
  }
  const re2 = new RegExp(B + CITE.source, 'gu');
  for (const m of n.matchAll(re2))
    hits.push({ s: st[m.index], e: en[m.index + m[0].length - 1], id: 'CITE', kind: 'cite', form: '' });
  // all-caps tokens in original
  const re3 = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}&]+(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re3))
    hits.push({ s: m.index, e: m.index + m[0].length, id: 'CAPS', kind: 'caps', form: '' });
  return hits;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const files = process.argv.slice(2);
  const brief = process.env.BRIEF;
  for (const f of files) {
    const text = fs.readFileSync(path.join(ART, f), 'utf8');
    const hits = findAll(text);
    // group by position
    const byPos = new Map();
    for (const h of hits) {
      const k = `${h.s}:${h.e}`;
      if (!byPos.has(k)) byPos.set(k, h);
      else if (byPos.get(k).kind === 'TRIG' || byPos.get(k).kind === 'caps') byPos.set(k, h);
    }
    const arr = [...byPos.values()].sort((a, b) => a.s - b.s || b.e - a.e);
    console.log(`##### ${f} (${text.length})`);
    for (const h of arr) {
      const ctx = (
        text.slice(Math.max(0, h.s - 60), h.s) +
        '[[' +
        text.slice(h.s, h.e) +
        ']]' +
        text.slice(h.e, h.e + 60)
      ).replace(/\n/g, '⏎');
      if (brief) console.log(`${h.s}-${h.e} ${h.id} ${h.kind} | ${text.slice(h.s, h.e)}`);
      else console.log(`${h.s}-${h.e} ${h.id} ${h.kind} | ${ctx}`);
    }
  }
}
