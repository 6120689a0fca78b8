// Builds labels.jsonl = automatic DRAFT (propose.mjs, leftmost-longest over glossary forms + trap patterns)
// corrected by the per-file manual decisions in decisions.mjs (made by reading each context).
import fs from 'node:fs';
import { DECISIONS, EXT_FILES, EXTEND, FILES, PHO_IN_SPAN, RECONCILE } from './decisions.mjs';
import { normalise } from './find-candidates.mjs';
import { propose } from './propose.mjs';

const NEG_RULES = [
  [/một cửa (?:hàng|sổ|tiệm|ra vào|ngõ|khẩu)/gu, 'T01'],
  [/dịch vụ công (?:ích|nghệ|cộng)/gu, 'T16', null, true],
  [/ttxvn/gu, 'T20'],
  [/làm trung tâm (?:để )?phục vụ/gu, 'T08', (s) => s.replace(/^làm /, '')],
  [/trung tâm hành chính(?! công)/gu, 'T07'],
  [/pci[ -](?:express|dss|-e)/gu, 'T05', null, true],
  [/cổng thông tin điện tử/gu, 'T21'],
  [/(?:xử phạt )?vi phạm hành chính|xử phạt hành chính/gu, 'T19'],
  [/(?:4|bốn) tại chỗ/gu, 'T04'],
  [/tổ công tác(?! (?:về )?cải cách)/gu, 'T13'],
  [/ban chỉ đạo(?! (?:cải cách hành chính|cchc))/gu, 'T14'],
  [/chương trình tổng thể(?! (?:về )?(?:cải cách hành chính|cchc))/gu, 'T11'],
  [/(?<!một cửa )liên thông/gu, 'T03'],
  [/(?:mức|cấp) độ [1-4]/gu, 'T09'],
  [/số hóa/gu, 'T10'],
  [/nghị quyết (?:số )?30a/gu, 'T12'],
  [/(?:nghị định|nghị quyết|quyết định|chỉ thị|thông tư|đề án)(?: số)? \d+[a-zđ]?(?![\p{L}\p{N}/-])/gu, 'T22'],
];
const DOCWORD =
  '(?:(?:nghị định|nghị quyết|quyết định|chỉ thị|thông tư liên tịch|thông tư|luật|công văn|công điện|kế hoạch|hướng dẫn|thông báo|văn bản|báo cáo|đề án)(?:\\s+số)?\\s+)?';
