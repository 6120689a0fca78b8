import { hashKey } from './char-classes.ts';
import type { CompiledForm, CompiledGlossary, TrieNode } from './compile-glossary.ts';
import { type HashNode, IntSet, pairHash } from './hash-scanner.ts';
import type { Bilingual, Category, Entry } from './types.ts';

/**
 * The compiled glossary as compact JSON, made at build time (scripts/build-extension.ts) so that a page
 * reads it instead of compiling the glossary: tokenizing and normalising every form, hashing its keys
 * and sorting the trie cost every page load several milliseconds (issue 12). Unpacking only builds the
 * Maps back; nothing is tokenized, normalised or hashed. Tuples rather than objects: the content script
 * carries this, and field names repeated 457 times were a third of it.
 *
 * The hash trie is a tree whose nodes may be reached by more than one hash (both tone placements of
 * "hoà"/"hòa" lead to the same child): an edge lists every hash of its child.
 */
type PackedEntry = [id: string, term: string, category: Category, glossEn: string];

export interface PackedGlossary {
  /**
   * [id, term, category, English gloss] of every entry; forms name their entry by its place here. The
   * gloss is the toolbar list's English name for the term (a few kB: not worth a message to the background).
   */
  entries: PackedEntry[];
  forms: PackedForm[];
  root: PackedTrie;
  hashRoot: PackedHashNode;
  single: number[];
  pair: number[];
  abbreviations: [string, string[]][];
  abbreviationHashes: number[];
  documents: [string, string][];
  citationCodes: [string, string][];
  maxLength: number;
}

type PackedNear = [any: string[][], trie: PackedHashNode, scope: 'paragraph' | 'text'];
/** [entry, text, length, exact, notAfter, notBefore, requireNear, note]; 0 for an absent part, trailing ones left out. */
type PackedForm = [
  entry: number,
  text: string,
  length: number,
  exact?: string[] | 0,
  notAfter?: string[][] | 0,
  notBefore?: string[][] | 0,
  requireNear?: PackedNear | 0,
  note?: Bilingual,
];
/** [indexes of the forms ending here (0: none), key, child, key, child …]. */
type PackedTrie = [number[] | 0, ...(string | PackedTrie)[]];
/** [end (1 or 0), hashes of a child, the child, …]. */
type PackedHashNode = [number, ...(number[] | PackedHashNode)[]];

function packHash(node: HashNode): PackedHashNode {
  const edges = new Map<HashNode, number[]>();
  for (const [h, child] of node.next) edges.set(child, [...(edges.get(child) ?? []), h]);
  return [node.end ? 1 : 0, ...[...edges].flatMap(([child, hashes]) => [hashes, packHash(child)])];
}

function unpackHash(packed: PackedHashNode): HashNode {
  const node: HashNode = { next: new Map(), end: packed[0] === 1 };
  for (let i = 1; i < packed.length; i += 2) {
    const child = unpackHash(packed[i + 1] as PackedHashNode);
    for (const h of packed[i] as number[]) node.next.set(h, child);
  }
  return node;
}

function withoutTrailingZeros(form: PackedForm): PackedForm {
  while (form.length > 3 && form.at(-1) === 0) form.pop();
  return form;
}

