import { isCategory } from './categories.ts';
import { isObject, readOwnTerms } from './check-own-entries.ts';
import { ownIdFor } from './own-term-fields.ts';
import { OWN_ID_PREFIX, OWN_TERMS_KEY } from './own-terms.ts';
import { isHost, isValidSetting, quarantineKey, type SettingName, settingNames, siteOf } from './settings-values.ts';

/**
 * The version of what `storage.local` holds, and the migrations that bring an older store to it. Pure:
 * `migrate-storage.ts` reads the store, runs `migrateStored` and writes its result.
 *
 * Format 1 is every store without `storageVersion` (all releases before the key existed), read as
 * loosely as a reader could have written it: lists as single values or `{ item: true }` maps, sites as
 * addresses or with `www.`, booleans as "true"/1, own terms as the export file's `{ entries }`, entries
 * with a plain-text gloss or explanation, a form list given as one string, fields later made required.
 * Format 2 is what this code writes (settings-values.ts' checks, check-own-entries.ts' checker). A store
 * is stamped `storageVersion: 2` when a migration converted something in it. A format-2 value passes
 * migration 1 → 2 unchanged, so an unstamped store this code wrote (a fresh install's saves) is left
 * as it is, and a later format's migrations, run from 1, still start from the right shape.
 *
 * What a migration cannot convert is never dropped silently: the original stored value goes, unchanged,
 * to `quarantine.<key>` (the options page names it and lets the reader delete it), and the converted
 * readable part is stored.
 */
export const STORAGE_VERSION_KEY = 'storageVersion';
export const STORAGE_VERSION = 2;
export const QUARANTINE_PREFIX = 'quarantine.';

/** What a migration changes in the store: keys to set, keys to remove, and the keys it quarantined. */
export interface StoredChanges {
  set: Record<string, unknown>;
  remove: string[];
  /** Stored keys some of whose value could not be converted (their original is under a quarantine key). */
  quarantined: string[];
}

/** One value's conversion: the converted value (undefined: none readable) and whether anything was left out. */
interface Converted {
  value: unknown;
  lossy: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A list as format 1 may hold it: a list, or `{ item: true }` (the items whose value is true). */
function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Object.values(value).every((v) => typeof v === 'boolean')) {
    return Object.keys(value).filter((key) => value[key] === true);
  }
  return undefined;
}

/** A site key from a host name or an address ("https://WWW.Báo.vn/x" → "báo.vn" is no host: undefined). */
function siteKey(item: unknown): string | undefined {
  if (typeof item !== 'string') return undefined;
  let text = item.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  const key = siteOf(text.replace(/\.$/, ''));
  return isHost(key) ? key : undefined;
}

const trimmedLower = (item: unknown) => (typeof item === 'string' ? item.trim().toLowerCase() : undefined);

/** Converts each item of a list setting; items that convert to nothing, or to an earlier item, are left out. */
function convertList(
  value: unknown,
  item: (v: unknown) => string | undefined,
  valid: (v: string) => boolean,
): Converted {
  const list = asList(value);
  if (!list) return { value: undefined, lossy: true };
  const kept: string[] = [];
  let lossy = false;
  for (const raw of list) {
    const converted = item(raw);
    if (converted === undefined || !valid(converted)) lossy = true;
    else if (!kept.includes(converted)) kept.push(converted);
  }
  return { value: kept, lossy };
}

function convertBoolean(value: unknown): Converted {
  if (typeof value === 'boolean') return { value, lossy: false };
  if (value === 'true' || value === 1) return { value: true, lossy: false };
  if (value === 'false' || value === 0) return { value: false, lossy: false };
  return { value: undefined, lossy: true };
}

/** A one-of-these setting: its value trimmed and in lower case ("Both" → "both"), or nothing. */
function convertChoice(name: SettingName, value: unknown): Converted {
  const text = trimmedLower(value);
  return text !== undefined && isValidSetting(name, text)
    ? { value: text, lossy: false }
    : { value: undefined, lossy: true };
}

const isEntryIdText = (v: string) => v.length <= 100 && /^[a-z0-9][a-z0-9-]*$/.test(v);

/** Migration 1 → 2 of one setting. */
function convertSetting(name: SettingName, value: unknown): Converted {
  if (isValidSetting(name, value)) return { value, lossy: false };
  switch (name) {
    case 'firstOccurrenceOnly':
    case 'allOccurrences':
    case 'showBadge':
    case 'markOwnTermsOnPage':
      return convertBoolean(value);
    case 'disabledSites':
    case 'addedSites':
      return convertList(value, siteKey, () => true);
    case 'hiddenCategories':
      return convertList(value, trimmedLower, isCategory);
    case 'hiddenTerms':
      return convertList(value, trimmedLower, isEntryIdText);
    default:
      return convertChoice(name, value);
  }
}

const textOrBilingual = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? { vi: value } : value);
/** A form list given as one string, or forms as `{ text }` objects with nothing else, as plain strings. */
function formList(value: unknown): unknown {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) return value;
  return list.map((form) =>
    isObject(form) && Object.keys(form).length === 1 && typeof form.text === 'string' ? form.text : form,
  );
}

/**
 * Migration 1 → 2 of one own entry: the fields later made required get their empty values, a plain-text
 * gloss or explanation becomes `{ vi }`, a missing gloss is the term (as the editor writes it), forms
 * given as one string or as `{ text }` become plain strings, an id without `own-` gets one from the term.
 * Whether the result is readable is checked afterwards, with the whole list.
 */
