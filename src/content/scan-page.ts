import type { Entry } from '../glossary/types.ts';
import { type ArticleExtent, precedes } from '../shared/article-extent.ts';
import { composedContains, isShadowRoot, openShadowRoot } from '../shared/composed-tree.ts';
import { drawnOnce, type OccurrenceRule } from '../shared/everyday-terms.ts';
import type { TermMatcher } from '../shared/term-matcher.ts';
import { blockContainerOf, isInSkipped, type OnShadowRoot, type PageBlock, walkBlocks } from './collect-text.ts';
import { firstInView } from './first-in-view.ts';
import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';
import { blockAt, joinBlocks, spanToPoints } from './text-blocks.ts';
import { yieldToPage } from './yield-to-page.ts';

export interface ScannerOptions {
  /**
   * What finds the terms in a text: in the content script the background's matcher (background-matcher.ts),
   * asked once per batch of blocks; in the unit tests the same matcher run in place.
   */
  matcher: TermMatcher;
  /** The entries by id: those the matcher answers with are added (the bundled ones as placeholders). */
  entries: Map<string, Entry>;
  highlighter: Highlighter;
  /**
   * Which occurrences are drawn: every one (`all`), the first of each everyday term and every one of
   * the others (`everyday-once`, the default; everyday-terms.ts), or the first of each term (`first`).
   */
  occurrences: OccurrenceRule;
  /** The longest stretch of work before giving the main thread back, in ms. */
  sliceMs?: number;
  /** Told of each open shadow root a scan reads (web components): the mutation watcher observes it. */
  onShadowRoot?: OnShadowRoot;
  /**
   * Where the reader is looking, asked at the start of each full scan: elements of the article (whole
   * subtrees, not inline) whose blocks are matched ahead of their turn when the walk has not reached
   * them yet. By default the blocks in the viewport after the page's next frame (first-in-view.ts).
   */
  firstInView?: (parts: readonly Element[]) => Promise<readonly Element[]>;
}

/**
 * What a scan cost: total time and the longest stretch between two yields, in ms; both include the
 * waits for the matcher's answers (the thread is free then).
 */
export interface ScanStats {
  workMs: number;
  longestSliceMs: number;
  blocks: number;
  hits: number;
}

/** One element is an article of one part. */
function asExtent(extent: Element | ArticleExtent): ArticleExtent {
  return 'parts' in extent ? extent : { root: extent, parts: [extent] };
}

/**
 * A block matched ahead of its turn (it was in view), waiting for the walk in document order to reach
 * it: only then are its first occurrences settled, in document order with the rest.
 */
interface Ahead {
  block: PageBlock;
  hits: TermHit[];
}

/** The most block containers one rescan handles; more, and it becomes a full scan. */
const MAX_RESCANNED_CONTAINERS = 150;

/**
 * Text handed to the matcher at once: a typical article in one message to the background, so that its
 * terms come back together; a long page in a few dozen messages rather than hundreds.
 */
const CHARS_PER_CALL = 40_000;
/**
 * The most text matched ahead of the walk at once (a few screens): a hit test that lands between
 * paragraphs names their parent, which may hold most of the article, and all of it would be one task.
 */
const MAX_AHEAD_CHARS = 2 * CHARS_PER_CALL;

/**
 * Finds the terms under `root` and keeps them highlighted: a full scan in slices that yield to the
 * page, and rescans of the blocks that changed. Keeps an index from text nodes to hits (the
 * highlighters' fallback hit test), and the hits in document order for keyboard navigation.
 */
export class PageScanner {
  /** Hits per block container; in document order unless `orderDirty`. */
  private byContainer = new Map<Element, TermHit[]>();
  private orderDirty = false;
  private ordered: TermHit[] | undefined;
  private shown = new Set<TermHit>();
  /**
   * The ids among `shown`, kept while a scan adds to it (undefined after any other change of
   * `shown`: rebuilt on the next batch). Rebuilding it from `shown` for every batch cost tens of ms
   * on the 5 MB page, whose thousands of hits were copied once per 12,000 characters.
   */
  private shownIds: Set<string> | undefined;
  private byNode = new Map<Text, TermHit[]>();
  private generation = 0;
  /** Blocks matched ahead of the walk, by their first text node; and the elements waiting to be. */
  private ahead = new Map<Text, Ahead>();
  private aheadQueue: Element[] = [];
  private readonly sliceMs: number;
  /** Open shadow roots the scans read text in: tree order and removals then look through hosts. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly onShadowRoot: OnShadowRoot = (root) => {
    this.shadowRoots.add(root);
    this.options.onShadowRoot?.(root);
  };

  /** The parts of the article scanned, in document order (one element: that element's subtree). */
  private parts: Element[];
  /** What contains every part: the watcher observes it. */
  root: Element;

