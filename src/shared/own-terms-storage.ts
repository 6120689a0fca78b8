import browser from 'webextension-polyfill';
import type { Entry } from '../glossary/types.ts';
import { readOwnTerms, readOwnTermsInSlices } from './check-own-entries.ts';
import { OWN_TERMS_KEY } from './own-terms.ts';

/** How a reader of a large list gives the thread back (the content script: to the page it runs on). */
export interface Slicing {
  pause(): Promise<void>;
  now(): number;
  sliceMs: number;
}

/**
 * The stored own terms (corrupt entries dropped, and counted in `dropped`); with `slicing`, checked in
 * slices that give the thread back between them.
 */
export async function loadOwnTerms(slicing?: Slicing): Promise<{ entries: Entry[]; dropped: number }> {
  return ownTermsFrom(await browser.storage.local.get(OWN_TERMS_KEY), slicing);
}

/** The own terms in values read from storage (with `OWN_TERMS_KEY` among the keys), checked as `loadOwnTerms` does. */
export async function ownTermsFrom(
  stored: Record<string, unknown>,
  slicing?: Slicing,
): Promise<{ entries: Entry[]; dropped: number }> {
  const result = slicing
    ? await readOwnTermsInSlices(stored[OWN_TERMS_KEY], slicing)
    : readOwnTerms(stored[OWN_TERMS_KEY]);
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

/**
 * Calls `listener` with the own terms whenever they change (in any context); with `slicing`, checked in
 * slices, and only the latest change is reported when a newer one arrives while one is being checked.
 */
export function onOwnTermsChanged(listener: (entries: Entry[]) => void, slicing?: Slicing): void {
  let latest = 0;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.hasOwn(changes, OWN_TERMS_KEY)) return;
    const value = changes[OWN_TERMS_KEY]?.newValue;
    if (!slicing) {
      listener(readOwnTerms(value).entries);
      return;
    }
    const change = ++latest;
    void readOwnTermsInSlices(value, slicing).then(({ entries }) => {
      if (change === latest) listener(entries);
    });
  });
}
