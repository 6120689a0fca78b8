import { FOLD, FOLD_UNKNOWN, HASH_SEED, hashKey, LOWER, learnClass } from './char-classes.ts';
import { otherTonePlacement } from './normalize-syllable.ts';
import { syllableKeys } from './tokenize.ts';

/**
 * The fast first pass: walks the text token by token computing an integer hash of each token's key
 * without creating strings, so the cost per character is a few table look-ups. It splits text exactly
 * as `tokenize` does; only tokens that need normalisation (combining marks, Eth, zero-width
 * characters) take the slow path through `syllableKeys`.
 */
export class HashScanner {
  /** Where the next token search starts. */
  pos: number;
  start = 0;
  end = 0;
  hash = 0;
  /** 1 when the token is a syllable, 0 for punctuation. */
  word = 0;

  constructor(
    private readonly text: string,
    from = 0,
    private readonly to = text.length,
  ) {
    this.pos = from;
  }

  /** Moves the scanner; the next `next()` starts reading there. */
  seek(pos: number): void {
    this.pos = pos;
    this.prevStart = -1;
  }

  /** The previous token, for the pair test of `nextStart`. */
  private prevStart = -1;
  private prevEnd = 0;
  private prevHash = 0;

  /**
   * The fast pass: moves to the next token where a term may start, without returning for any other
   * token. A term may start at a token whose hash begins a one-token form (`starts.single`), or at the
   * previous token when the two hashes together begin a longer form (`starts.pair`). On true,
   * start/end/hash describe that first token and `pos` is just after it.
   *
   * This is `next()` and the two set tests fused into one loop over local variables: per token, a
   * method call and a few field writes cost more than reading its characters. The word loop is a copy
   * of next()'s on purpose: sharing it through a helper function measured 18% slower on the bench.
   * Change both together.
   */
  nextStart(starts: StartFilter): boolean {
    const text = this.text;
    const to = this.to;
    const single = starts.single;
    const pair = starts.pair;
    let prevStart = this.prevStart;
    let prevEnd = this.prevEnd;
    let prevHash = this.prevHash;
    let i = this.pos;
    while (i < to) {
      const code = text.charCodeAt(i);
      let f = FOLD[code] as number;
      if (f === FOLD_UNKNOWN) {
        learnClass(code);
        f = FOLD[code] as number;
      }
      let start: number;
      let end: number;
      let h: number;
      // f ≥ 0x30: a plain word character, already lower-cased; else FOLD_CLASS (8) + its class:
      // WordSlow 10, Ignorable 11, Punct 13 (literals: an imported constant costs a load here).
      if (f >= 0x30 || f === 10) {
        let slow = f === 10;
        h = (Math.imul(HASH_SEED, 31) + (LOWER[code] as number)) | 0;
        let last = i;
        let j = i + 1;
        for (; j < to; j++) {
          const c = text.charCodeAt(j);
          let k = FOLD[c] as number;
          if (k === FOLD_UNKNOWN) {
            learnClass(c);
            k = FOLD[c] as number;
          }
          if (k >= 0x30) {
            h = (Math.imul(h, 31) + k) | 0;
            last = j;
          } else if (k === 10) {
            slow = true;
            last = j;
          } else if (k === 11) slow = true;
          else break;
        }
        start = i;
        end = last + 1;
        if (slow) h = hashKey(syllableKeys(text.slice(start, end))[1]);
        i = j;
      } else if (f === 13) {
        start = i;
        end = i + 1;
        h = (Math.imul(HASH_SEED, 31) + (LOWER[code] as number)) | 0;
        i++;
      } else {
        i++;
        continue;
      }
      if (prevStart >= 0 && pair.has(pairHash(prevHash, h))) {
        this.start = prevStart;
        this.end = prevEnd;
        this.hash = prevHash;
        this.pos = prevEnd;
        this.prevStart = -1;
        return true;
      }
      if (single.has(h)) {
        this.start = start;
        this.end = end;
        this.hash = h;
        this.pos = end;
        this.prevStart = -1;
        return true;
      }
      prevStart = start;
      prevEnd = end;
      prevHash = h;
    }
    this.pos = to;
    this.prevStart = -1;
    return false;
  }

