// Draft proposals (leftmost-longest over glossary forms) + uncovered triggers, for manual review.
import fs from 'node:fs';
import { findAll } from './find-candidates.mjs';

const ART = '/work/shared/corpus/articles/';
// forms that are NOT used as span extents (qualifier/head words dropped; see README)
const DROP = new Set([
  'ubnd|UBND tỉnh',
  'ubnd|UBND xã',
  'ubnd|Chủ tịch UBND',
  'bao-hiem-y-te|thẻ BHYT',
  'dtts|đồng bào DTTS',
  'nguoi-dung-dau|trách nhiệm của người đứng đầu',
  'van-hoa-cong-vu|Đề án Văn hóa công vụ',
  'van-hoa-cong-so|quy chế văn hóa công sở',
  'niem-yet-cong-khai-tthc|Bộ thủ tục hành chính',
  'niem-yet-cong-khai-tthc|quyết định công bố thủ tục hành chính',
  'chuyen-doi-so|Chương trình Chuyển đổi số quốc gia',
  'tra-ket-qua-dung-han|quá hạn',
  'bao-hiem-xa-hoi|bảo hiểm xã hội toàn dân',
  'co-quan-bao-hiem-xa-hoi|Bảo hiểm xã hội tỉnh',
  'co-quan-bao-hiem-xa-hoi|Bảo hiểm xã hội huyện',
  'buu-dien-viet-nam|Bưu điện tỉnh',
  'van-phong-ubnd|Văn phòng UBND tỉnh',
  'van-phong-ubnd|Văn phòng Ủy ban nhân dân tỉnh',
  'nd-cp|Nghị định',
  'co-quan-bao-hiem-xa-hoi|BHXH',
  'chuong-trinh-mtqg-dtts-mn|DTTS&MN',
  'ct-ttg|Chỉ thị số 23',
  'nd-61-2018|Nghị định 61',
  'nd-63-2010|Nghị định 63',
  'nd-118-2025|Nghị định 118',
  'nq-76-2021|Nghị quyết 76',
  'trung-tam-phuc-vu-hanh-chinh-cong|Trung tâm Phục vụ hành chính công cấp xã',
  'ho-so-tthc|hồ sơ',
  'thong-tu-tt|Thông tư',
  'thong-tu-tt|TT',
  'qh-luat|QH',
]);
const NOISE = new Set([
  'chính phủ',
  'hành chính',
  'cải cách',
  'cơ chế',
  'một phần',
  'thị trấn',
  'phường',
  'dữ liệu',
  'tiếp nhận',
  'bộ phận',
  'văn phòng',
  'luật',
  'cổng',
  'chỉ số',
  'kho ',
  'đề án',
  'nghị quyết',
  'hội đồng',
  'ủy ban',
  'thủ tục',
  'sở, ',
  'điện tử',
  'trực tuyến',
  'dân tộc',
  'cán bộ',
  'công chức',
  'viên chức',
]);
export function propose(f) {
  const text = fs.readFileSync(ART + f, 'utf8');
  const hits = findAll(text);
  const pos = hits.filter(
    (h) =>
      !['TRIG', 'GENERIC', 'caps', 'cite'].includes(h.kind) && !DROP.has(`${h.id}|${h.form}`) && !h.id.startsWith('X-'),
  );
  pos.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
  const chosen = [];
  let last = -1;
  for (const h of pos) {
    if (h.s >= last) {
      chosen.push(h);
      last = h.e;
    }
  }
  const cites = hits.filter((h) => h.kind === 'cite' && /[a-zđ]/i.test(text.slice(h.s, h.e).split('/').pop()));
  const other = hits
    .filter(
      (h) =>
        (h.kind === 'TRIG' || h.kind === 'GENERIC' || h.kind === 'caps' || h.id.startsWith('X-')) &&
        !chosen.some((c) => h.s < c.e && h.e > c.s),
    )
    .filter((h) => !(h.kind === 'TRIG' && NOISE.has(h.form)));
  return { text, chosen, cites, other };
}
if (process.argv[1]?.endsWith('propose.mjs'))
  for (const f of process.argv.slice(2)) {
    const { text, chosen, cites, other } = propose(f);
    const ctx = (s, e, w = 50) =>
      `${text.slice(Math.max(0, s - w), s)}[[${text.slice(s, e)}]]${text.slice(e, e + w)}`.replace(/\n/g, '⏎');
    console.log(`##### ${f} len=${text.length}`);
    const all = [
      ...chosen.map((h) => ({ ...h, tag: 'P' })),
      ...cites.map((h) => ({ ...h, tag: 'C' })),
      ...other.map((h) => ({ ...h, tag: '?' })),
    ].sort((a, b) => a.s - b.s);
    const seen = new Set();
    for (const h of all) {
      const k = `${h.s}:${h.e}${h.tag}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (h.tag === 'P')
        console.log(
          `P ${h.s}-${h.e} ${h.id} «${text.slice(h.s, h.e)}»${process.env.CTX ? `  ${ctx(h.s, h.e, 35)}` : ''}`,
        );
      else console.log(`${h.tag} ${h.s}-${h.e} ${h.id === '?' ? '' : h.id} ${ctx(h.s, h.e)}`);
    }
  }
