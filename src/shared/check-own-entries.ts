import { formKey, syllableCount } from '../glossary/form-key.ts';
import type { Entry } from '../glossary/types.ts';
import { isCategory } from './categories.ts';
import { formText } from './form-text.ts';
import type { MessageName } from './get-message.ts';
import { MAX_FORM_LENGTH, MAX_OWN_FORMS, MAX_OWN_TERMS } from './own-terms.ts';

const MAX_TERM_LENGTH = 200;
const MAX_TEXT_LENGTH = 5000;
const MAX_SOURCES = 10;

const OWN_ID = /^own-[a-z0-9]+(-[a-z0-9]+)*$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;

/** The entry fields own terms take; all of them but `abbreviations` are required by the schema. */
const FIELDS = new Set([
  'id',
  'term',
  'category',
  'forms',
  'abbreviations',
  'gloss',
  'explanation',
  'legal',
  'related',
  'confidence',
  'sources',
]);
const REQUIRED = [
  'id',
  'term',
  'category',
  'forms',
  'gloss',
  'explanation',
  'legal',
  'related',
  'confidence',
  'sources',
];
/** In the schema, but not taken from own terms (they point at other entries or need the matcher's rules). */
const SCHEMA_ONLY = new Set(['documents', 'citationCodes', 'context', 'timeline', 'confidenceNote']);

/** A reason a file or an edit is refused: the name of its UI string, with what it substitutes. */
export type ProblemReason = Extract<MessageName, `ownProblem${string}`>;

/** One problem: where (`entries[2] (own-x)`, or `file`), which field (`forms[0]`), and why. */
export interface OwnTermProblem {
  where: string;
  field: string;
  reason: ProblemReason;
  detail?: string[];
}

type Json = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const letterCount = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const capitalCount = (text: string) => (text.match(/\p{Lu}/gu) ?? []).length;

/** Whether a line of the editor is an abbreviation: one syllable with at least 2 capitals and no small letter. */
export function looksLikeAbbreviation(text: string): boolean {
  return syllableCount(text) === 1 && capitalCount(text) >= 2 && !/\p{Ll}/u.test(text);
}

/** The problem with one form, if any (see the rules at the top). */
function formProblem(text: string, isAbbreviation: boolean): { reason: ProblemReason; detail: string[] } | undefined {
  if (text.length > MAX_FORM_LENGTH) return { reason: 'ownProblemTooLong', detail: [String(MAX_FORM_LENGTH)] };
  if (letterCount(text) < 2) return { reason: 'ownProblemFewLetters', detail: [text] };
  if (syllableCount(text) < 2 && !(isAbbreviation && capitalCount(text) >= 2)) {
    return { reason: 'ownProblemOneSyllable', detail: [text] };
  }
  return undefined;
}

class Checker {
  readonly problems: OwnTermProblem[] = [];
  constructor(readonly where: string) {}

  add(field: string, reason: ProblemReason, detail?: string[]): void {
    this.problems.push({ where: this.where, field, reason, ...(detail ? { detail } : {}) });
  }

  text(value: unknown, field: string, max: number): value is string {
    if (typeof value !== 'string' || value.trim() === '') this.add(field, 'ownProblemNotText');
    else if (value.length > max) this.add(field, 'ownProblemTooLong', [String(max)]);
    else return true;
    return false;
  }

  bilingual(value: unknown, field: string): void {
    if (!isObject(value)) {
      this.add(field, 'ownProblemNotObject');
      return;
    }
    for (const key of Object.keys(value)) {
      if (key !== 'vi' && key !== 'en') this.add(`${field}.${key}`, 'ownProblemUnknownField');
    }
    if (value.vi === undefined) this.add(`${field}.vi`, 'ownProblemMissing');
    else this.text(value.vi, `${field}.vi`, MAX_TEXT_LENGTH);
    if (value.en !== undefined) this.text(value.en, `${field}.en`, MAX_TEXT_LENGTH);
  }

  forms(value: unknown, field: string, isAbbreviation: boolean): string[] {
    if (!Array.isArray(value)) {
      this.add(field, 'ownProblemNotList');
      return [];
    }
    if (value.length > MAX_OWN_FORMS) this.add(field, 'ownProblemTooMany', [String(MAX_OWN_FORMS)]);
    const good: string[] = [];
    for (const [i, form] of value.entries()) {
      const at = `${field}[${i}]`;
      const problem = isObject(form)
        ? { reason: 'ownProblemFormObject' as const, detail: undefined }
        : typeof form !== 'string' || form.trim() === ''
          ? { reason: 'ownProblemNotText' as const, detail: undefined }
          : formProblem(form, isAbbreviation);
      if (problem) this.add(at, problem.reason, problem.detail);
      else good.push(form as string);
    }
    return good;
  }
}

