/**
 * Normalisation of one Vietnamese syllable (a run of letters, marks and digits).
 *
 * Two spellings that a reader sees as the same word must give the same key: composed and decomposed
 * marks, the Latin Eth look-alike of Đ, and old/new tone placement on open oa/oe/uy syllables.
 * Tones themselves stay: "cửa", "của" and "cua" are three different keys.
 */

/** Characters an editor leaves inside words that carry no meaning: soft hyphen, zero-width, BOM. */
export const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const ETH_TO_D: Record<string, string> = { Ð: 'Đ', ð: 'đ', Ɖ: 'Đ', ɖ: 'đ' };
const ETH = /[ÐðƉɖ]/g;

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;

/** For each toned vowel used in open oa/oe/uy syllables: its bare letter and its tone mark. */
const TONED = new Map<string, { bare: string; tone: string }>();
/** For a bare first vowel and a tone mark, the composed toned vowel. */
const WITH_TONE = new Map<string, string>();
for (const bare of ['a', 'e', 'y', 'o', 'u', 'A', 'E', 'Y', 'O', 'U']) {
  for (const tone of TONES) {
    const composed = (bare + tone).normalize('NFC');
    TONED.set(composed, { bare, tone });
    WITH_TONE.set(bare + tone, composed);
  }
}

/** Second vowels of the open syllables whose tone placement varies, keyed by the first vowel. */
const PAIRS: Record<string, string> = { o: 'ae', u: 'y' };

/**
 * Moves the tone of an open oa/oe/uy syllable onto the first vowel ("hoá" → "hóa", "thuỷ" → "thủy",
 * "Uỷ" → "Ủy"): both placements are correct Vietnamese and both occur in news text. "qu" + y keeps
 * its tone on y ("quý"), because there "u" belongs to the consonant.
 */
function unifyTonePlacement(word: string): string {
  const n = word.length;
  if (n < 2) return word;
  const last = word[n - 1] as string;
  const toned = TONED.get(last);
  if (!toned) return word;
  const first = word[n - 2] as string;
  const seconds = PAIRS[first.toLowerCase()];
  if (!seconds?.includes(toned.bare.toLowerCase())) return word;
  if (n >= 3 && word[n - 3]?.toLowerCase() === 'q') return word;
  const movedFirst = WITH_TONE.get(first + toned.tone);
  if (!movedFirst) return word;
  return word.slice(0, n - 2) + movedFirst + toned.bare;
}

/** True when the string has nothing that NFC, the Eth map or ignorables could change. */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Combining marks, Eth/Đ look-alikes, soft hyphen and zero-width characters all need the slow path.
    if (
      (c >= 0x300 && c <= 0x36f) ||
      c === 0xd0 ||
      c === 0xf0 ||
      c === 0x189 ||
      c === 0x256 ||
      c === 0xad ||
      (c >= 0x200b && c <= 0x200d) ||
      c === 0x2060 ||
      c === 0xfeff
    ) {
      return false;
    }
  }
  return true;
}

/** The canonical spelling of one syllable, case kept. */
export function normalizeSyllable(raw: string): string {
  let word = raw;
  if (!isPlain(word)) {
    word = word
      .replace(IGNORABLE, '')
      .normalize('NFC')
      .replace(ETH, (c) => ETH_TO_D[c] ?? c);
  }
  return unifyTonePlacement(word);
}

/** The first letter of a syllable without its marks, capitalised ("Ủy" → "U", "đồng" → "Đ"). */
export function initialOf(syllable: string): string {
  const first = syllable.normalize('NFD')[0] ?? '';
  return first.toUpperCase();
}

/**
 * The other tone placement of a canonical open oa/oe/uy syllable ("hóa" → "hoá"), or null: the fast
 * scanner hashes raw spellings, so the hash trie carries both.
 */
export function otherTonePlacement(key: string): string | null {
  const n = key.length;
  if (n < 2) return null;
  const toned = TONED.get(key[n - 2] as string);
  const second = key[n - 1] as string;
  if (!toned || !PAIRS[toned.bare.toLowerCase()]?.includes(second.toLowerCase())) return null;
  if (n >= 3 && key[n - 3]?.toLowerCase() === 'q') return null;
  const moved = WITH_TONE.get(second + toned.tone);
  return moved ? key.slice(0, n - 2) + toned.bare + moved : null;
}
