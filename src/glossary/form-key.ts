import { tokenize } from './tokenize.ts';

/**
 * A surface form as the matcher compares it: its tokens' lower-cased keys, joined. Two forms are "the
 * same form" when these are equal (tone placement, NFD, Eth, quotes, spacing and case do not count).
 */
export function formKey(text: string): string {
  const t = tokenize(text);
  return t.key.slice(0, t.count).join(' ');
}

/** How many syllables (word tokens, not punctuation) a form has. */
export function syllableCount(text: string): number {
  const t = tokenize(text);
  let n = 0;
  for (let i = 0; i < t.count; i++) n += t.word[i] ?? 0;
  return n;
}
