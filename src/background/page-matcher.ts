import readPacked from 'cchc:packed-glossary';
import browser from 'webextension-polyfill';
import { lazyGlossary, type PackedGlossary, packedEntries } from '../glossary/packed-glossary.ts';
import { OWN_TERMS_KEY } from '../shared/own-terms.ts';
import { ownTermsKey } from '../shared/own-terms-key.ts';
import { glossaryMatcher, type TermMatcher } from '../shared/term-matcher.ts';

/**
 * The one matcher every page's content script asks (issue 12): the glossary is parsed and its tries
 * grow once per wake of the background, not once per page, and the page's thread never runs the matcher.
 * Each request names the own terms its page matches with (`ownTermsKey`); when the background's copy
 * differs, it reads the stored list again, so a page that just learnt of a change is never answered
 * with the list before it.
 */
let packed: PackedGlossary | undefined;
let current: { key: string; matcher: TermMatcher } | undefined;
/** The stored list being read again: requests meanwhile wait for it rather than read it too. */
let reading: Promise<{ key: string; matcher: TermMatcher }> | undefined;

function newMatcher(): TermMatcher {
  packed ??= readPacked();
  const p = packed;
  // A fresh unpacked glossary per list of own terms: own entries are added into it (withOwnEntries).
  return glossaryMatcher({ glossary: () => lazyGlossary(p), entries: () => packedEntries(p) });
}

/** The matcher for the own terms of `key`, as stored now. */
export async function pageMatcher(key: string): Promise<TermMatcher> {
  if (current?.key === key) return current.matcher;
  reading ??= (async () => {
    try {
      const stored = (await browser.storage.local.get(OWN_TERMS_KEY))[OWN_TERMS_KEY];
      const key = ownTermsKey(stored);
      const matcher = current && current.key === key ? current.matcher : newMatcher();
      await matcher.useOwn(stored);
      current = { key, matcher };
      return current;
    } finally {
      reading = undefined;
    }
  })();
  // The stored list may already differ from the page's (it changed again): the page hears of that and asks again.
  return (await reading).matcher;
}