/** The glossary compiled from `entries` as compact JSON; the start filter's sets as hash lists. */
export function packGlossary(g: CompiledGlossary, entries: readonly Entry[]): PackedGlossary {
  const entryIndex = new Map(entries.map((e, i) => [e.id, i]));
  const forms: PackedForm[] = [];
  const index = new Map<CompiledForm, number>();
  const packForm = (f: CompiledForm): PackedForm => {
    const entry = entryIndex.get(f.id);
    if (entry === undefined) throw new Error(`packGlossary: form "${f.text}" of an unknown entry ${f.id}`);
    const near: PackedNear | 0 = f.requireNear
      ? [f.requireNear.any, packHash(f.requireNear.trie), f.requireNear.scope]
      : 0;
    const packed: PackedForm = [
      entry,
      f.text,
      f.length,
      f.exact ?? 0,
      f.notAfter.length ? f.notAfter : 0,
      f.notBefore.length ? f.notBefore : 0,
      near,
    ];
    if (f.note) packed.push(f.note);
    return withoutTrailingZeros(packed);
  };
  const packTrie = (node: TrieNode): PackedTrie => {
    const ends = node.forms?.map((form) => {
      let i = index.get(form);
      if (i === undefined) {
        i = forms.length;
        index.set(form, i);
        forms.push(packForm(form));
      }
      return i;
    });
    return [ends ?? 0, ...[...node.next].flatMap(([key, child]) => [key, packTrie(child)])];
  };
  const single: number[] = [];
  const pair: number[] = [];
  for (const [h1, first] of g.hashRoot.next) {
    if (first.end) single.push(h1);
    for (const h2 of first.next.keys()) pair.push(pairHash(h1, h2));
  }
  return {
    entries: entries.map((e) => [e.id, e.term, e.category, e.gloss.en ?? '']),
    forms,
    root: packTrie(g.root),
    hashRoot: packHash(g.hashRoot),
    single,
    pair,
    abbreviations: [...g.abbreviations],
    // The same hashes as compileGlossary's set (an IntSet cannot list its members).
    abbreviationHashes: [...g.abbreviations.keys()].map((a) => hashKey(a.toLowerCase())),
    documents: [...g.documents],
    citationCodes: [...g.citationCodes],
    maxLength: g.maxLength,
  };
}

/** A form from its packed tuple; its requireNear trie stays packed until a text is searched for it. */
function unpackForm(p: PackedGlossary, f: PackedForm, hashNode: (packed: PackedHashNode) => HashNode): CompiledForm {
  const [entry, text, length, exact, notAfter, notBefore, near, note] = f;
  const form: CompiledForm = {
    id: (p.entries[entry] as PackedEntry)[0],
    text,
    length,
    notAfter: notAfter || [],
    notBefore: notBefore || [],
  };
  if (exact) form.exact = exact;
  if (near) form.requireNear = { any: near[0], trie: hashNode(near[1]), scope: near[2] };
  if (note) form.note = note;
  return form;
}

/** The parts of a compiled glossary that are not tries: the start filter and the small lookup tables. */
function unpackTables(p: PackedGlossary): Omit<CompiledGlossary, 'root' | 'hashRoot'> {
  return {
    starts: { single: new IntSet(p.single), pair: new IntSet(p.pair) },
    abbreviations: new Map(p.abbreviations),
    abbreviationHashes: new IntSet(p.abbreviationHashes),
    documents: new Map(p.documents),
    citationCodes: new Map(p.citationCodes),
    maxLength: p.maxLength,
  };
}

/**
 * A fresh compiled glossary from its packed form, every Map built at once (each call new objects:
 * withOwnEntries may change it). The page uses `lazyGlossary`, which matches the same; this whole copy
 * is what tests compare it with.
 */
export function unpackGlossary(p: PackedGlossary): CompiledGlossary {
  const forms = p.forms.map((f) => unpackForm(p, f, unpackHash));
  const unpackTrie = (packed: PackedTrie): TrieNode => {
    const node: TrieNode = { next: new Map() };
    const ends = packed[0];
    if (ends) node.forms = ends.map((i) => forms[i] as CompiledForm);
    for (let i = 1; i < packed.length; i += 2)
      node.next.set(packed[i] as string, unpackTrie(packed[i + 1] as PackedTrie));
    return node;
  };
  return { root: unpackTrie(p.root), hashRoot: unpackHash(p.hashRoot), ...unpackTables(p) };
}

/**
 * A hash-trie node whose children are built from its packed form on the first visit, then kept: a page
 * walks a few dozen paths of a trie of thousands of nodes, and most pages none (issue 12). After that
 * it is an ordinary node (own terms may add edges or set `end`).
 */
class LazyHashNode implements HashNode {
  private packed: PackedHashNode | undefined;
  private children: Map<number, HashNode> | undefined;
  private isEnd = false;

