/**
 * Character classes and lower-casing as lookup tables, shared by the tokenizer and the fast scanner so
 * both split text at exactly the same places. Every code unit is classified and lower-cased on first
 * sight, not at start: filling the 64 K tables eagerly (65,536 `toLowerCase` calls, 12,288 RegExp
 * tests) cost every page about 15 ms before it read a word (issue 12), while a page uses a few hundred
 * distinct characters. Letters past U+2FFF are "slow" words: normalised properly, and never part of a
 * glossary form anyway.
 */

export enum Cls {
  Space = 0,
  /** A letter, digit or mark that needs nothing beyond lower-casing (precomposed Vietnamese included). */
  Word = 1,
  /** Part of a word but needs normalisation: combining marks, the Eth look-alike of Đ. */
  WordSlow = 2,
  /** Soft hyphen and zero-width characters: ignored inside words. */
  Ignorable = 3,
  Quote = 4,
  Punct = 5,
  LineBreak = 6,
}

/**
 * Lower-case code unit (or the unit itself); dashes fold to "-", fraction slashes to "/". Valid only once
 * the unit's class is known (read it through `lowerOf`, or after `classOf`/`learnClass`).
 */
export const LOWER = new Uint16Array(65536);
/**
 * The class and lower case of every code unit in one look-up, for the fast scanner and `classOf`: for a
 * plain word character its lower-cased code (always ≥ 0x30), otherwise FOLD_CLASS + its class (< 0x30),
 * or FOLD_UNKNOWN (0) when not looked at yet. Zero for "unknown" so that the tables need no filling at
 * start (a fresh typed array is zeros), and no separate class table.
 */
export const FOLD = new Uint16Array(65536);
export const FOLD_UNKNOWN = 0;
export const FOLD_CLASS = 8;

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
const QUOTES = '"\'“”„‟«»‘’‚‛‹›「」';
const DASHES = '‐‑‒–—―−﹘﹣－';
const SLOW_LETTERS = 'ÐðƉɖ';

/**
 * The class by Unicode properties: the definition. The page asks it only for code units outside the
 * ranges `commonClass` knows (the RegExps are compiled on that first use: compiling them cost every
 * page a few ms, issue 12).
 */
export function classifyByProperties(code: number): Cls {
  const ch = String.fromCharCode(code);
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85) return Cls.LineBreak;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return Cls.Ignorable;
  // Surrogate halves: no Vietnamese term contains an astral character.
  if (code >= 0xd800 && code <= 0xdfff) return Cls.Punct;
  if (SLOW_LETTERS.includes(ch) || MARK.test(ch)) return Cls.WordSlow;
  if (WORD.test(ch)) return code < 0x3000 ? Cls.Word : Cls.WordSlow;
  if (SPACE.test(ch)) return Cls.Space;
  if (QUOTES.includes(ch)) return Cls.Quote;
  return Cls.Punct;
}

/** Latin-1's letters and numbers below U+00C0: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_WORD = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The class of a code unit in the ranges Vietnamese pages are written in (ASCII, Latin-1, Latin
 * Extended-A/B, IPA, combining marks, Latin Extended Additional with Vietnamese, general punctuation,
 * common symbols), by explicit ranges; -1 outside them. char-classes.test.ts compares it with `classifyByProperties` on
 * every code unit, so the two cannot drift.
 */
export function commonClass(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))
      return Cls.Word;
    if (code === 0x0a || code === 0x0d) return Cls.LineBreak;
    if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) return Cls.Space;
    if (code === 0x22 || code === 0x27) return Cls.Quote;
    return Cls.Punct;
  }
  if (code < 0x100) {
    if (code === 0xd0 || code === 0xf0) return Cls.WordSlow; // Ð ð
    if (code >= 0xc0) return code === 0xd7 || code === 0xf7 ? Cls.Punct : Cls.Word; // × ÷
    if (LATIN1_WORD.has(code)) return Cls.Word;
    if (code === 0x85) return Cls.LineBreak;
    if (code === 0xa0) return Cls.Space;
    if (code === 0xad) return Cls.Ignorable;
    if (code === 0xab || code === 0xbb) return Cls.Quote; // « »
    return Cls.Punct;
  }
  // Latin Extended-A and -B, IPA: letters; Ɖ and ɖ look like Đ/đ and are normalised.
  if (code < 0x2b0) return code === 0x189 || code === 0x256 ? Cls.WordSlow : Cls.Word;
  if (code >= 0x300 && code < 0x370) return Cls.WordSlow; // combining marks
  if (code >= 0x1e00 && code < 0x1f00) return Cls.Word; // Latin Extended Additional: Vietnamese
  if (code >= 0x2000 && code < 0x2070) {
    if (code <= 0x200a || code === 0x202f || code === 0x205f) return Cls.Space;
    if (code <= 0x200d || code === 0x2060) return Cls.Ignorable;
    if ((code >= 0x2018 && code <= 0x201f) || code === 0x2039 || code === 0x203a) return Cls.Quote;
    if (code === 0x2028 || code === 0x2029) return Cls.LineBreak;
    return Cls.Punct;
  }
  // Arrows, box drawing, shapes and symbols (★ ☎ in bylines), surrogate halves (emoji): no letters.
  if ((code >= 0x2190 && code < 0x2200) || (code >= 0x2500 && code < 0x2700) || (code >= 0xd800 && code < 0xe000))
    return Cls.Punct;
  if (code >= 0xfe00 && code < 0xfe10) return Cls.WordSlow; // variation selectors (after emoji): marks
  return -1;
}

function classify(code: number): Cls {
  const cls = commonClass(code);
  return cls >= 0 ? cls : classifyByProperties(code);
}

function lowerCase(code: number): number {
  if (DASHES.includes(String.fromCharCode(code))) return 0x2d;
  if (code === 0x2044 || code === 0x2215) return 0x2f;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Fills the class and lower case of a code unit seen for the first time. */
export function learnClass(code: number): Cls {
  const cls = classify(code);
  const lower = lowerCase(code);
  LOWER[code] = lower;
  FOLD[code] = cls === Cls.Word ? lower : FOLD_CLASS + cls;
  return cls;
}

/** The class of a UTF-16 code unit. */
export function classOf(code: number): Cls {
  const f = FOLD[code] as number;
  if (f === FOLD_UNKNOWN) return learnClass(code);
  return f >= 0x30 ? Cls.Word : ((f - FOLD_CLASS) as Cls);
}

/** Lower-cased code unit, as the fast hash reads it. */
export function lowerOf(code: number): number {
  if (FOLD[code] === FOLD_UNKNOWN) learnClass(code);
  return LOWER[code] as number;
}

/** The key a punctuation character is compared on. */
export function punctKey(ch: string): string {
  return String.fromCharCode(lowerOf(ch.charCodeAt(0)));
}

/** Hash step over lower-cased code units; the fast scanner and the key hash must agree. */
export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

export const HASH_SEED = 7;

/** Hash of a normalised key string, equal to the fast scanner's hash of a plain spelling of it. */
export function hashKey(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, lowerOf(key.charCodeAt(i)));
  return h;
}
