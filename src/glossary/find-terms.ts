import { type Citation, citationAt } from './citations.ts';
import { type CompiledForm, type CompiledGlossary, documentKey } from './compile-glossary.ts';
import { addToHashTrie, type HashNode, HashScanner } from './hash-scanner.ts';
import { initialOf } from './normalize-syllable.ts';
import { type Tokens, tokenize } from './tokenize.ts';
import type { Bilingual } from './types.ts';

/** One term found in a text; `text === original.slice(start, end)`. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  /** Glossary entry id; for a citation, the document's entry or else its document type's. */
  id: string;
  /** The glossary form that matched, or the citation's normalised number. */
  form: string;
  note?: Bilingual;
  citation?: Citation;
}

/**
 * How far past a candidate the exact pass reads: context rules look a syllable or two away. When a
 * rule needs more than the window holds, the pass is redone with a wider one (`Search.short`).
 */
const WINDOW = 24;
const WIDE_WINDOW = 256;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}

/** Moves a window edge outwards to a space so it never cuts a syllable in two. */
function widen(text: string, i: number, step: 1 | -1): number {
  let j = i;
  while (j > 0 && j < text.length && !isSpace(text, step === 1 ? j : j - 1)) j += step;
  return Math.max(0, Math.min(text.length, j));
}

function sequenceAt(t: Tokens, at: number, seq: string[]): boolean {
  if (at < 0 || at + seq.length > t.count) return false;
  for (let k = 0; k < seq.length; k++) if (t.key[at + k] !== seq[k]) return false;
  return true;
}

function containsOutside(t: Tokens, seq: string[], from: number, to: number): boolean {
  for (let p = 0; p + seq.length <= t.count; p++) {
    if ((t.end[p + seq.length - 1] as number) > from && (t.start[p] as number) < to) continue;
    if (sequenceAt(t, p, seq)) return true;
  }
  return false;
}

/** One search over one text: lazily built views of the text that context rules need. */
class Search {
  private paragraphs = new Map<number, Tokens>();
  private inText = new Map<string, number[]>();
  /** End of the last forward window, and whether a rule ran past it. */
  private windowEnd = 0;
  short = false;

  constructor(
    readonly text: string,
    readonly g: CompiledGlossary,
  ) {}

  /** Tokens of the window starting exactly at `start` (a token start), reaching past `atLeast`. */
  forward(start: number, atLeast: number, window = WINDOW): Tokens {
    this.windowEnd = widen(this.text, Math.min(this.text.length, atLeast + window), 1);
    this.short = false;
    return tokenize(this.text, start, this.windowEnd);
  }

  /** `sequenceAt` for the text after a match, noting when the window was too short to tell. */
  private followedBy(t: Tokens, at: number, seq: string[]): boolean {
    if (at + seq.length > t.count && this.windowEnd < this.text.length) this.short = true;
    return sequenceAt(t, at, seq);
  }

  /** Tokens just before `start`. */
  before(start: number): Tokens {
    return tokenize(this.text, widen(this.text, Math.max(0, start - WINDOW), -1), start);
  }

  /** Tokens of the paragraph (line) around `at`. */
  paragraph(at: number): Tokens {
    const from = Math.max(this.text.lastIndexOf('\n', at - 1), this.text.lastIndexOf('\r', at - 1)) + 1;
    let tokens = this.paragraphs.get(from);
    if (!tokens) {
      let to = this.text.indexOf('\n', at);
      if (to < 0) to = this.text.length;
      tokens = tokenize(this.text, from, to);
      this.paragraphs.set(from, tokens);
    }
    return tokens;
  }

  /** Where a key sequence occurs anywhere in the text (found with the fast scanner, confirmed exactly). */
  occurrences(seq: string[]): number[] {
    const id = seq.join('\u0000');
    let found = this.inText.get(id);
    if (!found) {
      found = [];
      const trie: HashNode = { next: new Map(), end: false };
      addToHashTrie(trie, seq);
      const sc = new HashScanner(this.text);
      while (sc.next()) {
        const node = trie.next.get(sc.hash);
        if (!node) continue;
        const start = sc.start;
        const resume = sc.pos;
        let at: HashNode | undefined = node;
        while (at && !at.end && sc.next()) at = at.next.get(sc.hash);
        if (at?.end) {
          const t = tokenize(this.text, start, sc.end);
          if (t.count === seq.length && sequenceAt(t, 0, seq)) found.push(start, sc.end);
        }
        sc.pos = resume;
      }
      this.inText.set(id, found);
    }
    return found;
  }