  constructor(packed: PackedHashNode) {
    this.packed = packed;
  }

  get next(): Map<number, HashNode> {
    if (this.packed) this.decode(this.packed);
    return this.children as Map<number, HashNode>;
  }

  get end(): boolean {
    if (this.packed) this.decode(this.packed);
    return this.isEnd;
  }

  /** An own term may end here. */
  set end(end: boolean) {
    if (this.packed) this.decode(this.packed);
    this.isEnd = end;
  }

  private decode(packed: PackedHashNode): void {
    this.isEnd = packed[0] === 1;
    const next = new Map<number, HashNode>();
    for (let i = 1; i < packed.length; i += 2) {
      // One child for all its hashes: both tone placements lead to the same node, as compiled.
      const child = new LazyHashNode(packed[i + 1] as PackedHashNode);
      for (const h of packed[i] as number[]) next.set(h, child);
    }
    this.children = next;
    this.packed = undefined;
  }
}

/** A string-trie node built on the first visit, like LazyHashNode; its forms are decoded then too. */
class LazyTrieNode implements TrieNode {
  private packed: PackedTrie | undefined;
  private children: Map<string, TrieNode> | undefined;
  private ends: CompiledForm[] | undefined;

  constructor(
    packed: PackedTrie,
    private readonly formAt: (i: number) => CompiledForm,
  ) {
    this.packed = packed;
  }

  get next(): Map<string, TrieNode> {
    if (this.packed) this.decode(this.packed);
    return this.children as Map<string, TrieNode>;
  }

  get forms(): CompiledForm[] | undefined {
    if (this.packed) this.decode(this.packed);
    return this.ends;
  }

  /** withOwnEntries takes out the forms an own entry lists. */
  set forms(forms: CompiledForm[] | undefined) {
    if (this.packed) this.decode(this.packed);
    this.ends = forms;
  }

  private decode(packed: PackedTrie): void {
    const ends = packed[0];
    if (ends) this.ends = ends.map(this.formAt);
    const next = new Map<string, TrieNode>();
    for (let i = 1; i < packed.length; i += 2)
      next.set(packed[i] as string, new LazyTrieNode(packed[i + 1] as PackedTrie, this.formAt));
    this.children = next;
    this.packed = undefined;
  }
}

/**
 * The compiled glossary the page matches with: only the start filter and the small tables are built at
 * once; trie nodes, forms and requireNear tries are built on their first visit (a page whose text never
 * passes the start filter touches none). Matches exactly as `unpackGlossary` (packed-glossary.test.ts).
 * Each call is a fresh glossary that withOwnEntries may change; `p` itself is never changed.
 */
export function lazyGlossary(p: PackedGlossary): CompiledGlossary {
  const forms: (CompiledForm | undefined)[] = [];
  const formAt = (i: number): CompiledForm => {
    let form = forms[i];
    if (!form) {
      form = unpackForm(p, p.forms[i] as PackedForm, (packed) => new LazyHashNode(packed));
      forms[i] = form;
    }
    return form;
  };
  return { root: new LazyTrieNode(p.root, formAt), hashRoot: new LazyHashNode(p.hashRoot), ...unpackTables(p) };
}

/**
 * The bundled entries as the page reads them: id, term, category, English gloss, and the texts of their
 * forms and abbreviations together (the toolbar list and "Explain term" need no more). The explanation fields are
 * empty placeholders: the popup gets the real ones from the background on the first open.
 */
export function packedEntries(p: PackedGlossary): Entry[] {
  const forms = p.entries.map((): string[] => []);
  for (const [entry, text] of p.forms) forms[entry]?.push(text);
  return p.entries.map(([id, term, category, glossEn], i) => ({
    id,
    term,
    category,
    forms: forms[i] ?? [],
    gloss: glossEn ? { vi: '', en: glossEn } : { vi: '' },
    explanation: { vi: '' },
    legal: [],
    related: [],
    confidence: 'high',
    sources: [],
  }));
}
