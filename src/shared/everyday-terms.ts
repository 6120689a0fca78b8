/**
 * Everyday terms: words every adult reader of Vietnamese news already knows, which reform articles
 * repeat because they are the subject's ordinary nouns (the standing bodies of the state, common roles,
 * the insurance schemes everyone pays), not the reform's own vocabulary. By default only their first
 * occurrence on a page is drawn; every other term is drawn each time (the "all occurrences" setting
 * draws these each time too).
 *
 * Chosen from the data (2026-12-06, `npx tsx scripts/measure-density.ts --terms`): on the corpus's 74
 * reform articles these entries make most of the repeated highlights (bảo hiểm y tế alone 100 repeats
 * in 7 articles; HĐND 41, Chủ tịch UBND 35, UBND 32, Mặt trận Tổ quốc 31, cán bộ công chức viên chức
 * 22, bảo hiểm xã hội 22, căn cước 21, cơ quan BHXH 17) and each is a household word. Left out on
 * purpose though they repeat: thủ tục hành chính (34 repeats: the reform's own subject, the reason a
 * reader turned the extension on), VCCI (a name many readers cannot expand), đơn vị sự nghiệp công lập
 * (a legal category readers do not know), cải thiện môi trường kinh doanh (a policy).
 */
export const EVERYDAY_TERMS: ReadonlySet<string> = new Set([
  // The people's councils and committees at every level, and their chairs.
  'ubnd',
  'hdnd',
  'chu-tich-ubnd',
  'ubnd-huyen',
  'ubnd-cap-xa',
  'mat-tran-to-quoc',
  // Departments and sectors ("sở, ban, ngành"), officials and heads of agencies.
  'co-quan-chuyen-mon-so-ban-nganh',
  'can-bo-cong-chuc-vien-chuc',
  'nguoi-dung-dau',
  // Insurance everyone pays, its agency, fees, the identity card.
  'bao-hiem-xa-hoi',
  'bao-hiem-y-te',
  'co-quan-bao-hiem-xa-hoi',
  'phi-le-phi',
  'can-cuoc',
]);

/** How many times a term is drawn on a page: each time, or once (its first occurrence). */
export type OccurrenceRule = 'all' | 'everyday-once' | 'first';

/** Whether only the first occurrence of term `id` is drawn under `rule`. */
export function drawnOnce(rule: OccurrenceRule, id: string): boolean {
  return rule === 'first' || (rule === 'everyday-once' && EVERYDAY_TERMS.has(id));
}
