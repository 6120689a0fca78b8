import type { Entry } from '../glossary/types.ts';

/**
 * A short fingerprint of a list of own terms: the content script sends it with each text to match, and
 * the background, whose copy may be older or newer, reads the stored list again when its own differs
 * (background/page-matcher.ts). Empty for no own terms. FNV-1a over the list's JSON: not a secret, only
 * a cheap way to tell two lists apart.
 */
export function ownTermsKey(own: readonly Entry[]): string {
  if (own.length === 0) return '';
  const json = JSON.stringify(own);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${own.length}:${json.length}:${(hash >>> 0).toString(36)}`;
}
