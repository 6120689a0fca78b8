import browser from 'webextension-polyfill';

/** The user's settings; only what the user changed is stored, the rest comes from here. */
export interface Settings {
  /** Highlight only the first occurrence of each term on a page. */
  firstOccurrenceOnly: boolean;
}

export const defaultSettings: Readonly<Settings> = { firstOccurrenceOnly: false };

function pick(stored: Record<string, unknown>): Settings {
  return {
    firstOccurrenceOnly:
      typeof stored.firstOccurrenceOnly === 'boolean'
        ? stored.firstOccurrenceOnly
        : defaultSettings.firstOccurrenceOnly,
  };
}

/** The settings now, defaults filled in. */
export async function loadSettings(): Promise<Settings> {
  return pick(await browser.storage.local.get(Object.keys(defaultSettings)));
}

/** Calls `listener` with the new settings whenever one of them changes. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.keys(changes).some((key) => key in defaultSettings)) return;
    loadSettings().then(listener, () => {});
  });
}