function convertEntry(value: unknown, taken: Set<string>): unknown {
  if (!isObject(value)) return value;
  const entry: Record<string, unknown> = { ...value };
  if (typeof entry.id !== 'string' || !entry.id.startsWith(OWN_ID_PREFIX)) {
    if (typeof entry.term === 'string' && entry.term.trim() !== '') entry.id = ownIdFor(entry.term, taken);
  }
  if (typeof entry.id === 'string') taken.add(entry.id);
  entry.forms = formList(entry.forms);
  if (entry.abbreviations !== undefined) entry.abbreviations = formList(entry.abbreviations);
  entry.explanation = textOrBilingual(entry.explanation);
  entry.gloss = textOrBilingual(entry.gloss ?? (typeof entry.term === 'string' ? entry.term : undefined));
  entry.legal ??= [];
  entry.related ??= [];
  entry.confidence ??= 'high';
  if (typeof entry.sources === 'string') entry.sources = [entry.sources];
  entry.sources ??= [];
  return entry;
}

/** Migration 1 → 2 of the own terms: a list or the export file's `{ entries }`, each entry converted. */
function convertOwnTerms(value: unknown): Converted {
  if (readOwnTerms(value).dropped === 0) return { value, lossy: false };
  const list = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.entries)
      ? value.entries
      : undefined;
  if (!list) return { value: undefined, lossy: true };
  const taken = new Set(list.flatMap((e) => (isObject(e) && typeof e.id === 'string' ? [e.id] : [])));
  const converted = list.map((entry) => convertEntry(entry, taken));
  const { entries, dropped } = readOwnTerms(converted);
  return { value: entries, lossy: dropped > 0 };
}

/**
 * Migration 1 → 2: every setting and the own terms converted to format 2; what could not be converted
 * quarantined (the original value), the rest kept. Keys it does not know are left alone.
 */
function migrate1to2(stored: Record<string, unknown>): StoredChanges {
  const changes: StoredChanges = { set: {}, remove: [], quarantined: [] };
  const keys: string[] = [...settingNames, OWN_TERMS_KEY];
  for (const key of keys) {
    const value = stored[key];
    if (value === undefined) continue;
    const { value: converted, lossy } =
      key === OWN_TERMS_KEY ? convertOwnTerms(value) : convertSetting(key as SettingName, value);
    if (lossy) {
      changes.quarantined.push(key);
      const aside = freeQuarantineKey(stored, changes.set, key, value);
      if (aside) changes.set[aside] = value;
    }
    const empty = converted === undefined || (Array.isArray(converted) && converted.length === 0);
    if (empty) changes.remove.push(key);
    else if (!same(converted, value)) changes.set[key] = converted;
  }
  return changes;
}

/**
 * Where the original of `key` goes: `quarantine.<key>`, or `quarantine.<key>.2`, … when an earlier,
 * different value is already kept there; undefined when this very value is already kept.
 */
function freeQuarantineKey(
  stored: Record<string, unknown>,
  adding: Record<string, unknown>,
  key: string,
  value: unknown,
): string | undefined {
  const base = key === OWN_TERMS_KEY ? `${QUARANTINE_PREFIX}${key}` : quarantineKey(key as SettingName);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}.${n}`;
    const kept = stored[name] ?? adding[name];
    if (kept === undefined) return name;
    if (same(kept, value)) return undefined;
  }
}

/** The migrations, by the version they start from. */
const migrations: Record<number, (stored: Record<string, unknown>) => StoredChanges> = { 1: migrate1to2 };

/** The format version of a store (no version key: format 1). */
export function storedVersion(stored: Record<string, unknown>): number {
  const version = stored[STORAGE_VERSION_KEY];
  return Number.isSafeInteger(version) && (version as number) >= 1 ? (version as number) : 1;
}

/**
 * What to write to bring `stored` (the whole store) to `STORAGE_VERSION`, migration after migration; or
 * undefined when there is nothing to do: already current, empty, or written by a newer version (its
 * format is left alone, and readers take what they understand of it).
 */
export function migrateStored(stored: Record<string, unknown>): StoredChanges | undefined {
  const from = storedVersion(stored);
  if (from >= STORAGE_VERSION) return undefined;
  const known = [...settingNames, OWN_TERMS_KEY] as string[];
  if (!Object.keys(stored).some((key) => known.includes(key))) return undefined;
  let current = { ...stored };
  const total: StoredChanges = { set: {}, remove: [], quarantined: [] };
  for (let version = from; version < STORAGE_VERSION; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from stored format ${version}`);
    const changes = step(current);
    current = { ...current, ...changes.set };
    for (const key of changes.remove) delete current[key];
    Object.assign(total.set, changes.set);
    total.remove = [...new Set([...total.remove.filter((k) => !(k in changes.set)), ...changes.remove])];
    total.quarantined = [...new Set([...total.quarantined, ...changes.quarantined])];
  }
  for (const key of total.remove) delete total.set[key];
  // A store already in the current shape is left as it is, unstamped: read as format 1 again, it
  // migrates to itself (and a store written through the extension's pages, tests included, keeps
  // exactly what was written).
  if (Object.keys(total.set).length === 0 && total.remove.length === 0) return undefined;
  total.set[STORAGE_VERSION_KEY] = STORAGE_VERSION;
  return total;
}

/** The stored keys kept aside (`quarantine.<key>`, `quarantine.<key>.2` …), named by the key they come from. */
export function quarantinedKeys(stored: Record<string, unknown>): string[] {
  return [
    ...new Set(
      Object.keys(stored)
        .filter((key) => key.startsWith(QUARANTINE_PREFIX))
        .map((key) => key.slice(QUARANTINE_PREFIX.length).replace(/\.\d+$/, '')),
    ),
  ];
}
