import type { Entry } from '../glossary/types.ts';

/**
 * Entries by id, read from `source` on the map's first use: the content script's bundled entries are
 * placeholders made from the packed glossary (packedEntries), and a page where nothing is found and no
 * own term is added never needs them (making them cost every page up to a few ms, issue 12). Every
 * method of Map sees the entries; the source is read once.
 */
export class EntriesById extends Map<string, Entry> {
  private source: (() => readonly Entry[]) | undefined;

  constructor(source: readonly Entry[] | (() => readonly Entry[])) {
    super();
    if (typeof source === 'function') this.source = source;
    else for (const e of source) super.set(e.id, e);
  }

  private fill(): void {
    const source = this.source;
    if (!source) return;
    this.source = undefined;
    for (const e of source()) super.set(e.id, e);
  }

  override get size(): number {
    this.fill();
    return super.size;
  }
  override get(id: string): Entry | undefined {
    this.fill();
    return super.get(id);
  }
  override has(id: string): boolean {
    this.fill();
    return super.has(id);
  }
  override set(id: string, entry: Entry): this {
    this.fill();
    return super.set(id, entry);
  }
  override delete(id: string): boolean {
    this.fill();
    return super.delete(id);
  }
  override clear(): void {
    this.source = undefined;
    super.clear();
  }
  override forEach(callback: (entry: Entry, id: string, map: Map<string, Entry>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }
  override entries(): MapIterator<[string, Entry]> {
    this.fill();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<Entry> {
    this.fill();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, Entry]> {
    this.fill();
    return super[Symbol.iterator]();
  }
}