  constructor(
    extent: Element | ArticleExtent,
    private readonly options: ScannerOptions,
  ) {
    this.sliceMs = options.sliceMs ?? 8;
    ({ root: this.root, parts: this.parts } = asExtent(extent));
  }

  /** Forgets every hit and scans the whole article again. Resolves false if a newer scan superseded it. */
  async scanAll(extent: Element | ArticleExtent = { root: this.root, parts: this.parts }): Promise<ScanStats | false> {
    this.clear(); // also stops a scan in progress
    const generation = this.generation;
    ({ root: this.root, parts: this.parts } = asExtent(extent));
    const parts = this.parts;
    const onShadowRoot = this.onShadowRoot;
    const blocks = (function* () {
      for (const part of parts) yield* walkBlocks(part, onShadowRoot);
    })();
    // Not when drawing wraps text (the fallback): a wrapped block would no longer be the one the walk meets.
    if (!this.options.highlighter.splitsText) this.askInView(parts, generation);
    return this.scan(blocks, generation, true);
  }

  /** Asks where the reader looks; the elements found are matched at the scan's next chance. */
  private askInView(parts: readonly Element[], generation: number): void {
    void (this.options.firstInView ?? firstInView)(parts).then(
      (elements) => {
        if (generation === this.generation) this.aheadQueue.push(...elements);
      },
      () => {},
    );
  }

  /** The part holding `node`, if any. */
  private partOf(node: Node): Element | undefined {
    return this.parts.find(
      (part) => part.contains(node) || (this.shadowRoots.size > 0 && composedContains(part, node)),
    );
  }

  /**
   * Rescans the given elements (containers of changed text, or new elements); `removed` elements'
   * hits are dropped. Returns false when a full scan took over meanwhile.
   */
  async rescan(changed: readonly Node[], removed: readonly Node[] = []): Promise<ScanStats | false> {
    const generation = this.generation;
    for (const node of removed) if (node.nodeType === 1) this.dropUnder(node as Element);
    const containers: Element[] = [];
    for (const node of changed) {
      const part = node.isConnected ? this.partOf(node) : undefined;
      if (!part || isInSkipped(node, part)) continue;
      // A shadow root's own children changed: its host's block.
      const element = node.nodeType === 1 ? (node as Element) : isShadowRoot(node) ? node.host : node.parentElement;
      if (element) containers.push(blockContainerOf(element, part));
    }
    const distinct = [...new Set(containers)];
    // Past this many, checking which contain which costs more than scanning everything again.
    if (distinct.length > MAX_RESCANNED_CONTAINERS) return this.scanAll();
    // An element inside another one being rescanned is covered by it.
    const inside = this.shadowRoots.size > 0 ? composedContains : (d: Node, c: Node) => d.contains(c);
    const unique = distinct.filter((c) => !distinct.some((d) => d !== c && inside(d, c)));
    for (const c of unique) this.dropUnder(c);
    if (this.byContainer.size > 0) this.orderDirty = true;
    this.ordered = undefined;
    const onShadowRoot = this.onShadowRoot;
    const blocks = (function* () {
      for (const c of unique) yield* walkBlocks(c, onShadowRoot);
    })();
    const stats = await this.scan(blocks, generation);
    if (stats && this.options.occurrences !== 'all') {
      if (this.options.highlighter.splitsText) return this.scanAll();
      this.refreshShown();
    }
    return stats;
  }

  /** Changes which occurrences are drawn (the reader's settings). */
  setOccurrences(rule: OccurrenceRule): void {
    // Called on every settings change: only a real change redraws.
    if (rule === this.options.occurrences) return;
    this.options.occurrences = rule;
    // Nothing found yet (or nothing scanned: the site is off): the next scan uses the new value.
    if (this.byContainer.size === 0) return;
    // Wrapping split the text nodes that the hidden hits point into: find them afresh.
    if (this.options.highlighter.splitsText) void this.scanAll();
    else this.refreshShown();
  }

