import type { Tokens } from './tokenize.ts';

/** A legal document number as written in the text, e.g. "61/2018/NĐ-CP" or "30c/NQ-CP". */
export interface Citation {
  /** Type code: NĐ (nghị định), NQ (nghị quyết), QĐ (quyết định), TT, TTLT, CT, CĐ, KH, TB, VBHN, or QH13… for laws. */
  type: string;
  number: string;
  year?: string;
  /** Issuer code after the type ("CP", "TTg", "UBND"); empty for laws numbered "…/QH15". */
  issuer: string;
  /** Type and issuer as one code: "NĐ-CP", "QH15". */
  code: string;
}

export interface CitationSpan {
  /** First token (a document word such as "Nghị định" when present, else the number). */
  first: number;
  /** Last token (the end of the issuer code). */
  last: number;
  citation: Citation;
}

/** Type codes with the usual ASCII spelling of Đ folded in (traps U9: "ND-CP", "QD-TTg"). */
const TYPES: Record<string, string> = {
  NĐ: 'NĐ',
  ND: 'NĐ',
  NQ: 'NQ',
  QĐ: 'QĐ',
  QD: 'QĐ',
  TT: 'TT',
  TTLT: 'TTLT',
  CT: 'CT',
  CĐ: 'CĐ',
  CD: 'CĐ',
  KH: 'KH',
  TB: 'TB',
  VBHN: 'VBHN',
};
const LAW = /^QH[0-9]{2}$/;
const NUMBER = /^[0-9]{1,5}[a-z]?$/;
const YEAR = /^(19|20)[0-9]{2}$/;
const ISSUER = /^[A-ZĐ][A-Za-zĐđ0-9]*$/;

/** Words that may stand before a number and belong to the citation ("Nghị quyết số 30c/NQ-CP"). */
const DOCUMENT_WORDS = [
  ['nghị', 'định'],
  ['nghị', 'quyết'],
  ['quyết', 'định'],
  ['thông', 'tư', 'liên', 'tịch'],
  ['thông', 'tư'],
  ['chỉ', 'thị'],
  ['công', 'điện'],
  ['kế', 'hoạch'],
  ['thông', 'báo'],
  ['văn', 'bản', 'hợp', 'nhất'],
  ['luật'],
];

function endsWith(t: Tokens, last: number, words: string[]): boolean {
  if (last - words.length + 1 < 0) return false;
  return words.every((w, k) => t.key[last - words.length + 1 + k] === w && t.word[last - words.length + 1 + k]);
}

/** The citation whose number is token `i`, or null. Never guesses: "Nghị định 61" alone is not one. */
export function citationAt(t: Tokens, i: number): CitationSpan | null {
  if (!t.word[i] || !NUMBER.test(t.key[i] as string)) return null;
  let j: number;
  let year: string | undefined;
  if (t.key[i + 1] === '/') {
    j = i + 2;
    if (j < t.count && YEAR.test(t.key[j] as string) && t.key[j + 1] === '/') {
      year = t.key[j];
      j += 2;
    }
  } else if (t.key[i + 1] === '-' && YEAR.test(t.key[i + 2] ?? '') && t.key[i + 3] === '/') {
    // The Government's own numbering in some years: "Nghị quyết số 19-2016/NQ-CP".
    year = t.key[i + 2];
    j = i + 4;
  } else return null;
  const head = t.exact[j];
  if (head === undefined || !t.word[j]) return null;
  let type: string | undefined;
  let issuer = '';
  let last = j;
  if (LAW.test(head)) {
    type = head;
  } else {
    type = TYPES[head];
    if (!type) return null;
    const parts: string[] = [];
    // Issuer codes are joined by dashes: "NĐ-CP", "TTLT-BTC-BNV".
    while (
      t.key[last + 1] === '-' &&
      t.word[last + 2] &&
      ISSUER.test(t.exact[last + 2] as string) &&
      parts.length < 3
    ) {
      parts.push(t.exact[last + 2] as string);
      last += 2;
    }
    if (parts.length === 0) return null;
    issuer = parts.join('-');
  }
  // Never run into a following word glued on by a dash or slash ("…/QĐ-UBNDabc" is one token anyway).
  if (t.word[last + 1] && t.start[last + 1] === t.end[last]) return null;
  let first = i;
  if (t.key[first - 1] === 'số' && t.word[first - 1]) first--;
  for (const words of DOCUMENT_WORDS) {
    if (endsWith(t, first - 1, words)) {
      first -= words.length;
      break;
    }
  }
  const citation: Citation = {
    type,
    number: t.exact[i] as string,
    issuer,
    code: issuer ? `${type}-${issuer}` : type,
  };
  if (year) citation.year = year;
  return { first, last, citation };
}
