import { punctKey } from './char-classes.ts';
import { type Citation, citationAt } from './citations.ts';
import type { CompiledForm, CompiledGlossary } from './compile-glossary.ts';
import { documentKey } from './document-registry.ts';
import { type HashNode, HashScanner } from './hash-scanner.ts';
import { initialOf } from './normalize-syllable.ts';
import { syllableKeys, type Tokens, tokenize } from './tokenize.ts';
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

/** An abbreviation in brackets: two or more capitals or digits ("BHXH", "TTPVHCC"). */
const ABBREVIATION = /^[A-ZĐ][A-ZĐ0-9]+$/;

/** How far before a candidate `notBefore` rules read (they look a syllable or two back). */
const BEFORE = 48;

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

/**
 * Tokens read on demand from a position: the exact pass starts with the few tokens the hash walk
 * found and reads further only when a rule looks further (`notAfter`), never a whole window.
 */
class LazyTokens implements Tokens {
  count = 0;
  start: number[] = [];
  end: number[] = [];
  key: string[] = [];
  exact: string[] = [];
  word: number[] = [];
  private readonly scanner: HashScanner;

  constructor(
    private readonly text: string,
    from = 0,
  ) {
    this.scanner = new HashScanner(text, from);
  }

  /** Starts over at `from`, keeping the arrays: one instance serves every candidate of a text. */
  reset(from: number): this {
    this.scanner.seek(from);
    this.count = 0;
    this.start.length = 0;
    this.end.length = 0;
    this.key.length = 0;
    this.exact.length = 0;
    this.word.length = 0;
    return this;
  }

  /** Makes token `i` available if the text has it; false at the end of the text. */
  has(i: number): boolean {
    while (this.count <= i) {
      if (!this.scanner.next()) return false;
      const { start, end, word } = this.scanner;
      const [exact, key] = word ? syllableKeys(this.text.slice(start, end)) : punctKeys(this.text[start] as string);
      this.start.push(start);
      this.end.push(end);
      this.exact.push(exact);
      this.key.push(key);
      this.word.push(word);
      this.count++;
    }
    return true;
  }
}

function punctKeys(ch: string): [string, string] {
  const k = punctKey(ch);
  return [k, k];
}

function sequenceAt(t: Tokens, at: number, seq: string[]): boolean {
  if (at < 0) return false;
  if (t instanceof LazyTokens) {
    if (!t.has(at + seq.length - 1)) return false;
  } else if (at + seq.length > t.count) return false;
  for (let k = 0; k < seq.length; k++) if (t.key[at + k] !== seq[k]) return false;
  return true;
}

function hasToken(t: Tokens, j: number): boolean {
  return t instanceof LazyTokens ? t.has(j) : j < t.count;
}

/** Whether any [start, end] pair of `spans` lies outside [from, to). */
function anyOutside(spans: number[], from: number, to: number): boolean {
  for (let k = 0; k < spans.length; k += 2)
    if ((spans[k + 1] as number) <= from || (spans[k] as number) >= to) return true;
  return false;
}

/**
 * The bounds of the line (paragraph) around `at`. Native searches for "\n" only: a text that breaks
 * lines with bare "\r" is one paragraph here, so a paragraph rule may find its context farther away.
 */
function lineAround(text: string, at: number): [number, number] {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return [from, to < 0 ? text.length : to];
}

/**
 * Where any phrase of a hash trie occurs in text[from, to): found by hash, confirmed on the exact
 * keys, reported as [start, end] pairs. `stopOutside` ends the search at the first occurrence that does
 * not overlap [stopOutside[0], stopOutside[1]).
 */
function findPhrases(
  text: string,
  trie: HashNode,
  phrases: string[][],
  from: number,
  to: number,
  stopOutside?: [number, number],
): number[] {
  const found: number[] = [];
  const sc = new HashScanner(text, from, to);
  while (sc.next()) {
    let node = trie.next.get(sc.hash);
    if (!node) continue;
    const start = sc.start;
    const resume = sc.pos;
    let end = -1;
    for (;;) {
      if (node.end) end = sc.end;
      if (node.next.size === 0 || !sc.next()) break;
      const child: HashNode | undefined = node.next.get(sc.hash);
      if (!child) break;
      node = child;
    }
    sc.pos = resume;
    if (end < 0) continue;
    const t = tokenize(text, start, end);
    const keys = t.key.slice(0, t.count).join(' ');
    if (!phrases.some((p) => p.join(' ') === keys)) continue;
    found.push(start, end);
    if (stopOutside && (end <= stopOutside[0] || start >= stopOutside[1])) break;
  }
  return found;
}

/** One search over one text, with the views of it that context rules need, built lazily. */
class Search {
  private inText = new Map<CompiledForm, number[]>();

  constructor(
    readonly text: string,
    readonly g: CompiledGlossary,
  ) {}

