import type { Bilingual, DocumentRegistry, DocumentType, LegalDocument } from './types.ts';

/** A document number split as a citation is: "61/2018/NĐ-CP" → 61, 2018, NĐ-CP; "58/2014/QH13" → 58, 2014, QH13. */
export function splitDocumentNumber(number: string): { number: string; year?: string; code: string } | undefined {
  // "19-2016/NQ-CP": the Government numbered its resolutions with a dash before the year in some years.
  const m = /^([0-9]+[a-z]?)(?:[/-]([12][0-9]{3}))?\/(.+)$/.exec(number);
  if (!m) return undefined;
  return m[2]
    ? { number: m[1] as string, year: m[2], code: m[3] as string }
    : { number: m[1] as string, code: m[3] as string };
}

/** Normalises a document number for lookup: Đ variants, dashes, case, leading zeros. */
export function documentKey(number: string, year: string | undefined, code: string): string {
  const n = number.replace(/^0+(?=\d)/, '').toLowerCase();
  return `${n}/${year ? `${year}/` : ''}${code}`
    .toLowerCase()
    .replace(/[ðđ]/g, 'đ')
    .replace(/(^|\/)(n|q)d(?=-)/g, '$1$2đ');
}

/** The lookup key of a registry document's number, or undefined for numbers citations never take ("18-NQ/TW"). */
export function documentKeyOf(number: string): string | undefined {
  const parts = splitDocumentNumber(number);
  return parts && documentKey(parts.number, parts.year, parts.code);
}

/**
 * The id a document must have: its number folded to ASCII, every other run of characters a dash, and the
 * signing year added when the number has none ("274/QĐ-TTg" of 2019 → "274-qd-ttg-2019"). One rule, so two
 * people adding the same document give it the same id.
 */
export function documentIdFor(number: string, signed: string | undefined): string {
  const slug = number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const hasYear = /(^|\D)(19|20)[0-9]{2}(\D|$)/.test(number);
  return hasYear || !signed ? slug : `${slug}-${signed.slice(0, 4)}`;
}

const TYPE_NAMES: Record<DocumentType, Bilingual & { en: string }> = {
  'hien-phap': { vi: 'Hiến pháp', en: 'Constitution' },
  'bo-luat': { vi: 'Bộ luật', en: 'Code' },
  luat: { vi: 'Luật', en: 'Law' },
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'nghi-quyet-dang': { vi: 'Nghị quyết', en: 'Party Resolution' },
  'ket-luan': { vi: 'Kết luận', en: 'Conclusion' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'nghi-dinh': { vi: 'Nghị định', en: 'Decree' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'thong-tu': { vi: 'Thông tư', en: 'Circular' },
  'thong-tu-lien-tich': { vi: 'Thông tư liên tịch', en: 'Joint Circular' },
};

/** The name of a document type in the reader's language. */
export function documentTypeName(type: DocumentType, lang: 'vi' | 'en'): string {
  return TYPE_NAMES[type][lang];
}

/** How a reader cites a document: "Nghị định 61/2018/NĐ-CP", "Decree 61/2018/NĐ-CP". */
export function documentLabel(doc: LegalDocument, lang: 'vi' | 'en'): string {
  return `${documentTypeName(doc.type, lang)} ${doc.number}`;
}

/** Party resolutions and conclusions apply from the day they are signed; laws and decrees say when. */
export function takesEffectWhenSigned(doc: LegalDocument): boolean {
  return doc.type === 'nghi-quyet-dang' || doc.type === 'ket-luan';
}

/** Where a document stood on a day: not yet in force, in force, or no longer in force. */
export type StandingAt = 'not-yet' | 'in-force' | 'ended' | 'unknown';

/** A partial ISO date ("2025", "2025-07") as the first day it can mean, for comparison. */
export function dayOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function standingAt(doc: LegalDocument, date: string): StandingAt {
  const day = dayOf(date);
  if (doc.signed && day < doc.signed) return 'not-yet';
  const start = doc.effective ?? (takesEffectWhenSigned(doc) ? doc.signed : undefined);
  if (!start) return 'unknown';
  if (day < dayOf(start)) return 'not-yet';
  if (doc.ended && day >= dayOf(doc.ended)) return 'ended';
  return 'in-force';
}

/** The registry indexed by id and by the lookup key of its numbers. */
export interface DocumentIndex {
  checked: string;
  byId: ReadonlyMap<string, LegalDocument>;
  byKey: ReadonlyMap<string, LegalDocument>;
}

export function indexDocuments(registry: DocumentRegistry): DocumentIndex {
  const byId = new Map<string, LegalDocument>();
  const byKey = new Map<string, LegalDocument>();
  for (const doc of registry.documents) {
    byId.set(doc.id, doc);
    const key = documentKeyOf(doc.number);
    if (key && !byKey.has(key)) byKey.set(key, doc);
  }
  return { checked: registry.checked, byId, byKey };
}