  /** Every hit, in document order. */
  hitsInOrder(): TermHit[] {
    if (this.ordered) return this.ordered;
    let containers = [...this.byContainer.keys()];
    if (this.orderDirty) {
      containers = containers.filter((c) => c.isConnected);
      // compareDocumentPosition does not order nodes of different shadow trees.
      if (this.shadowRoots.size > 0) containers.sort((a, b) => (precedes(a, b) ? -1 : 1));
      else containers.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const map = new Map<Element, TermHit[]>();
      for (const c of containers) map.set(c, this.byContainer.get(c) as TermHit[]);
      this.byContainer = map;
      this.orderDirty = false;
    }
    this.ordered = containers.flatMap((c) => this.byContainer.get(c) ?? []);
    return this.ordered;
  }

  /** The hits shown (all of them, or the first of each term drawn once). */
  isShown(hit: TermHit): boolean {
    return this.shown.has(hit);
  }

  /** The hits in a text node (every hit, shown or not): the highlighters' hit test without an engine's own. */
  hitsOfNode(node: Text): readonly TermHit[] {
    return this.byNode.get(node) ?? [];
  }

  /** Stops any scan in progress and removes every highlight. */
  clear(): void {
    this.generation++;
    this.options.highlighter.clear([...this.shown]);
    this.shown.clear();
    this.shownIds = undefined;
    this.byContainer.clear();
    this.byNode.clear();
    this.shadowRoots.clear();
    this.ahead.clear();
    this.aheadQueue = [];
    this.ordered = undefined;
    this.orderDirty = false;
  }

  /**
   * Walks `blocks` in document order, matching them in batches, in slices. A full scan (`full`) also
   * matches the elements of `aheadQueue` as soon as they come, when the walk has not reached them: the
   * terms in view are drawn first. Their first occurrences wait until the walk reaches them.
   */
  private async scan(blocks: Iterator<PageBlock>, generation: number, full = false): Promise<ScanStats | false> {
    const stats: ScanStats = { workMs: 0, longestSliceMs: 0, blocks: 0, hits: 0 };
    let sliceStart = performance.now();
    let batch: PageBlock[] = [];
    let chars = 0;
    let last: PageBlock | undefined;
    const moved = new Set<Element>();
    for (;;) {
      if (full && this.aheadQueue.length > 0) {
        stats.hits += await this.matchAhead(this.aheadQueue.splice(0), last, generation);
        if (generation !== this.generation) return false;
      }
      const next = blocks.next();
      if (!next.done) {
        const block = next.value;
        last = block;
        stats.blocks++;
        const early = full && this.ahead.size > 0 ? this.ahead.get(block.nodes[0] as Text) : undefined;
        if (early) {
          this.ahead.delete(block.nodes[0] as Text);
          if (early.block.text === block.text && early.block.nodes.length === block.nodes.length) {
            // The blocks before it first, then its first occurrences, in document order.
            stats.hits += await this.match(batch, generation);
            if (generation !== this.generation) return false;
            batch = [];
            chars = 0;
            this.settle(early, moved);
            continue;
          }
          // Changed since it was matched: matched again in its turn.
          stats.hits -= early.hits.length;
          this.forget(early.hits);
        }
        batch.push(block);
        chars += block.text.length;
        // The clock is read once per batch, not per block: on a long page, reading it for each of
        // tens of thousands of paragraphs cost more than drawing all the highlights.
        if (chars < CHARS_PER_CALL) continue;
      }
      stats.hits += await this.match(batch, generation);
      if (generation !== this.generation) return false;
      batch = [];
      chars = 0;
      const elapsed = performance.now() - sliceStart;
      if (next.done) {
        if (full && this.ahead.size > 0) {
          // Matched ahead but never met by the walk (the page changed them): not the page's text now.
          for (const early of this.ahead.values()) {
            stats.hits -= early.hits.length;
            this.forget(early.hits);
          }
          this.ahead.clear();
        }
        stats.workMs += elapsed;
        stats.longestSliceMs = Math.max(stats.longestSliceMs, elapsed);
        return stats;
      }
      if (elapsed >= this.sliceMs) {
        stats.workMs += elapsed;
        stats.longestSliceMs = Math.max(stats.longestSliceMs, elapsed);
        await yieldToPage();
        // A newer full scan started meanwhile; the walk may also have been cut by DOM changes.
        if (generation !== this.generation) return false;
        sliceStart = performance.now();
      }
    }
  }