  /** Whether a form's case and context rules allow it over the tokens `path` of `t` (in order). */
  allowed(t: Tokens, form: CompiledForm, path: number[]): boolean {
    const first = path[0] as number;
    const last = path[path.length - 1] as number;
    if (form.exact) {
      for (let k = 0; k < form.exact.length; k++) if (t.exact[path[k] as number] !== form.exact[k]) return false;
    }
    for (const seq of form.notAfter) if (sequenceAt(t, last + 1, seq)) return false;
    const start = t.start[first] as number;
    const end = t.end[last] as number;
    if (form.notBefore.length > 0) {
      const before =
        first > 0 && !(t instanceof LazyTokens)
          ? t
          : tokenize(this.text, widen(this.text, Math.max(0, start - BEFORE), -1), start);
      const at = before === t ? first : before.count;
      for (const seq of form.notBefore) if (sequenceAt(before, at - seq.length, seq)) return false;
    }
    const near = form.requireNear;
    if (near) {
      if (near.scope === 'paragraph') {
        const [from, to] = lineAround(this.text, start);
        if (!anyOutside(findPhrases(this.text, near.trie, near.any, from, to, [start, end]), start, end)) return false;
      } else {
        let spans = this.inText.get(form);
        if (!spans) {
          spans = findPhrases(this.text, near.trie, near.any, 0, this.text.length);
          this.inText.set(form, spans);
        }
        if (!anyOutside(spans, start, end)) return false;
      }
    }
    return true;
  }

  /**
   * The longest allowed form starting at token `first` of `t`, at most `maxTokens` long and not
   * past the text position `limitAt`. A bracketed abbreviation inside a name is stepped over when
   * the name goes on after it: "Bảo hiểm xã hội (BHXH) Việt Nam".
   */
  longestAt(
    t: Tokens,
    first: number,
    maxTokens: number,
    limitAt = Number.POSITIVE_INFINITY,
  ): { form: CompiledForm; path: number[] } | null {
    const ends: { forms: CompiledForm[]; path: number[] }[] = [];
    const path: number[] = [];
    let node = this.g.root;
    for (let j = first; path.length < maxTokens && hasToken(t, j) && (t.end[j] as number) <= limitAt; j++) {
      let child = node.next.get(t.key[j] as string);
      if (
        !child &&
        path.length > 0 &&
        t.key[j] === '(' &&
        hasToken(t, j + 3) &&
        t.key[j + 2] === ')' &&
        ABBREVIATION.test(t.exact[j + 1] as string)
      ) {
        child = (t.end[j + 3] as number) <= limitAt ? node.next.get(t.key[j + 3] as string) : undefined;
        if (child) j += 3;
      }
      if (!child) break;
      node = child;
      path.push(j);
      if (node.forms) ends.push({ forms: node.forms, path: [...path] });
    }
    for (let e = ends.length - 1; e >= 0; e--) {
      const end = ends[e] as { forms: CompiledForm[]; path: number[] };
      for (const form of end.forms) if (this.allowed(t, form, end.path)) return { form, path: end.path };
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
    const sc = new HashScanner(text);
    for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      // Cheap test first: is the next token a known abbreviation?
      sc.pos = p + 1;
      if (!sc.next() || !this.g.abbreviationHashes.has(sc.hash)) continue;
      const inside = tokenize(text, p, Math.min(text.length, sc.end + 2));
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
      const meaning = this.longestAt(t, first, letters.length);
      if (meaning && owners.includes(meaning.form.id)) continue;
      defs.set(abbr, meaning && meaning.path.at(-1) === t.count - 1 ? meaning.form.id : null);
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
      out.push({
        start,
        end,
        text: text.slice(start, end),
        id,
        form: documentKey(c.number, c.year, c.code),
        citation: c,
      });
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
 * end does the exact pass compare normalised keys, case and context rules on the tokens found.
 */
export function findTerms(text: string, g: CompiledGlossary): TermMatch[] {
  const search = new Search(text, g);
  const citations = search.citations();
  const defs = search.definitions();
  const out: TermMatch[] = [];
  let c = 0;
  const sc = new HashScanner(text);
  const t = new LazyTokens(text);
  while (sc.nextStart(g.starts)) {
    // Never read past the array's end in this loop: V8 makes out-of-bounds reads slow.
    while (c < citations.length && (citations[c] as TermMatch).end <= sc.start) c++;
    const cite = c < citations.length ? citations[c] : undefined;
    if (cite && cite.start <= sc.start) {
      sc.seek(cite.end);
      continue;
    }
    // Walk as deep as the hashes go, remembering whether any form can end on the way.
    let node = g.hashRoot.next.get(sc.hash) as HashNode;
    const start = sc.start;
    const resume = sc.pos;
    let canEnd = node.end;
    while (node.next.size > 0 && sc.next()) {
      const child: HashNode | undefined = node.next.get(sc.hash);
      if (!child) break;
      node = child;
      canEnd ||= node.end;
    }
    sc.seek(resume);
    if (!canEnd) continue;
    // Exact pass on the same tokens; a phrase may not run into the next citation.
    t.reset(start);
    const hit = search.longestAt(t, 0, g.maxLength, cite ? cite.start : undefined);
    if (!hit) continue;
    let id: string | null = hit.form.id;
    const abbr = hit.form.exact?.length === 1 ? (hit.form.exact[0] as string) : undefined;
    if (abbr !== undefined && defs.has(abbr)) id = defs.get(abbr) ?? null;
    const end = closeQuote(text, start, t.end[hit.path.at(-1) as number] as number);
    if (id) {
      const match: TermMatch = { start, end, text: text.slice(start, end), id, form: hit.form.text };
      if (hit.form.note) match.note = hit.form.note;
      out.push(match);
    }
    sc.seek(end);
  }
  // Citations were kept out of phrase matches; put both in text order.
  return citations.length === 0 ? out : [...out, ...citations].sort((a, b) => a.start - b.start);
}
