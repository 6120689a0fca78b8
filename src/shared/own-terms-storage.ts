import browser from 'webextension-polyfill';
import type { Entry } from '../glossary/types.ts';
import { readOwnTerms } from './check-own-entries.ts';
import { OWN_TERMS_KEY } from './own-terms.ts';

/** The stored own terms (corrupt entries dropped, and counted in `dropped`). */
export async function loadOwnTerms(): Promise<{ entries: Entry[]; dropped: number }> {
  const stored = await browser.storage.local.get(OWN_TERMS_KEY);
  const result = readOwnTerms(stored[OWN_TERMS_KEY]);
  if (result.dropped > 0)
    console.warn(`[Thuật ngữ CCHC] ${result.dropped} stored own term(s) not understood, left out`);
  return result;
}

/** Stores the whole list in one write (an empty list removes the key: only changes are stored). */
export async function saveOwnTerms(entries: readonly Entry[]): Promise<void> {
  if (entries.length === 0) await browser.storage.local.remove(OWN_TERMS_KEY);
  else await browser.storage.local.set({ [OWN_TERMS_KEY]: entries });
}

/** Calls `listener` with the own terms whenever they change (in any context). */
export function onOwnTermsChanged(listener: (entries: Entry[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.hasOwn(changes, OWN_TERMS_KEY)) return;
    listener(readOwnTerms(changes[OWN_TERMS_KEY]?.newValue).entries);
  });
}
