/**
 * A short fingerprint of the stored own terms (the value under `OWN_TERMS_KEY`, as storage gives it):
 * the content script sends it with each text to match, and the background, whose copy may be older or
 * newer, reads the stored list again when its own differs (background/page-matcher.ts). Neither side
 * needs to check the list for it: the page never parses own terms. Empty for none. FNV-1a over the
 * value's JSON: not a secret, only a cheap way to tell two lists apart.
 */
export function ownTermsKey(stored: unknown): string {
  if (stored === undefined || (Array.isArray(stored) && stored.length === 0)) return '';
  const json = JSON.stringify(stored) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length}:${(hash >>> 0).toString(36)}`;
}
