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

/** Class of every UTF-16 code unit; UNKNOWN means "not looked at yet" (filled on first sight). */
export const CLASS = new Uint8Array(65536);
/**
 * Lower-case code unit (or the unit itself); dashes fold to "-", fraction slashes to "/". Valid only once
 * the unit's class is known (read it through `lowerOf`, or after `classOf`/`learnClass`).
 */
export const LOWER = new Uint16Array(65536);
export const UNKNOWN = 255;
/**
 * The fast scanner's single look-up: for a plain word character its lower-cased code (always ≥ 0x30),
 * otherwise its class number (< 8), or FOLD_UNKNOWN when not looked at yet.
 */
export const FOLD = new Uint16Array(65536);
export const FOLD_UNKNOWN = 7;

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
const QUOTES = '"\'“”„‟«»‘’‚‛‹›「」';
const DASHES = '‐‑‒–—―−﹘﹣－';
const SLOW_LETTERS = 'ÐðƉɖ';

function classify(code: number): Cls {
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

function lowerCase(code: number): number {
  if (DASHES.includes(String.fromCharCode(code))) return 0x2d;
  if (code === 0x2044 || code === 0x2215) return 0x2f;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Fills the class and lower case of a code unit seen for the first time. */
export function learnClass(code: number): Cls {
  const cls = classify(code);
  CLASS[code] = cls;
  LOWER[code] = lowerCase(code);
  FOLD[code] = cls === Cls.Word ? (LOWER[code] as number) : cls;
  return cls;
}

CLASS.fill(UNKNOWN);
FOLD.fill(FOLD_UNKNOWN);

/** The class of a UTF-16 code unit. */
export function classOf(code: number): Cls {
  const cls = CLASS[code] as number;
  return cls === UNKNOWN ? learnClass(code) : (cls as Cls);
}

/** Lower-cased code unit, as the fast hash reads it. */
export function lowerOf(code: number): number {
  if (CLASS[code] === UNKNOWN) learnClass(code);
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