const CITE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.])${DOCWORD}\\d+[a-zđ]?(?:/\\d{4})?/[a-zđ]+\\d*(?:\\s*-\\s*[a-zđ]+\\d*)*`,
  'gu',
);
const SPECIFIC = {
  '61/2018/nđ-cp': 'nd-61-2018',
  '107/2021/nđ-cp': 'nd-107-2021',
  '118/2025/nđ-cp': 'nd-118-2025',
  '45/2020/nđ-cp': 'nd-45-2020',
  '42/2022/nđ-cp': 'nd-42-2022',
  '43/2011/nđ-cp': 'nd-43-2011',
  '63/2010/nđ-cp': 'nd-63-2010',
  '30c/nq-cp': 'nq-30c-2011',
  '76/nq-cp': 'nq-76-2021',
  '06/qđ-ttg': 'de-an-06',
  '01/2018/tt-vpcp': 'tt-01-2018-vpcp',
  '03/2025/tt-vpcp': 'tt-03-2025-vpcp',
  '93/2007/qđ-ttg': 'qd-93-2007-qd-ttg',
  '09/2015/qđ-ttg': 'qd-09-2015-qd-ttg',
  // 2026-11-22 reconciliation: `documents` of data/glossary.json entries that are not in glossary-facts (snapshot, see README)
  '77/2015/qh13': 'luat-to-chuc-chinh-quyen-dia-phuong',
  '58/2014/qh13': 'luat-bao-hiem-xa-hoi',
  '25/2008/qh12': 'luat-bao-hiem-y-te',
  '42/2013/qh13': 'luat-tiep-cong-dan',
  '19/2016/nq-cp': 'nq-19-moi-truong-kinh-doanh',
  '749/qđ-ttg': 'chuong-trinh-chuyen-doi-so-quoc-gia',
  '59/2022/nđ-cp': 'nd-59-2022',
  '01/2023/tt-vpcp': 'tt-01-2023-vpcp',
  '367/2025/nđ-cp': 'nd-367-2025',
  '45/2016/qđ-ttg': 'qd-45-2016-qd-ttg',
  '48/2013/nđ-cp': 'nd-48-2013',
  '20/2008/nđ-cp': 'nd-20-2008',
  '136/2001/qđ-ttg': 'qd-136-2001-qd-ttg',
};
export function citeId(num) {
  const k = num.replace(/\s+/g, '').replace(/nd-cp$/, 'nđ-cp');
  const m = k.match(/\d+[a-zđ]?(?:\/\d{4})?\/.*$/);
  const key = m ? m[0] : k;
  if (SPECIFIC[key]) return SPECIFIC[key];
  if (/\/n[đd]-?cp$/.test(key)) return 'nd-cp';
  if (/\/nq-?cp$/.test(key)) return 'nq-cp';
  if (/\/q[đd]-?ttg$/.test(key)) return 'qd-ttg';
  if (/\/ct-?ttg$/.test(key)) return 'ct-ttg';
  if (/\/ttlt-/.test(key)) return 'thong-tu-lien-tich'; // TTLT-* has its own glossary entry (was thong-tu-tt)
  if (/\/tt-/.test(key)) return 'thong-tu-tt';
  if (/\/q[đd]-?ubnd$/.test(key)) return 'qd-ubnd';
  if (/\/nq-?h[đd]nd$/.test(key)) return 'nq-hdnd';
  if (/\/(?:nq-)?ubtvqh1[345]$/.test(key)) return 'nq-ubtvqh';
  if (/\/qh\d+$/.test(key)) return 'qh-luat';
  // generic document-type entries of data/glossary.json (`citationCodes` QĐ-*, NQ-*, CT-*, KH-*, TB-*, VBHN-*, CĐ-*)
  if (/\/q[đd]-/.test(key)) return 'quyet-dinh-qd';
  if (/\/nq-/.test(key)) return 'nghi-quyet-nq';
  if (/\/ct-/.test(key)) return 'chi-thi-ct';
  if (/\/kh-/.test(key)) return 'ke-hoach-kh';
  if (/\/tb-/.test(key)) return 'thong-bao-tb';
  if (/\/vbhn-/.test(key)) return 'van-ban-hop-nhat';
  if (/\/c[đd]-/.test(key)) return 'cong-dien-cd';
  return 'citation'; // no glossary entry: check-labels.mjs rejects this id, so such a hit must be decided in decisions.mjs
}
export function draft(f) {
  const { text, chosen } = propose(f);
  const { n, st, en } = normalise(text);
  let spans = chosen.map((h) => ({ start: h.s, end: h.e, text: text.slice(h.s, h.e), id: h.id }));
  CITE_RE.lastIndex = 0;
  for (const m of n.matchAll(CITE_RE)) {
    const S = st[m.index],
      E = en[m.index + m[0].length - 1];
    const tok = text.slice(Math.max(0, S - 30), E + 5);
    if (/https?:|www\.|\.html?|\.jpg/i.test(tok)) continue;
    spans = spans.filter((x) => !(x.start < E && x.end > S));
    spans.push({ start: S, end: E, text: text.slice(S, E), id: citeId(m[0]) });
  }
  for (const [re, trap, trim, override] of NEG_RULES) {
    re.lastIndex = 0;
    for (const m of n.matchAll(re)) {
      let s = m.index,
        e = m.index + m[0].length;
      if (trim) {
        const t = trim(m[0]);
        s = e - t.length;
      }
      const S = st[s],
        E = en[e - 1];
      // a negative rule never overrides a positive proposal that overlaps it (decided manually)
      if (override) spans = spans.filter((x) => !(x.start < E && x.end > S));
      else if (spans.some((x) => x.start < E && x.end > S)) continue;
      spans.push({ start: S, end: E, text: text.slice(S, E), id: null, trap });
    }
  }
  return { text, spans };
}
function occ(text, str, k) {
  let i = -1;
  for (let j = 0; j < k; j++) {
    i = text.indexOf(str, i + 1);
    if (i < 0) throw new Error(`not found ${str}#${k}`);
  }
  return i;
}
export function build(f) {
  let { text, spans } = draft(f);
  for (const d of [...(DECISIONS[f] || []), ...(RECONCILE[f] || []), ...(EXTEND[f] || [])]) {
    // ops: ['del', start] | ['id', start, newId] | ['neg', start, trap, note?] | ['add', 'text', k, id] | ['addneg', 'text', k, trap, note?] | ['span', start, 'text', id]
    const [op, a, b, c, e] = d;
    const find = (s) => {
      const x = spans.find((x) => x.start === s);
      if (!x) throw new Error(`${f}: no span at ${s} for ${JSON.stringify(d)}`);
      return x;
    };
    if (op === 'del') spans = spans.filter((x) => x !== find(a));
    else if (op === 'id') {
      const x = find(a);
      x.id = b;
      delete x.trap;
      delete x.note;
    } else if (op === 'neg') {
      const x = find(a);
      x.id = null;
      x.trap = b;
      if (c) x.note = c;
    } else if (op === 'span') {
      // ['span', start, 'text', id]  (reconciliation 2026-11-22)
      let s = a,
        t = b;
      if (!PHO_IN_SPAN && /^phó /i.test(t)) {
        s += 4;
        t = t.slice(4);
      }
      if (text.slice(s, s + t.length) !== t) throw new Error(`${f}: text at ${s} is not ${JSON.stringify(t)}`);
      const x = { start: s, end: s + t.length, text: t, id: c };
      spans = spans.filter((y) => !(y.start < x.end && y.end > x.start));
      spans.push(x);
    } else if (op === 'add' || op === 'addneg') {
      const s = occ(text, a, b);
      const x = { start: s, end: s + a.length, text: a };
      if (op === 'add') x.id = c;
      else {
        x.id = null;
        x.trap = c;
        if (e) x.note = e;
      }
      spans = spans.filter((y) => !(y.start < x.end && y.end > x.start));
      spans.push(x);
    } else throw new Error(`bad op ${op}`);
  }
  spans.sort((p, q) => p.start - q.start);
  for (const x of spans) x.text = text.slice(x.start, x.end);
  return spans.map((x) => {
    const o = { start: x.start, end: x.end, text: x.text, id: x.id };
    if (x.trap) o.trap = x.trap;
    if (x.note) o.note = x.note;
    return o;
  });
}
if (process.argv[2] === 'review') {
  for (const f of process.argv.slice(3)) {
    const { text } = propose(f);
    const spans = build(f);
    console.log(`##### ${f}`);
    for (const x of spans)
      console.log(
        `${x.start} ${x.id ?? `NEG:${x.trap}`} «${x.text}» …${text.slice(Math.max(0, x.start - 40), x.start).replace(/\n/g, '⏎')}[[${x.text}]]${text.slice(x.end, x.end + 40).replace(/\n/g, '⏎')}`,
      );
  }
} else if (process.argv[2] === 'write') {
  const out = `${[...FILES, ...EXT_FILES].map((f) => JSON.stringify({ file: f, spans: build(f) })).join('\n')}\n`;
  fs.writeFileSync(new URL('./labels.jsonl', import.meta.url), out);
  console.log('wrote', FILES.length + EXT_FILES.length, 'files');
}
if (process.argv[2] === 'rev2') {
  const IGN = new Set(process.env.IGN ? process.env.IGN.split(',') : []);
  for (const f of process.argv.slice(3)) {
    const { text, other } = propose(f);
    const spans = build(f);
    const c = (s, e, w = 45) =>
      `${text.slice(Math.max(0, s - w), s)}[[${text.slice(s, e)}]]${text.slice(e, e + w)}`.replace(/\n/g, '⏎');
    const rows = spans.map((x) => ({
      s: x.start,
      l: `${x.start} ${x.id ?? `NEG:${x.trap}`}${x.note ? `(${x.note})` : ''} ${c(x.start, x.end)}`,
    }));
    for (const h of other) {
      if (spans.some((x) => x.start < h.e && x.end > h.s)) continue;
      const t = text.slice(h.s, h.e);
      if (
        h.kind === 'caps' &&
        !/^(TTHC|CCHC|UBND|HĐND|BHXH|BHYT|PCI|PAPI|SIPAS|DDCI|DTTS|VNEID|DVC|DVCTT|CMND|CCCD|CBCC|VCCI|PAR|PGI|BNV|VPCP|CSDL|KLKCHC|CĐS|CPĐT|TTPVHCC|HCC|BPMC)/.test(
          t,
        )
      )
        continue;
      if (IGN.has(t.toLowerCase())) continue;
      rows.push({ s: h.s, l: `   ? ${c(h.s, h.e, 35)}` });
    }
    rows.sort((a, b) => a.s - b.s);
    console.log(`##### ${f} len=${text.length}`);
    for (const r of rows) console.log(r.l);
  }
}
