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

/** A glossary being built: the compiled glossary's parts that entries are added to. */
interface Builder {
  root: TrieNode;
  hashRoot: HashNode;
  abbreviations: Map<string, string[]>;
  documents: Map<string, string>;
  citationCodes: Map<string, string>;
  maxLength: number;
}

function addForm(g: Builder, form: CompiledForm, keys: string[]): void {
  let node = g.root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = { next: new Map() };
      node.next.set(k, child);
    }
    node = child;
  }
  node.forms = [...(node.forms ?? []), form].sort((a, b) => specificity(b) - specificity(a));
  addToHashTrie(g.hashRoot, keys);
  g.maxLength = Math.max(g.maxLength, keys.length);
}

function addEntries(g: Builder, entries: readonly Entry[], documents?: ReadonlyMap<string, LegalDocument>): void {
  for (const entry of entries) {
    const rules = entry.context ?? {};
    const all = [...entry.forms.map((f) => spec(f, false)), ...(entry.abbreviations ?? []).map((f) => spec(f, true))];
    for (const form of all) {
      // Tokenized once: tokenizing is most of what a long own form costs.
      const keyed = keysOf(form.text);
      const compiled = compileForm(entry, form, rules, keyed);
      if (!compiled) continue;
      addForm(g, compiled, keyed.keys);
      if (form.case === 'exact' && compiled.exact?.length === 1) {
        const abbr = compiled.exact[0] as string;
        g.abbreviations.set(abbr, [...(g.abbreviations.get(abbr) ?? []), entry.id]);
      }
    }
    for (const id of entry.documents ?? []) {
      const number = documents?.get(id)?.number;
      const key = number && documentKeyOf(number);
      if (key) g.documents.set(key, entry.id);
    }
    for (const code of entry.citationCodes ?? []) g.citationCodes.set(code, entry.id);
  }
}

/** The filters derived from the trie and the abbreviations, computed once they are complete. */
function sealed(g: Builder): CompiledGlossary {
  return {
    ...g,
    starts: startFilter(g.hashRoot),
    abbreviationHashes: new IntSet([...g.abbreviations.keys()].map((a) => hashKey(a.toLowerCase()))),
  };
}

/**
 * Builds the trie and lookup tables; cost grows with the glossary, but only once. `documents` (the
 * registry) gives the numbers of the documents entries claim; without it, numbers resolve only to their type.
 * The extension does this at build time for the bundled glossary (packed-glossary.ts), not on every page.
 */
export function compileGlossary(
  entries: readonly Entry[],
  documents?: ReadonlyMap<string, LegalDocument>,
): CompiledGlossary {
  const g: Builder = {
    root: { next: new Map() },
    hashRoot: { next: new Map(), end: false },
    abbreviations: new Map(),
    documents: new Map(),
    citationCodes: new Map(),
    maxLength: 0,
  };
  addEntries(g, entries, documents);
  return sealed(g);
}

/**
 * The reader's own entries added to a compiled glossary, with the same result for matching as
 * `compileGlossary(withOwnTerms(bundled, own))`: the bundled forms an own entry also lists (same token
 * keys) are taken out of the trie, then the own forms go in. `base` is changed and must not be in use
 * (a fresh `lazyGlossary` or `unpackGlossary`). Paths left in the hash trie by removed forms only cost an exact look that
 * finds nothing. Own entries carry no documents, citation codes or context rules (check-own-entries.ts).
 */
export function withOwnEntries(base: CompiledGlossary, own: readonly Entry[]): CompiledGlossary {
  if (own.length === 0) return base;
  const g = ownBuilder(base, new Set(own.flatMap(ownKeys)));
  addEntries(g, own);
  return sealedWithBase(g, base);
}

/** The token keys of an own entry's forms, as the trie spells its paths. */
function ownKeys(entry: Entry): string[] {
  return [...entry.forms, ...(entry.abbreviations ?? [])].map((f) => keysOf(spec(f, false).text).keys.join(' '));
}

/** `base` with the bundled forms whose keys are `taken` (by an own entry) taken out, ready for own entries. */
function ownBuilder(base: CompiledGlossary, taken: ReadonlySet<string>): Builder {
  const prune = (node: TrieNode, path: string[]) => {
    // Assigned, not deleted: a lazy node (lazyGlossary) keeps its forms behind an accessor.
    if (node.forms && taken.has(path.join(' '))) node.forms = undefined;
    for (const [key, child] of node.next) prune(child, [...path, key]);
  };
  prune(base.root, []);
  // A one-token exact form's key is its case-kept token lower-cased (tokenize's two spellings).
  for (const abbr of [...base.abbreviations.keys()]) if (taken.has(abbr.toLowerCase())) base.abbreviations.delete(abbr);
  return { ...base, abbreviations: new Map() };
}

/** The own entries' abbreviations first, then the bundled ones they did not take. */
function sealedWithBase(g: Builder, base: CompiledGlossary): CompiledGlossary {
  for (const [abbr, ids] of base.abbreviations)
    g.abbreviations.set(abbr, [...(g.abbreviations.get(abbr) ?? []), ...ids]);
  return sealed(g);
}
