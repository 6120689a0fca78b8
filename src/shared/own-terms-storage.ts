import browser from 'webextension-polyfill';
import type { Entry } from '../glossary/types.ts';
import { readOwnTerms } from './check-own-entries.ts';
import { changesOwnTerms, OWN_TERMS_KEY } from './own-terms.ts';

/** The stored own terms (corrupt entries dropped, and counted in `dropped`). */
export async function loadOwnTerms(): Promise<{ entries: Entry[]; dropped: number }> {
  const result = readOwnTerms((await browser.storage.local.get(OWN_TERMS_KEY))[OWN_TERMS_KEY]);
  if (result.dropped > 0)
    console.warn(`[Thuật ngữ CCHC] ${result.dropped} stored own term(s) not understood, left out`);
  return result;
}

/** Where a stored own-term list with entries that could not be read is kept, untouched, before it is overwritten. */
export const OWN_TERMS_QUARANTINE_KEY = `quarantine.${OWN_TERMS_KEY}`;

/**
 * Stores the whole list in one write (an empty list removes the key: only changes are stored). When the
 * stored list holds entries that could not be read (an older or damaged shape), it is first copied,
 * unchanged, to `quarantine.ownTerms` (once): writing back the readable ones never loses the rest
 * (the options page says how many were left out).
 */
export async function saveOwnTerms(entries: readonly Entry[]): Promise<void> {
  const stored = await browser.storage.local.get([OWN_TERMS_KEY, OWN_TERMS_QUARANTINE_KEY]);
  const raw = stored[OWN_TERMS_KEY];
  if (raw !== undefined && stored[OWN_TERMS_QUARANTINE_KEY] === undefined && readOwnTerms(raw).dropped > 0) {
    await browser.storage.local.set({ [OWN_TERMS_QUARANTINE_KEY]: raw });
  }
  if (entries.length === 0) await browser.storage.local.remove(OWN_TERMS_KEY);
  else await browser.storage.local.set({ [OWN_TERMS_KEY]: entries });
}

/** Calls `listener` with the own terms whenever they change (in any context). */
export function onOwnTermsChanged(listener: (entries: Entry[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesOwnTerms(changes, area)) listener(readOwnTerms(changes[OWN_TERMS_KEY]?.newValue).entries);
  });
}
