import { fromWire } from '../shared/found-terms-wire.ts';
import {
  type BackgroundRequest,
  type BackgroundResponse,
  MAX_SELECTION,
  MAX_TEXT_TO_MATCH,
} from '../shared/messages-to-background.ts';
import { ownTermsKey } from '../shared/own-terms-key.ts';
import type { FoundTerms, TermMatcher } from '../shared/term-matcher.ts';

type Send = <R extends BackgroundRequest>(request: R) => Promise<BackgroundResponse<R['type']>>;

/**
 * The content script's matcher: each text goes to the background, which matches it with the glossary it
 * keeps parsed for every page (background/page-matcher.ts). The page carries neither the glossary nor the
 * matcher, and spends nothing on them (issue 12). The own terms are named by their fingerprint; the
 * background reads the stored list itself.
 */
export function backgroundMatcher(send: Send): TermMatcher {
  let own = '';
  // Asked twice at most: a Chromium service worker stopped just as the message came answers nothing
  // ("The message port closed before a response was received"); the second message starts it afresh.
  const ask: Send = (request) => send(request).catch(() => send(request));
  return {
    async useOwn(stored: unknown) {
      own = ownTermsKey(stored);
    },
    find: async (text) => {
      if (text.length <= MAX_TEXT_TO_MATCH) return fromWire(await ask({ type: 'find-terms', text, own }), text);
      // One block longer than a request may carry (a whole book in one <pre>): matched in pieces, so a
      // term that straddles two pieces is missed rather than the whole page.
      const found: FoundTerms = { matches: [], entries: [] };
      for (let at = 0; at < text.length; at += MAX_TEXT_TO_MATCH) {
        const piece = text.slice(at, at + MAX_TEXT_TO_MATCH);
        const part = fromWire(await ask({ type: 'find-terms', text: piece, own }), piece);
        for (const m of part.matches) found.matches.push({ ...m, start: m.start + at, end: m.end + at });
        found.entries.push(...part.entries);
      }
      return found;
    },
    // A selection longer than a request may carry names no term (the page then offers nothing to add).
    termOf: async (text) =>
      text.length > MAX_SELECTION
        ? undefined
        : ((await ask({ type: 'term-of-selection', text, own })).found ?? undefined),
  };
}
