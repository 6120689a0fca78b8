import type { Category } from '../glossary/types.ts';
import { categories, isCategory } from './categories.ts';

/** The user's settings; only what the user changed is stored, the rest comes from `defaultSettings`. */
export interface Settings {
  /** Highlight only the first occurrence of each term on a page. */
  firstOccurrenceOnly: boolean;
  /**
   * Highlight every occurrence of everyday terms too (UBND, cán bộ, bảo hiểm y tế …: everyday-terms.ts);
   * by default only their first occurrence is. `firstOccurrenceOnly` wins over it.
   */
  allOccurrences: boolean;
  /** Hosts (`location.hostname`, lower case) where the extension is turned off. */
  disabledSites: string[];
  /** Categories not highlighted. */
  hiddenCategories: Category[];
  highlightStyle: HighlightStyle;
  /** The language of the explanations (the UI itself follows the browser). */
  explanationLanguage: 'vi' | 'en';
  /** Show the number of distinct terms on the toolbar button. */
  showBadge: boolean;
  /** How highlights are coloured. */
  colorScheme: ColorScheme;
  /**
   * Sites (site keys, see `siteOf`) the reader turned the extension on for, beyond the manifest's
   * default list; each needs its host permission, asked for at run time.
   */
  addedSites: string[];
  /**
   * Draw the reader's own terms on the page too. Off by default: the page shares the highlight registry
   * (and wrapped terms are its DOM), so a page that plants phrases could learn which are own terms.
   * Off, they are listed only in the toolbar popup, which the page cannot read.
   */
  markOwnTermsOnPage: boolean;
  /** Text size of the explanation and the extension's pages, over the browser's own font size. */
  textSize: TextSize;
  /** Entry ids the reader asked not to highlight ("Don't highlight this term"). */
  hiddenTerms: string[];
}

/** `normal` is the browser's font size (its setting, not the page's); the others scale it. */
export type TextSize = 'normal' | 'large' | 'larger';
export const textSizes: readonly TextSize[] = ['normal', 'large', 'larger'];

/** How much a text size scales the browser's font size. */
export function textScale(size: TextSize): number {
  return size === 'larger' ? 1.5 : size === 'large' ? 1.25 : 1;
}

export type HighlightStyle = 'both' | 'underline' | 'background';
export const highlightStyles: readonly HighlightStyle[] = ['both', 'underline', 'background'];

/**
 * `category`: one colour per category (default); `single`: one calm colour for every term, for readers
 * who find many colours busy; `contrast`: darker, thicker marks for low vision and washed-out screens.
 */
export type ColorScheme = 'category' | 'single' | 'contrast';
export const colorSchemes: readonly ColorScheme[] = ['category', 'single', 'contrast'];

export type SettingName = keyof Settings;

export const defaultSettings: Readonly<Settings> = Object.freeze({
  firstOccurrenceOnly: false,
  allOccurrences: false,
  disabledSites: [],
  hiddenCategories: [],
  highlightStyle: 'both',
  explanationLanguage: 'vi',
  showBadge: true,
  colorScheme: 'category',
  addedSites: [],
  markOwnTermsOnPage: false,
  textSize: 'normal',
  hiddenTerms: [],
});

export const settingNames = Object.keys(defaultSettings) as SettingName[];

/** A host name as `location.hostname` gives it: letters, digits, dots, dashes (IPv6 in brackets). */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;
const MAX_SITES = 10_000;
/** Each added site is a content-script pattern the browser matches on every navigation: keep it sane. */
export const MAX_ADDED_SITES = 500;
/** Far more than the glossary and a reader's own terms hold together. */
const MAX_HIDDEN_TERMS = 5_000;

/** An entry id (data/glossary.schema.json's pattern, own- ids included). */
function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && /^[a-z0-9][a-z0-9-]*$/.test(value);
}

export function isHost(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && HOST.test(value);
}

function isUniqueList<T>(value: unknown, check: (item: unknown) => item is T, max: number): value is T[] {
  return Array.isArray(value) && value.length <= max && value.every(check) && new Set(value).size === value.length;
}

/** Checks of each stored value; a value that fails is replaced by its default. */
const checks: { [K in SettingName]: (value: unknown) => value is Settings[K] } = {
  firstOccurrenceOnly: (v): v is boolean => typeof v === 'boolean',
  allOccurrences: (v): v is boolean => typeof v === 'boolean',
  disabledSites: (v): v is string[] => isUniqueList(v, isHost, MAX_SITES),
  hiddenCategories: (v): v is Category[] => isUniqueList(v, isCategory, 100),
  highlightStyle: (v): v is HighlightStyle => highlightStyles.includes(v as HighlightStyle),
  explanationLanguage: (v): v is 'vi' | 'en' => v === 'vi' || v === 'en',
  showBadge: (v): v is boolean => typeof v === 'boolean',
  colorScheme: (v): v is ColorScheme => colorSchemes.includes(v as ColorScheme),
  addedSites: (v): v is string[] => isUniqueList(v, isHost, MAX_ADDED_SITES),
  markOwnTermsOnPage: (v): v is boolean => typeof v === 'boolean',
  textSize: (v): v is TextSize => textSizes.includes(v as TextSize),
  hiddenTerms: (v): v is string[] => isUniqueList(v, isEntryId, MAX_HIDDEN_TERMS),
};

/** Whether `value` may be stored as setting `name`. */
export function isValidSetting<K extends SettingName>(name: K, value: unknown): value is Settings[K] {
  return checks[name](value);
}