  /** Whether a form's case and context rules allow it over tokens [first, last] of `t`. */
  allowed(t: Tokens, form: CompiledForm, first: number, last: number): boolean {
    if (form.exact) {
      for (let k = 0; k < form.exact.length; k++) if (t.exact[first + k] !== form.exact[k]) return false;
    }
    for (const seq of form.notAfter) if (this.followedBy(t, last + 1, seq)) return false;
    const start = t.start[first] as number;
    const end = t.end[last] as number;
    if (form.notBefore.length > 0) {
      const b = first > 0 ? t : this.before(start);
      const at = first > 0 ? first : b.count;
      for (const seq of form.notBefore) if (sequenceAt(b, at - seq.length, seq)) return false;
    }
    if (form.requireNear) {
      const { any, scope } = form.requireNear;
      if (scope === 'paragraph') {
        const p = this.paragraph(start);
        if (!any.some((seq) => containsOutside(p, seq, start, end))) return false;
      } else {
        const near = (seq: string[]) => {
          const spans = this.occurrences(seq);
          for (let k = 0; k < spans.length; k += 2) {
            if ((spans[k + 1] as number) <= start || (spans[k] as number) >= end) return true;
          }
          return false;
        };
        if (!any.some(near)) return false;
      }
    }
    return true;
  }

  /** The longest allowed form starting at token `first` of `t`, ending no later than token `limit`. */
  longestAt(t: Tokens, first: number, limit: number): { form: CompiledForm; last: number } | null {
    const ends: { forms: CompiledForm[]; last: number }[] = [];
    let node = this.g.root;
    for (let j = first; j <= limit && j < t.count; j++) {
      const child = node.next.get(t.key[j] as string);
      if (!child) break;
      node = child;
      if (node.forms) ends.push({ forms: node.forms, last: j });
    }
    for (let e = ends.length - 1; e >= 0; e--) {
      const { forms, last } = ends[e] as { forms: CompiledForm[]; last: number };
      for (const form of forms) if (this.allowed(t, form, first, last)) return { form, last };
    }
    return null;
  }

  /**
   * Abbreviations the article defines itself, as in "trung tâm hành chính (TTHC)": when the words
   * before the brackets spell the abbreviation but are not the glossary's meaning, the article's
   * meaning wins for the whole text (another entry, or nothing we explain: null).
   */
  definitions(): Map<string, string | null> {
    const defs = new Map<string, string | null>();
    const text = this.text;
    for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      const inside = tokenize(text, p, Math.min(text.length, p + 16));
      if (inside.key[0] !== '(' || inside.key[2] !== ')' || !inside.word[1]) continue;
      const abbr = inside.exact[1] as string;
      const owners = this.g.abbreviations.get(abbr);
      if (!owners) continue;
      const letters = [...abbr].filter((c) => c !== c.toLowerCase() || /[0-9]/.test(c));
      const t = tokenize(text, widen(text, Math.max(0, p - 24 * letters.length), -1), p);
      const first = t.count - letters.length;
      if (first < 0) continue;
      const spelled = letters.every((l, k) => t.word[first + k] && initialOf(t.exact[first + k] as string) === l);
      if (!spelled) continue;
      const meaning = this.longestAt(t, first, t.count - 1);
      if (meaning && owners.includes(meaning.form.id)) continue;
      defs.set(abbr, meaning && meaning.last === t.count - 1 ? meaning.form.id : null);
    }
    return defs;
  }

  /** Legal citations in text order, each resolved to the document's entry or its document type's. */
  citations(): TermMatch[] {
    const out: TermMatch[] = [];
    const text = this.text;
    let covered = 0;
    for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
      if (p < covered || !looksLikeCode(text, p + 1)) continue;
      const t = tokenize(text, widen(text, Math.max(0, p - 40), -1), widen(text, Math.min(text.length, p + 40), 1));
      let i = 0;
      while (i < t.count && (t.end[i] as number) < p) i++;
      if ((t.end[i] as number) !== p) continue;
      // "19-2016/NQ-CP": the number is two tokens before the year.
      if (i >= 2 && t.key[i - 1] === '-' && /^(19|20)[0-9]{2}$/.test(t.key[i] as string)) i -= 2;
      const span = citationAt(t, i);
      if (!span || (t.start[span.first] as number) < covered) continue;
      const c = span.citation;
      const id =
        this.g.documents.get(documentKey(c.number, c.year, c.code)) ??
        (c.year ? this.g.documents.get(documentKey(c.number, undefined, c.code)) : undefined) ??
        this.g.citationCodes.get(c.code) ??
        this.g.citationCodes.get(`${c.type}-*`);
      if (!id) continue;
      const start = t.start[span.first] as number;
      const end = t.end[span.last] as number;
      out.push({ start, end, text: text.slice(start, end), id, form: documentKey(c.number, c.year, c.code), citation: c });
      covered = end;
    }
    return out;
  }
}

