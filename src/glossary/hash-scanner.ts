import { CLASS, HASH_SEED, hashKey, LOWER, learnClass, UNKNOWN } from './char-classes.ts';
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

  /**
   * Reads the next token into start/end/hash/word; false at the end of the range. With `only`, skips
   * every token whose hash is not in it, inside this one loop: that is the whole fast pass.
   */
  next(only?: IntSet): boolean {
    const text = this.text;
    const to = this.to;
    let i = this.pos;
    while (i < to) {
      const code = text.charCodeAt(i);
      let cls = CLASS[code] as number;
      if (cls === UNKNOWN) cls = learnClass(code);
      // Literal class numbers (Cls.Word = 1, WordSlow = 2, Ignorable = 3, Punct = 5): this is the
      // hottest loop of the extension, and an imported enum costs a property load here.
      if (cls === 1 || cls === 2) {
        let slow = cls === 2;
        let h = (Math.imul(HASH_SEED, 31) + (LOWER[code] as number)) | 0;
        let last = i;
        let j = i + 1;
        for (; j < to; j++) {
          const c = text.charCodeAt(j);
          let k = CLASS[c] as number;
          if (k === UNKNOWN) k = learnClass(c);
          if (k === 1) {
            h = (Math.imul(h, 31) + (LOWER[c] as number)) | 0;
            last = j;
          } else if (k === 2) {
            slow = true;
            last = j;
          } else if (k === 3) slow = true;
          else break;
        }
        const end = last + 1;
        if (slow) h = hashKey(syllableKeys(text.slice(i, end))[1]);
        if (only && !only.has(h)) {
          i = j;
          continue;
        }
        this.start = i;
        this.end = end;
        this.hash = h;
        this.word = 1;
        this.pos = end;
        return true;
      }
      if (cls === 5) {
        const h = (Math.imul(HASH_SEED, 31) + (LOWER[code] as number)) | 0;
        if (only && !only.has(h)) {
          i++;
          continue;
        }
        this.start = i;
        this.end = i + 1;
        this.hash = h;
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
 * A set of int32 hashes with open addressing: the test "can a term start with this token?" runs
 * once per token, and a typed-array probe costs a fraction of a Map look-up.
 */
export class IntSet {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(values: Iterable<number>) {
    const list = [...values];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (const v of list) {
      let i = (v ^ (v >>> 15)) & this.mask;
      while (this.used[i] && this.keys[i] !== v) i = (i + 1) & this.mask;
      this.keys[i] = v;
      this.used[i] = 1;
    }
  }

  has(v: number): boolean {
    let i = (v ^ (v >>> 15)) & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === v) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}