/** The list settings, whose good items are kept when others are corrupt. */
const listItemChecks: Partial<Record<SettingName, { item: (v: unknown) => boolean; max: number }>> = {
  disabledSites: { item: isHost, max: MAX_SITES },
  hiddenCategories: { item: isCategory, max: 100 },
  addedSites: { item: isHost, max: MAX_ADDED_SITES },
  hiddenTerms: { item: isEntryId, max: MAX_HIDDEN_TERMS },
};

/** The valid, distinct items of a stored list, in order (at most `max`); undefined for a non-list. */
function salvageList(value: unknown, item: (v: unknown) => boolean, max: number): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return [...new Set(value.filter(item))].slice(0, max);
}

/**
 * The settings from what storage holds: defaults for what is missing, and for what is corrupt (a
 * wrong type, an unknown value), whose names come back in `invalid` so the UI can say so. A list with
 * some bad items keeps its good ones (and is still named in `invalid`): turning one site on must not
 * forget the others because a third was junk.
 */
export function readSettings(
  stored: Record<string, unknown>,
  defaults: Readonly<Settings> = defaultSettings,
): { settings: Settings; invalid: SettingName[] } {
  const settings = structuredClone(defaults) as Settings;
  const invalid: SettingName[] = [];
  for (const name of settingNames) {
    if (!Object.hasOwn(stored, name) || stored[name] === undefined) continue;
    const value = stored[name];
    if (isValidSetting(name, value)) {
      (settings as unknown as Record<string, unknown>)[name] = structuredClone(value);
      continue;
    }
    invalid.push(name);
    const list = listItemChecks[name];
    const kept = list && salvageList(value, list.item, list.max);
    if (kept) (settings as unknown as Record<string, unknown>)[name] = structuredClone(kept);
  }
  return { settings, invalid };
}

/** The storage key under which a corrupt stored setting is kept, untouched, before it is overwritten. */
export function quarantineKey(name: SettingName): string {
  return `quarantine.${name}`;
}

/**
 * What to write before storing setting `name` over `stored` (its value in storage now): the old value
 * under its quarantine key when it was corrupt and nothing is kept there yet, so writing back the good
 * parts never loses what could not be read without the reader seeing it (the options page says so).
 */
export function quarantineBeforeSave(
  name: SettingName,
  stored: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const value = stored[name];
  if (value === undefined || isValidSetting(name, value)) return undefined;
  if (stored[quarantineKey(name)] !== undefined) return undefined;
  return { [quarantineKey(name)]: value };
}

/** Whether `value` is the default of setting `name` (then it is removed from storage, not stored). */
export function isDefault(name: SettingName, value: unknown, defaults: Readonly<Settings> = defaultSettings): boolean {
  const fallback = defaults[name];
  if (Array.isArray(fallback)) {
    return Array.isArray(value) && value.length === fallback.length && value.every((v, i) => v === fallback[i]);
  }
  return value === fallback;
}

/**
 * The defaults for a reader whose browser speaks `uiLanguage`: in English, explanations in English too
 * (a reader of the English interface would otherwise get Vietnamese text under English headings).
 */
export function defaultsFor(uiLanguage: string): Readonly<Settings> {
  return uiLanguage === 'en' ? Object.freeze({ ...defaultSettings, explanationLanguage: 'en' }) : defaultSettings;
}

/** The catalog a browser of this UI language uses ("en-GB" → en, "fr" → vi): src/_locales has vi and en only. */
export function catalogLanguage(uiLanguage: string): 'vi' | 'en' {
  return /^en([-_]|$)/i.test(uiLanguage) ? 'en' : 'vi';
}

/** The site key of a page address or host name: lower case, without a leading "www.". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether the extension runs on `host` (a site key). */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(host);
}

/** The list of turned-off sites after turning `host` on or off, sorted. */
export function withSite(disabledSites: readonly string[], host: string, enabled: boolean): string[] {
  const rest = disabledSites.filter((h) => h !== host);
  return enabled ? rest : [...rest, host].sort();
}

/** A sorted list of sites with `site` in it (`present`) or not: for `addedSites`. */
export function listWith(sites: readonly string[], site: string, present: boolean): string[] {
  const rest = sites.filter((s) => s !== site);
  return present ? [...rest, site].sort() : rest;
}

/** The settings that are lists of items a context adds or takes out one at a time. */
export type ListSettingName = 'disabledSites' | 'addedSites' | 'hiddenCategories' | 'hiddenTerms';
export const listSettingNames: readonly ListSettingName[] = [
  'disabledSites',
  'addedSites',
  'hiddenCategories',
  'hiddenTerms',
];

/** Whether `item` may be an item of list setting `name`. */
export function isListItem(name: ListSettingName, item: unknown): item is string {
  if (name === 'hiddenCategories') return isCategory(item);
  if (name === 'hiddenTerms') return isEntryId(item);
  return isHost(item);
}

/**
 * List setting `name` after adding `item` (`present`) or taking it out: sites and terms sorted,
 * categories in the glossary's order. A list at its limit takes no new item.
 */
export function changedList(name: ListSettingName, list: readonly string[], item: string, present: boolean): string[] {
  if (name === 'hiddenCategories') {
    const now = new Set(list.filter((c) => c !== item));
    if (present) now.add(item);
    return categories.filter((c) => now.has(c));
  }
  const max = listItemChecks[name]?.max ?? 0;
  if (present && !list.includes(item) && list.length >= max) return [...list];
  return listWith(list, item, present);
}
