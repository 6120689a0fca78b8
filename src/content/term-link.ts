import type { TermHit } from './term-hit.ts';

/** The link holding a term, if any: a plain click or tap on the term follows it, so the term needs another way in. */
export function linkOf(hit: TermHit): HTMLAnchorElement | null {
  return hit.range.startContainer.parentElement?.closest<HTMLAnchorElement>('a[href]') ?? null;
}