  /** Reads the next token into start/end/hash/word; false at the end of the range. */
  next(): boolean {
    const text = this.text;
    const to = this.to;
    let i = this.pos;
    while (i < to) {
      const code = text.charCodeAt(i);
      let f = FOLD[code] as number;
      if (f === FOLD_UNKNOWN) {
        learnClass(code);
        f = FOLD[code] as number;
      }
      // The same literals as in nextStart: ≥ 0x30 a plain word character, 10 WordSlow, 11 Ignorable, 13 Punct.
      if (f >= 0x30 || f === 10) {
        let slow = f === 10;
        let h = (Math.imul(HASH_SEED, 31) + (LOWER[code] as number)) | 0;
        let last = i;
        for (let j = i + 1; j < to; j++) {
          const c = text.charCodeAt(j);
          let k = FOLD[c] as number;
          if (k === FOLD_UNKNOWN) {
            learnClass(c);
            k = FOLD[c] as number;
          }
          if (k >= 0x30) {
            h = (Math.imul(h, 31) + k) | 0;
            last = j;
          } else if (k === 10) {
            slow = true;
            last = j;
          } else if (k === 11) slow = true;
          else break;
        }
        const end = last + 1;
        if (slow) h = hashKey(syllableKeys(text.slice(i, end))[1]);
        this.start = i;
        this.end = end;
        this.hash = h;
        this.word = 1;
        this.pos = end;
        return true;
      }
      if (f === 13) {
        this.start = i;
        this.end = i + 1;
        this.hash = (Math.imul(HASH_SEED, 31) + (LOWER[code] as number)) | 0;
        this.word = 0;
        this.pos = i + 1;
        return true;
      }
      i++;
    }
    this.pos = to;
    return false;
  }
}

/** Hash of two consecutive tokens' hashes. */
export function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) | 0;
}

/** Where terms can start, for `HashScanner.nextStart`. */
export interface StartFilter {
  single: IntSet;
  pair: IntSet;
}

/** The start filter of a hash trie: one-token forms, and the first two tokens of longer ones. */
export function startFilter(root: HashNode): StartFilter {
  const single: number[] = [];
  const pair: number[] = [];
  for (const [h1, first] of root.next) {
    if (first.end) single.push(h1);
    for (const h2 of first.next.keys()) pair.push(pairHash(h1, h2));
  }
  return { single: new IntSet(single), pair: new IntSet(pair) };
}

/** A trie over token hashes; `end` marks where some form's last token is. */
export interface HashNode {
  next: Map<number, HashNode>;
  end: boolean;
}

/** Adds a key sequence, with both tone placements of open oa/oe/uy syllables as edges to the same child. */
export function addToHashTrie(root: HashNode, keys: readonly string[]): void {
  let node = root;
  for (const key of keys) {
    const h = hashKey(key);
    let child = node.next.get(h);
    if (!child) {
      child = { next: new Map(), end: false };
      node.next.set(h, child);
    }
    const other = otherTonePlacement(key);
    if (other !== null) node.next.set(hashKey(other), child);
    node = child;
  }
  node.end = true;
}

/**
 * A set of int32 hashes: the test "can a term start here?" runs once or twice per token of the page.
 * A 64-kbit bitset answers most "no"s with one read that stays in the L1 cache however large the
 * glossary grows; open addressing over typed arrays confirms the rest.
 */
export class IntSet {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  private readonly bits = new Uint32Array(2048);

  constructor(values: Iterable<number>) {
    const list = [...values];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (const v of list) {
      const b = Math.imul(v, 0x9e3779b1) >>> 16;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
      let i = (v ^ (v >>> 15)) & this.mask;
      while (this.used[i] && this.keys[i] !== v) i = (i + 1) & this.mask;
      this.keys[i] = v;
      this.used[i] = 1;
    }
  }

  has(v: number): boolean {
    const b = Math.imul(v, 0x9e3779b1) >>> 16;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return false;
    let i = (v ^ (v >>> 15)) & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === v) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}