  /**
   * Matches the blocks of `elements` that the walk, now at `last`, has not reached: their terms are
   * recorded and drawn, except those drawn only once, which wait for `settle` (an earlier block may
   * hold their first occurrence). Returns how many hits.
   */
  private async matchAhead(
    elements: readonly Element[],
    last: PageBlock | undefined,
    generation: number,
  ): Promise<number> {
    // compareDocumentPosition does not order nodes of different shadow trees: in document order only.
    if (this.shadowRoots.size > 0) return 0;
    const blocks: PageBlock[] = [];
    let total = 0;
    for (const element of elements) {
      if (!element.isConnected || total >= MAX_AHEAD_CHARS) continue;
      if (last) {
        const at = element.compareDocumentPosition(last.container);
        // Reached when the walk's last block is in it, after it, or in an ancestor that holds it.
        // (The constants by value: Node is not a global in every DOM the scanner runs on.)
        if (!(at & 2) /* PRECEDING */ || at & 8 /* CONTAINS */) continue;
      }
      for (const block of walkBlocks(element, this.onShadowRoot)) {
        if (this.ahead.has(block.nodes[0] as Text)) continue;
        blocks.push(block);
        total += block.text.length;
        // The rest is matched in its turn.
        if (total >= MAX_AHEAD_CHARS) break;
      }
    }
    let count = 0;
    for (let i = 0; i < blocks.length; ) {
      const batch: PageBlock[] = [];
      for (let chars = 0; i < blocks.length && chars < CHARS_PER_CALL; i++) {
        batch.push(blocks[i] as PageBlock);
        chars += (blocks[i] as PageBlock).text.length;
      }
      count += await this.match(batch, generation, true);
      if (generation !== this.generation) return count;
    }
    return count;
  }

  /** The walk reached a block matched ahead: its first occurrences are decided now, in order. */
  private settle(early: Ahead, moved: Set<Element>): void {
    const { highlighter, occurrences } = this.options;
    const container = early.block.container;
    // Its container takes the place in the index that the walk in order would have given it: that of
    // its first block with a hit.
    const list = this.byContainer.get(container);
    if (list && early.hits.length > 0 && !moved.has(container)) {
      moved.add(container);
      this.byContainer.delete(container);
      this.byContainer.set(container, list);
      this.ordered = undefined;
    }
    if (occurrences === 'all') return;
    const seen = this.seenIds();
    const added: TermHit[] = [];
    for (const hit of early.hits) {
      if (drawnOnce(occurrences, hit.id)) {
        if (seen.has(hit.id)) continue;
        added.push(hit);
        this.shown.add(hit);
      }
      seen.add(hit.id);
    }
    highlighter.draw(added);
  }

  /** Forgets hits entirely (index, shown, drawn). */
  private forget(hits: readonly TermHit[]): void {
    if (hits.length === 0) return;
    const gone = new Set(hits);
    for (const hit of hits) {
      const list = this.byContainer.get(hit.block.container);
      if (list) {
        const kept = list.filter((h) => !gone.has(h));
        if (kept.length > 0) this.byContainer.set(hit.block.container, kept);
        else this.byContainer.delete(hit.block.container);
      }
      for (const node of hit.block.nodes) {
        const onNode = this.byNode.get(node);
        if (!onNode) continue;
        const kept = onNode.filter((h) => !gone.has(h));
        if (kept.length > 0) this.byNode.set(node, kept);
        else this.byNode.delete(node);
      }
    }
    this.unshow(hits);
  }

  /** Takes `hits` out of the shown ones and off the page; the order of hits is to be rebuilt. */
  private unshow(hits: readonly TermHit[]): void {
    const shown = hits.filter((h) => this.shown.has(h));
    for (const hit of shown) this.shown.delete(hit);
    if (shown.length > 0) this.shownIds = undefined;
    this.options.highlighter.clear(shown);
    this.ordered = undefined;
  }

  /** The ids of the shown hits (kept up to date while scans add to them). */
  private seenIds(): Set<string> {
    this.shownIds ??= new Set([...this.shown].map((h) => h.id));
    return this.shownIds;
  }

