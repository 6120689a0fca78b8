import { fromWire } from '../shared/found-terms-wire.ts';
import type { BackgroundRequest, BackgroundResponse } from '../shared/messages-to-background.ts';
import { ownTermsKey } from '../shared/own-terms-key.ts';
import type { TermMatcher } from '../shared/term-matcher.ts';

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
    find: async (text) => fromWire(await ask({ type: 'find-terms', text, own }), text),
    termOf: async (text) => (await ask({ type: 'term-of-selection', text, own })).found ?? undefined,
  };
}
