import { hashKey } from './char-classes.ts';
import { documentKeyOf } from './document-registry.ts';
import { addToHashTrie, type HashNode, IntSet, type StartFilter, startFilter } from './hash-scanner.ts';
import { tokenize } from './tokenize.ts';
import type { Bilingual, ContextRules, Entry, Form, FormSpec, LegalDocument } from './types.ts';

/** A surface form ready for matching: its tokens' keys are the path to it in the trie. */
export interface CompiledForm {
  id: string;
  /** The form as written in the glossary. */
  text: string;
  /** Number of tokens; longer forms win. */
  length: number;
  /** Case-kept tokens that must be equal, for abbreviations and `case: "exact"` forms. */
  exact?: string[];
  notAfter: string[][];
  notBefore: string[][];
  /** Phrases one of which must be near, also as a hash trie for the fast search. */
  requireNear?: { any: string[][]; trie: HashNode; scope: 'paragraph' | 'text' };
  note?: Bilingual;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Forms that end here, most specific (exact case, with context rules) first. */
  forms?: CompiledForm[];
}

/** Everything the matcher needs, built once from the entries. */
export interface CompiledGlossary {
  root: TrieNode;
  /** The same paths by token hash, for the fast first pass. */
  hashRoot: HashNode;
  /** Can a term start here? One-token forms and two-token beginnings, by hash. */
  starts: StartFilter;
  /** Single-token abbreviations (case kept) → the entries that own them, for in-text definitions. */
  abbreviations: Map<string, string[]>;
  /** Their hashes, to skip the brackets in a text that hold no abbreviation quickly. */
  abbreviationHashes: IntSet;
  /** Normalised document number ("61/2018/nđ-cp") → entry id. */
  documents: Map<string, string>;
  /** Citation code ("NĐ-CP", "QĐ-*", "QH15") → entry id of the document type. */
  citationCodes: Map<string, string>;
  /** The longest form in tokens: the most work one position can cost. */
  maxLength: number;
}

function keysOf(text: string): { keys: string[]; exact: string[] } {
  const t = tokenize(text);
  return { keys: t.key.slice(0, t.count), exact: t.exact.slice(0, t.count) };
}

function phrases(list: string[] | undefined): string[][] {
  return (list ?? []).map((p) => keysOf(p).keys).filter((k) => k.length > 0);
}

function spec(form: Form, isAbbreviation: boolean): FormSpec {
  const s = typeof form === 'string' ? { text: form } : form;
  return { ...s, case: s.case ?? (isAbbreviation ? 'exact' : 'fold') };
}

function compileForm(
  entry: Entry,
  form: FormSpec,
  rules: ContextRules,
  { keys, exact }: { keys: string[]; exact: string[] },
): CompiledForm | null {
  if (keys.length === 0) return null;
  const near = form.requireNear ?? rules.requireNear;
  const compiled: CompiledForm = {
    id: entry.id,
    text: form.text,
    length: keys.length,
    notAfter: phrases([...(rules.notAfter ?? []), ...(form.notAfter ?? [])]),
    notBefore: phrases([...(rules.notBefore ?? []), ...(form.notBefore ?? [])]),
  };
  if (form.case === 'exact') compiled.exact = exact;
  if (near) {
    const any = phrases(near.any);
    const trie: HashNode = { next: new Map(), end: false };
    for (const seq of any) addToHashTrie(trie, seq);
    compiled.requireNear = { any, trie, scope: near.scope ?? 'paragraph' };
  }
  if (form.note) compiled.note = form.note;
  return compiled;
}

/** Exact-case and context-bound forms are tried before a plain form ending at the same place. */
function specificity(f: CompiledForm): number {
  return (f.exact ? 2 : 0) + (f.requireNear || f.notAfter.length || f.notBefore.length ? 1 : 0);
}

/**
 * Builds the trie and lookup tables; cost grows with the glossary, but only once. `documents` (the
 * registry) gives the numbers of the documents entries claim; without it, numbers resolve only to their type.
 */
export function compileGlossary(
  entries: readonly Entry[],
  documents?: ReadonlyMap<string, LegalDocument>,
): CompiledGlossary {
  const builder = glossaryBuilder(documents);
  for (const entry of entries) builder.add(entry);
  return builder.finish();
}

/**
 * The same as `compileGlossary`, giving the thread back (`pause`) whenever `sliceMs` of work have passed:
 * a reader's large set of own terms must not freeze the page it is compiled on. `now` is the clock.
 */
export async function compileGlossaryInSlices(
  entries: readonly Entry[],
  documents: ReadonlyMap<string, LegalDocument> | undefined,
  slicing: { pause(): Promise<void>; now(): number; sliceMs: number },
): Promise<CompiledGlossary> {
  const builder = glossaryBuilder(documents);
  let sliceStart = slicing.now();
  for (const entry of entries) {
    builder.add(entry);
    if (slicing.now() - sliceStart > slicing.sliceMs) {
      await slicing.pause();
      sliceStart = slicing.now();
    }
  }
  return builder.finish();
}

/** Adds entries one at a time (so a caller can pause between them), then gives the compiled glossary. */
function glossaryBuilder(documents?: ReadonlyMap<string, LegalDocument>): {
  add(entry: Entry): void;
  finish(): CompiledGlossary;
} {
  const root: TrieNode = { next: new Map() };
  const hashRoot: HashNode = { next: new Map(), end: false };
  const abbreviations = new Map<string, string[]>();
  const documentEntries = new Map<string, string>();
  const citationCodes = new Map<string, string>();
  let maxLength = 0;

  const addForm = (form: CompiledForm, keys: string[]) => {
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    node.forms = [...(node.forms ?? []), form].sort((a, b) => specificity(b) - specificity(a));
    addToHashTrie(hashRoot, keys);
    maxLength = Math.max(maxLength, keys.length);
  };

  return {
    add(entry) {
      const rules = entry.context ?? {};
      const all = [...entry.forms.map((f) => spec(f, false)), ...(entry.abbreviations ?? []).map((f) => spec(f, true))];
      for (const form of all) {
        // Tokenized once: tokenizing is most of what a long own form costs.
        const keyed = keysOf(form.text);
        const compiled = compileForm(entry, form, rules, keyed);
        if (!compiled) continue;
        addForm(compiled, keyed.keys);
        if (form.case === 'exact' && compiled.exact?.length === 1) {
          const abbr = compiled.exact[0] as string;
          abbreviations.set(abbr, [...(abbreviations.get(abbr) ?? []), entry.id]);
        }
      }
      for (const id of entry.documents ?? []) {
        const number = documents?.get(id)?.number;
        const key = number && documentKeyOf(number);
        if (key) documentEntries.set(key, entry.id);
      }
      for (const code of entry.citationCodes ?? []) citationCodes.set(code, entry.id);
    },
    finish: () => ({
      root,
      hashRoot,
      starts: startFilter(hashRoot),
      abbreviations,
      abbreviationHashes: new IntSet([...abbreviations.keys()].map((a) => hashKey(a.toLowerCase()))),
      documents: documentEntries,
      citationCodes,
      maxLength,
    }),
  };
}