/** Checks one entry against the schema's subset for own terms; returns its forms for the cross checks. */
function checkEntry(value: unknown, checker: Checker): { field: string; form: string }[] {
  if (!isObject(value)) {
    checker.add('', 'ownProblemNotObject');
    return [];
  }
  for (const key of Object.keys(value)) {
    if (!FIELDS.has(key)) checker.add(key, SCHEMA_ONLY.has(key) ? 'ownProblemNotForOwn' : 'ownProblemUnknownField');
  }
  for (const key of REQUIRED) if (value[key] === undefined) checker.add(key, 'ownProblemMissing');
  if (value.id !== undefined && (typeof value.id !== 'string' || !OWN_ID.test(value.id))) {
    checker.add('id', 'ownProblemBadId');
  }
  if (value.term !== undefined) checker.text(value.term, 'term', MAX_TERM_LENGTH);
  if (value.category !== undefined && !isCategory(value.category)) checker.add('category', 'ownProblemBadCategory');
  const forms: { field: string; form: string }[] = [];
  if (value.forms !== undefined) {
    for (const [i, form] of checker.forms(value.forms, 'forms', false).entries()) {
      forms.push({ field: `forms[${i}]`, form });
    }
  }
  if (value.abbreviations !== undefined) {
    for (const [i, form] of checker.forms(value.abbreviations, 'abbreviations', true).entries()) {
      forms.push({ field: `abbreviations[${i}]`, form });
    }
  }
  const listed = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]).length : 0);
  if (Array.isArray(value.forms) && listed('forms') + listed('abbreviations') === 0) {
    checker.add('forms', 'ownProblemNoForms');
  }
  if (value.gloss !== undefined) checker.bilingual(value.gloss, 'gloss');
  if (value.explanation !== undefined) checker.bilingual(value.explanation, 'explanation');
  for (const key of ['legal', 'related']) {
    if (value[key] === undefined) continue;
    if (!Array.isArray(value[key])) checker.add(key, 'ownProblemNotList');
    else if (listed(key) > 0) checker.add(key, 'ownProblemMustBeEmpty');
  }
  if (value.confidence !== undefined && !['high', 'medium', 'low'].includes(value.confidence as string)) {
    checker.add('confidence', 'ownProblemBadConfidence');
  }
  if (value.sources !== undefined) {
    const sources = value.sources;
    if (!Array.isArray(sources)) checker.add('sources', 'ownProblemNotList');
    else {
      if (sources.length > MAX_SOURCES) checker.add('sources', 'ownProblemTooMany', [String(MAX_SOURCES)]);
      sources.forEach((source, i) => {
        if (typeof source !== 'string' || !URL_PATTERN.test(source)) checker.add(`sources[${i}]`, 'ownProblemBadUrl');
        else if (sources.indexOf(source) < i) checker.add(`sources[${i}]`, 'ownProblemRepeated');
      });
    }
  }
  return forms;
}

/** How a problem names an entry: its place in the list, and its id when it has one. */
export function entryLabel(value: unknown, index: number): string {
  const id = isObject(value) && typeof value.id === 'string' && value.id.length <= 100 ? value.id : undefined;
  return id ? `entries[${index}] (${id})` : `entries[${index}]`;
}

/**
 * Checks a list of own entries: each against the schema's subset, then unique ids and no form shared by
 * two of them. Entries of `kept` (already stored, not being replaced) take part in the cross checks
 * only. Returns the problems; none means `list` can be stored as it is.
 */
export function checkOwnEntries(list: readonly unknown[], kept: readonly Entry[] = []): OwnTermProblem[] {
  const problems: OwnTermProblem[] = [];
  if (list.length + kept.length > MAX_OWN_TERMS) {
    problems.push({ where: 'file', field: 'entries', reason: 'ownProblemTooMany', detail: [String(MAX_OWN_TERMS)] });
  }
  const checker = ownEntriesChecker(kept);
  list.forEach((value, index) => {
    problems.push(...checker.check(value, index));
  });
  return problems;
}

/**
 * The checks of `checkOwnEntries` one entry at a time, remembering the ids and forms seen so far (a
 * caller can pause between entries). An entry's problems come back; none means it may be kept.
 */
function ownEntriesChecker(kept: readonly Entry[]): { check(value: unknown, index: number): OwnTermProblem[] } {
  const ids = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const entry of kept) {
    ids.set(entry.id, entry.id);
    for (const form of [...entry.forms, ...(entry.abbreviations ?? [])]) forms.set(formKey(formText(form)), entry.id);
  }
  return {
    check(value, index) {
      const checker = new Checker(entryLabel(value, index));
      const entryForms = checkEntry(value, checker);
      const id = isObject(value) && typeof value.id === 'string' ? value.id : undefined;
      if (id !== undefined) {
        const first = ids.get(id);
        if (first !== undefined) checker.add('id', 'ownProblemDuplicateId', [first]);
        else ids.set(id, checker.where);
      }
      for (const { field, form } of entryForms) {
        const key = formKey(form);
        const owner = forms.get(key);
        if (owner !== undefined && owner !== id) checker.add(field, 'ownProblemFormTaken', [form, owner]);
        else forms.set(key, id ?? checker.where);
      }
      return checker.problems;
    },
  };
}

/** The stored own terms: the entries that pass their checks (a corrupt one is dropped, and counted). */
export function readOwnTerms(stored: unknown): { entries: Entry[]; dropped: number } {
  if (stored === undefined) return { entries: [], dropped: 0 };
  if (!Array.isArray(stored)) return { entries: [], dropped: 1 };
  const problems = checkOwnEntries(stored);
  const bad = new Set(problems.map((p) => p.where));
  const entries = stored.filter((e, i) => !bad.has(entryLabel(e, i))) as Entry[];
  return { entries, dropped: stored.length - entries.length };
}
