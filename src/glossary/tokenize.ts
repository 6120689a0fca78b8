import { Cls, classOf, punctKey } from './char-classes.ts';
import { normalizeSyllable } from './normalize-syllable.ts';

/**
 * Text split into syllables and punctuation, each with its place in the ORIGINAL string.
 *
 * Matching happens on these tokens, so every match maps back to `original.slice(start, end)` exactly,
 * whatever normalisation the keys went through (NFD input, NBSP, Eth, zero-width characters …).
 * Struct-of-arrays of small integers: cheap to build for the many small windows the exact pass reads.
 */
export interface Tokens {
  count: number;
  /** UTF-16 index of the token's first code unit in the original string. */
  start: number[];
  /** UTF-16 index just past the token's last code unit. */
  end: number[];
  /** Normalised and lower-cased: what phrases are compared on. */
  key: string[];
  /** Normalised with case kept: what abbreviations are compared on. */
  exact: string[];
  /** 1 for a syllable (letters, marks, digits), 0 for punctuation. */
  word: number[];
}

/** Syllables repeat a lot (Vietnamese has a few thousand); normalising each spelling once is enough. */
const cache = new Map<string, [exact: string, key: string]>();
const CACHE_LIMIT = 50_000;

/** The normalised spellings of one raw syllable: case kept, and lower-cased. */
export function syllableKeys(raw: string): [string, string] {
  let hit = cache.get(raw);
  if (!hit) {
    const exact = normalizeSyllable(raw);
    hit = [exact, exact.toLowerCase()];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, hit);
  }
  return hit;
}

/** Where the word starting at `i` ends: letters, marks and digits, with ignorables inside (not at the end). */
export function wordEnd(text: string, i: number, to: number): number {
  let last = i;
  for (let j = i + 1; j < to; j++) {
    const c = classOf(text.charCodeAt(j));
    if (c === Cls.Word || c === Cls.WordSlow) last = j;
    else if (c !== Cls.Ignorable) break;
  }
  return last + 1;
}

/**
 * Splits `text[from, to)` into tokens with offsets into the whole `text`; spaces (NBSP and other
 * Unicode spaces too) and quotes separate tokens but are not tokens themselves.
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const word: number[] = [];
  const key: string[] = [];
  const exact: string[] = [];

  let i = from;
  while (i < to) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === Cls.Word || cls === Cls.WordSlow) {
      const e = wordEnd(text, i, to);
      const [ex, k] = syllableKeys(text.slice(i, e));
      start.push(i);
      end.push(e);
      word.push(1);
      exact.push(ex);
      key.push(k);
      i = e;
      continue;
    }
    if (cls === Cls.Punct) {
      const k = punctKey(text[i] as string);
      start.push(i);
      end.push(i + 1);
      word.push(0);
      exact.push(k);
      key.push(k);
    }
    i++;
  }
  return { count: start.length, start, end, key, exact, word };
}
