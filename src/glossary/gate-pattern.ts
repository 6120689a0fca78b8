/**
 * The term gate's pattern (term-gate.ts), made at build time from the compiled glossary: each form's
 * words folded (`gateFold`) between single spaces, no word boundary at either end, as one trie of
 * characters so that V8 tests shared beginnings once.
 *
 * No boundaries, because the gate reads a page's `textContent`, which joins one block's last word to
 * the next block's first ("…hành chính</h2><p>Theo" reads "chínhTheo") where the matcher sees two
 * blocks. So a form that holds a shorter one adds nothing ("cải cách thủ tục hành chính" holds "thủ
 * tục hành chính"): only the shortest stay (203 of 439 forms on 2026-12-07), and V8 compiles a smaller
 * pattern (its compile time grows faster than the pattern: half of it compiled in a fifth of the time).
 */
import type { TrieNode } from './compile-glossary.ts';
import { gateFold } from './term-gate.ts';

/** Every form of a compiled glossary, as its path of token keys in the trie (words and punctuation). */
export function trieForms(root: TrieNode): string[][] {
  const out: string[][] = [];
  const walk = (node: TrieNode, path: string[]) => {
    if (node.forms?.length) out.push(path);
    for (const [key, next] of node.next) walk(next, [...path, key]);
  };
  walk(root, []);
  return out;
}

/**
 * A legal citation's number and type code as folded ("61/2018/NĐ-CP" → "61 2018 nd cp", "30c/NQ-CP",
 * "19-2016/NQ-CP", "45/2019/QH14"): what `citationAt` needs before it looks at the issuer. Looser than
 * the matcher (no issuer, any separator), never stricter: a type code other than a law's is followed
 * by a dash and its issuer there.
 */
const CITATION = String.raw`\d{1,5}[a-z]? (?:(?:19|20)\d\d )?(?:qh\d\d|(?:nd|nq|qd|tt|ttlt|ct|cd|kh|tb|vbhn) )`;

/**
 * The forms most articles that hold a term name early (in the first 3,000 characters of 100 of the
 * corpus's 120 group-a articles, 2026-12-07), and rarely anywhere else ("một cửa" is not among them:
 * "một cửa hàng"). Tried first on the article's first piece, in a pattern V8 compiles in a fraction of
 * the whole one's time: a page with terms seldom needs the whole one. Each must be one of the forms
 * the whole pattern keeps, so a yes from it is a yes of the whole (checked at build time).
 */
export const QUICK_FORMS = [
  'thủ tục hành chính',
  'cải cách hành chính',
  'cán bộ, công chức',
  'UBND',
  'HĐND',
  'dịch vụ công',
  'chuyển đổi số',
  'bảo hiểm y tế',
  'MTTQ',
];

/** The gate's two patterns: the whole one, and the quick one of `QUICK_FORMS` tried first. */
export interface GatePatterns {
  quick: string;
  full: string;
}

/** The patterns for forms given as token keys (`trieForms`): the whole one also takes any legal citation. */
export function gatePatterns(forms: Iterable<readonly string[]>): GatePatterns {
  const folded = new Set<string>();
  for (const keys of forms) {
    // Punctuation tokens fold to nothing; the spaces around them stay one space.
    const words = keys.map((k) => gateFold(k).trim()).filter((k) => k !== '');
    if (words.length > 0) folded.add(words.join(' '));
  }
  const kept: string[] = [];
  for (const form of [...folded].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some((shorter) => form.includes(shorter))) kept.push(form);
  }
  type Node = Map<string, Node>;
  const root: Node = new Map();
  for (const form of kept.sort()) {
    let node = root;
    for (const ch of form) {
      const next = node.get(ch) ?? new Map();
      node.set(ch, next);
      node = next;
    }
  }
  // No kept form begins another (that one would hold it), so every path ends at a leaf.
  const emit = (node: Node): string => {
    const parts = [...node].map(([ch, next]) => ch + emit(next));
    if (parts.length <= 1) return parts[0] ?? '';
    return `(?:${parts.join('|')})`;
  };
  const quick = QUICK_FORMS.map((form) => gateFold(form).trim());
  const lost = quick.filter((form) => !kept.includes(form));
  if (lost.length > 0) throw new Error(`quick gate forms the whole pattern does not keep: ${lost.join(', ')}`);
  return { quick: quick.join('|'), full: `${emit(root)}|${CITATION}` };
}