/** After a slash, what a document code can start with, possibly after a year: "2018/NĐ-CP", "QĐ-TTg". */
function looksLikeCode(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j < i + 4 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j === i + 4 && text[j] === '/') j++;
  return 'NQTCKV'.includes(text[j] ?? '_');
}

/** Widens a match over a closing quote when its opening quote is inside ("Bộ phận “một cửa”"). */
function closeQuote(text: string, start: number, end: number): number {
  const surface = text.slice(start, end);
  const next = text[end];
  if (next === '”' && surface.includes('“') && !surface.includes('”')) return end + 1;
  if (next === '"' && (surface.split('"').length - 1) % 2 === 1) return end + 1;
  return end;
}

/**
 * Finds the glossary's terms and legal citations in `text`: leftmost-longest, non-overlapping, whole
 * syllables. One fast pass hashes every token and walks a trie of token hashes (its depth is bounded
 * by the longest form, so the cost does not grow with the number of entries); only where a form may
 * end does the exact pass tokenize a small window and check keys, case and context rules.
 */
export function findTerms(text: string, g: CompiledGlossary): TermMatch[] {
  const search = new Search(text, g);
  const citations = search.citations();
  const defs = search.definitions();
  const out: TermMatch[] = [];
  let c = 0;
  const sc = new HashScanner(text);
  while (sc.next()) {
    if (!g.starts.has(sc.hash)) continue;
    // Never read past the array's end in this loop: V8 makes out-of-bounds reads slow.
    while (c < citations.length && (citations[c] as TermMatch).end <= sc.start) c++;
    const cite = c < citations.length ? citations[c] : undefined;
    if (cite && cite.start <= sc.start) {
      sc.pos = cite.end;
      continue;
    }
    let node = g.hashRoot.next.get(sc.hash) as HashNode;
    // Walk as deep as the hashes go, remembering whether any form can end on the way.
    const start = sc.start;
    const resume = sc.pos;
    let canEnd = node.end;
    let deepest = sc.end;
    while (node.next.size > 0 && sc.next()) {
      const child: HashNode | undefined = node.next.get(sc.hash);
      if (!child) break;
      node = child;
      deepest = sc.end;
      canEnd ||= node.end;
    }
    sc.pos = resume;
    if (!canEnd) continue;
    // Exact pass: a phrase may not run into the next citation.
    const limitAt = cite ? cite.start : Number.POSITIVE_INFINITY;
    const exactPass = (window?: number) => {
      const t = search.forward(start, deepest, window);
      let limit = 0;
      while (limit + 1 < t.count && (t.end[limit + 1] as number) <= limitAt) limit++;
      return { t, hit: search.longestAt(t, 0, limit) };
    };
    let { t, hit } = exactPass();
    if (search.short) ({ t, hit } = exactPass(WIDE_WINDOW));
    if (!hit) continue;
    let id: string | null = hit.form.id;
    const abbr = hit.form.exact?.length === 1 ? (hit.form.exact[0] as string) : undefined;
    if (abbr !== undefined && defs.has(abbr)) id = defs.get(abbr) ?? null;
    const end = closeQuote(text, start, t.end[hit.last] as number);
    if (id) {
      const match: TermMatch = { start, end, text: text.slice(start, end), id, form: hit.form.text };
      if (hit.form.note) match.note = hit.form.note;
      out.push(match);
    }
    sc.pos = end;
  }
  // Citations were kept out of phrase matches; put both in text order.
  return citations.length === 0 ? out : [...out, ...citations].sort((a, b) => a.start - b.start);
}
