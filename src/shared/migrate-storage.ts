import browser from 'webextension-polyfill';
import { settingNames } from './settings-values.ts';
import { migrateStored, QUARANTINE_PREFIX, quarantinedKeys } from './stored-format.ts';

/**
 * Brings the store to the current format (stored-format.ts) and returns the keys whose original value
 * is now kept aside. Run by the background alone (in its queue), on install and update, at browser
 * start and when an extension page asks (`migrate-storage`) before reading. The converted values, the
 * quarantined originals and the version go in one `set`; only then are the keys left empty removed, so
 * an interruption leaves more, never less.
 */
export async function migrateStorage(): Promise<string[]> {
  const stored = await browser.storage.local.get(null);
  const changes = migrateStored(stored);
  if (!changes) return [];
  await browser.storage.local.set(changes.set);
  if (changes.remove.length > 0) await browser.storage.local.remove(changes.remove);
  if (changes.quarantined.length > 0) {
    console.warn(`[Thuật ngữ CCHC] stored values kept aside, not converted in full: ${changes.quarantined.join(', ')}`);
  }
  return changes.quarantined;
}

/** The stored keys with a value kept aside (`quarantine.<key>`), settings first in their order. */
export async function loadQuarantined(): Promise<string[]> {
  const keys = quarantinedKeys(await browser.storage.local.get(null));
  const order = (key: string) => {
    const i = (settingNames as string[]).indexOf(key);
    return i === -1 ? settingNames.length : i;
  };
  return keys.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Deletes every value kept aside: the reader's say, from the options page's notice. */
export async function deleteQuarantined(): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(QUARANTINE_PREFIX));
  if (keys.length > 0) await browser.storage.local.remove(keys);
}