  /**
   * Matches a batch of blocks, records and draws the hits; returns how many. `ahead`: blocks matched
   * before their turn (in view), kept in `ahead` until the walk reaches them; those of their hits that
   * are drawn only once are not drawn yet.
   */
  private async match(batch: PageBlock[], generation: number, ahead = false): Promise<number> {
    if (batch.length === 0) return 0;
    const { entries, highlighter, occurrences, matcher } = this.options;
    const joined = joinBlocks(batch);
    const found = await matcher.find(joined.text);
    // A newer scan or a clear() came while the matcher worked: these blocks are no longer ours to draw.
    if (generation !== this.generation) return 0;
    for (const entry of found.entries) if (!entries.has(entry.id)) entries.set(entry.id, entry);
    const added: TermHit[] = [];
    let count = 0;
    const seen = occurrences === 'all' ? undefined : this.seenIds();
    let early: Ahead | undefined;
    if (ahead) for (const block of batch) this.ahead.set(block.nodes[0] as Text, { block, hits: [] });
    for (const m of found.matches) {
      const entry = entries.get(m.id);
      if (!entry) continue;
      const i = blockAt(joined, m.start);
      const block = batch[i] as PageBlock;
      const offset = joined.starts[i] as number;
      const start = m.start - offset;
      const end = m.end - offset;
      const [from, to] = spanToPoints(block, start, end);
      const range = new StaticRange({
        startContainer: from.node,
        startOffset: from.offset,
        endContainer: to.node,
        endOffset: to.offset,
      });
      const hit: TermHit = { id: m.id, category: entry.category, text: m.text, block, start, end, range };
      if (m.note) hit.note = m.note;
      if (m.citation) hit.citation = m.citation;
      this.index(hit, from.node, to.node);
      count++;
      const once = seen !== undefined && drawnOnce(occurrences, hit.id);
      if (ahead) {
        if (early?.block !== block) early = this.ahead.get(block.nodes[0] as Text);
        early?.hits.push(hit);
        if (once) continue; // settled when the walk reaches it
        added.push(hit);
        this.shown.add(hit);
        continue;
      }
      if (!once || !seen.has(hit.id)) {
        seen?.add(hit.id);
        added.push(hit);
        this.shown.add(hit);
      }
    }
    highlighter.draw(added);
    if (count > 0) this.ordered = undefined;
    return count;
  }

  private index(hit: TermHit, first: Text, last: Text): void {
    let list = this.byContainer.get(hit.block.container);
    if (!list) {
      list = [];
      this.byContainer.set(hit.block.container, list);
    }
    list.push(hit);
    const nodes = hit.block.nodes;
    for (let k = nodes.indexOf(first); k >= 0 && k < nodes.length; k++) {
      const node = nodes[k] as Text;
      const hits = this.byNode.get(node);
      if (hits) hits.push(hit);
      else this.byNode.set(node, [hit]);
      if (node === last) break;
    }
  }

  /** Forgets the hits of `element` and everything under it. */
  private dropUnder(element: Element): void {
    const dropped: TermHit[] = [];
    const drop = (container: Element) => {
      const hits = this.byContainer.get(container);
      if (!hits) return;
      this.byContainer.delete(container);
      for (const hit of hits) {
        dropped.push(hit);
        for (const node of hit.block.nodes) this.byNode.delete(node);
      }
    };
    const dropAll = (scope: Element | ShadowRoot) => {
      for (const child of scope.querySelectorAll('*')) {
        drop(child);
        const shadow = this.shadowRoots.size > 0 ? openShadowRoot(child) : null;
        if (shadow) dropAll(shadow);
      }
    };
    drop(element);
    if (this.shadowRoots.size === 0) for (const child of element.getElementsByTagName('*')) drop(child);
    else {
      // A host's shadow tree and its slotted children both hold blocks.
      const shadow = openShadowRoot(element);
      if (shadow) dropAll(shadow);
      dropAll(element);
    }
    this.unshow(dropped);
  }

  /** Recomputes which hits are shown, after a change of rule, or of the page while some terms are drawn once. */
  private refreshShown(): void {
    const want = new Set<TermHit>();
    const seen = new Set<string>();
    // Blocks matched ahead of a scan still running: their first occurrences are settled when it reaches them.
    const pending = new Set([...this.ahead.values()].flatMap((early) => early.hits));
    for (const hit of this.hitsInOrder()) {
      if (drawnOnce(this.options.occurrences, hit.id)) {
        if (pending.has(hit)) continue;
        if (seen.has(hit.id)) continue;
        seen.add(hit.id);
      }
      want.add(hit);
    }
    this.options.highlighter.clear([...this.shown].filter((h) => !want.has(h)));
    this.options.highlighter.draw([...want].filter((h) => !this.shown.has(h)));
    this.shown = want;
    this.shownIds = undefined;
  }
}
