import type { Entry } from '../glossary/types.ts';

/**
 * The reader's own terms: glossary entries (the bundled glossary's schema, restricted to the fields
 * below) kept in `storage.local` under `ownTerms`, with ids beginning `own-` so they never meet a bundled
 * id. Pure modules: the rules and names here; the checker (`check-own-entries.ts`), the file import and
 * export (`own-terms-file.ts`), the editor's fields (`own-term-fields.ts`) and the merge with the bundled
 * glossary (`with-own-terms.ts`) beside it. The options page checks files and edits with them, the
 * background checks what it reads (the content script never parses them: own-terms-key.ts).
 *
 * Form rules (a form that would match nearly everything is refused):
 * - every form and abbreviation has at least 2 letters;
 * - a form (compared without case) has at least 2 syllables;
 * - a one-syllable abbreviation (compared with case) has at least 2 capitals ("TTHC", "PCI").
 */

/** The storage key. */
export const OWN_TERMS_KEY = 'ownTerms';
export const OWN_ID_PREFIX = 'own-';

/** Whether a `storage.onChanged` event changed the own terms. */
export function changesOwnTerms(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && Object.hasOwn(changes, OWN_TERMS_KEY);
}
/**
 * Limits no one reaches by hand (a reader's list of a few dozen terms is typical), chosen so that the
 * largest list accepted is checked and compiled in the background without a page noticing (the e2e heartbeat
 * test in own-terms-at-scale.e2e.ts uses exactly this largest list). A stored list from before these
 * limits is still read in full: nothing the reader saved is dropped for being over them.
 */
export const MAX_OWN_TERMS = 300;
/** Surface forms (and abbreviations, counted apart) per own term. */
export const MAX_OWN_FORMS = 10;
export const MAX_FORM_LENGTH = 120;

/** Whether an entry is one of the reader's own (by its id's prefix, which bundled ids never have). */
export function isOwnEntry(entry: Entry): boolean {
  return entry.id.startsWith(OWN_ID_PREFIX);
}
