import browser from 'webextension-polyfill';
import {
  catalogLanguage,
  defaultsFor,
  isDefault,
  quarantineBeforeSave,
  quarantineKey,
  readSettings,
  type SettingName,
  type Settings,
  settingNames,
} from './settings-values.ts';

/**
 * This browser's defaults: they follow the extension's UI language, the catalog the browser picked from
 * src/_locales (en for an English browser, any other falls back to the default vi). Read from
 * `getUILanguage()`, not from the catalog's `lang` string: a content script's first `getMessage` loads
 * the whole catalog, 10 to 50 ms of every page's start (issue 12), while the page needs no string
 * until the reader opens an explanation.
 */
function defaults(): Readonly<Settings> {
  return defaultsFor(catalogLanguage(browser.i18n.getUILanguage()));
}

export {
  type ColorScheme,
  defaultSettings,
  type HighlightStyle,
  isSiteEnabled,
  type SettingName,
  type Settings,
  settingNames,
  siteOf,
} from './settings-values.ts';

/** The settings in values read from storage (the keys `settingNames`), defaults filled in, corrupt ones named. */
export function settingsFrom(stored: Record<string, unknown>): { settings: Settings; invalid: SettingName[] } {
  const result = readSettings(stored, defaults());
  if (result.invalid.length > 0) {
    console.warn(`[Thuật ngữ CCHC] stored settings not understood, defaults used: ${result.invalid.join(', ')}`);
  }
  return result;
}

/** The settings now, defaults filled in, and the names of stored values that were corrupt. */
export async function loadSettingsChecked(): Promise<{ settings: Settings; invalid: SettingName[] }> {
  return settingsFrom(await browser.storage.local.get(settingNames));
}

/** The settings now, defaults filled in (for corrupt stored values too). */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsChecked()).settings;
}

/** Stores one setting; a default value is removed from storage instead, so only changes are kept. */
export async function saveSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<void> {
  // A corrupt stored value is kept aside before anything overwrites it (settings-values.ts).
  const kept = quarantineBeforeSave(name, await browser.storage.local.get([name, quarantineKey(name)]));
  if (kept) await browser.storage.local.set(kept);
  if (isDefault(name, value, defaults())) await browser.storage.local.remove(name);
  else await browser.storage.local.set({ [name]: value });
}

/** Calls `listener` with the new settings whenever one of them changes. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.keys(changes).some((key) => (settingNames as string[]).includes(key))) return;
    loadSettings().then(listener, () => {});
  });
}
