import { isInline } from './collect-text.ts';
import { isOwnElement } from './own-elements.ts';

/** What changed in one batch. */
export interface MutationBatch {
  /** Nodes whose block must be rescanned (text, inline elements) or that are new (block elements). */
  changed: Node[];
  /** Elements taken out of the page: their terms go. */
  removed: Node[];
  /** More changed than one batch may handle, or the address changed (SPA navigation): rescan all. */
  rescanAll: boolean;
}

export interface MutationWatcher {
  /** Runs `change` (a DOM change of ours) so that the watcher does not see it. */
  ignore(change: () => void): void;
  /** Watches `root` from now on instead (after a full rescan found a new article root). */
  watch(root: Element): void;
  /**
   * Also watches an open shadow root the scan read text in: a document's observer does not see into
   * shadow trees. Until the next `watch()`, which drops them (the full rescan reports them again).
   */
  watchShadowRoot(root: ShadowRoot): void;
  disconnect(): void;
}

export interface WatchOptions {
  onBatch(batch: MutationBatch): Promise<unknown>;
  /** Nodes recorded per batch; past it the batch turns into one full rescan. */
  maxNodes?: number;
}

interface IdleWindow {
  requestIdleCallback?(callback: () => void, options?: { timeout: number }): number;
}

/**
 * Watches `root` (what the scanner scans: the article root, or the body) for text the page adds or
 * changes, and reports it in batches at idle time (or after at most 500 ms), one batch at a time. The
 * callback only records nodes, so a mutation storm costs little; a batch over `maxNodes` becomes a full
 * rescan instead of many small ones.
 *
 * Only the root's subtree is observed in full: the page's changes elsewhere (menus, ads, comments)
 * cost it nothing. Its ancestors are observed for their own children only, which is cheap and tells
 * when the root itself is taken out (a single-page app replacing the article): that, like a new
 * address, asks for a full rescan, which finds the article root again and calls `watch()` with it.
 */
export function watchMutations(root: Element, options: WatchOptions): MutationWatcher {
  const maxNodes = options.maxNodes ?? 500;
  let changed = new Set<Node>();
  let removed: Node[] = [];
  let rescanAll = false;
  let scheduled = false;
  let running = false;
  let href = location.href;

  // The observer's callback runs on the page's time, right after its own DOM changes: it only keeps
  // the records (up to a bound) and leaves reading them to the idle callback.
  let queued: MutationRecord[] = [];
  const enqueue = (records: MutationRecord[]) => {
    if (records.length === 0 || rescanAll) return;
    if (queued.length + records.length > maxNodes * 4) rescanAll = true;
    else for (const r of records) queued.push(r);
    schedule();
  };

  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      if (rescanAll) break;
      if (r.type === 'characterData') {
        const parent = r.target.parentElement;
        if (parent && !isOwnElement(parent)) changed.add(r.target);
        continue;
      }
      if (r.target.nodeType === 1 && isOwnElement(r.target as Element)) continue;
      for (const node of r.addedNodes) {
        if (node.nodeType === 3) changed.add(node);
        else if (node.nodeType === 1 && !isOwnElement(node as Element)) changed.add(node);
      }
      for (const node of r.removedNodes) {
        if (node.nodeType === 1) {
          if (isOwnElement(node as Element)) continue;
          removed.push(node);
          // An inline element leaving changes the text of the block it was in.
          if (isInline(node as Element)) changed.add(r.target);
        } else if (node.nodeType === 3) changed.add(r.target);
      }
      if (changed.size + removed.length > maxNodes) rescanAll = true;
    }
  };

  const run = async () => {
    scheduled = false;
    if (running) return;
    running = true;
    enqueue(observer.takeRecords());
    record(queued);
    queued = [];
    if (location.href !== href) {
      href = location.href;
      rescanAll = true;
    }
    const batch: MutationBatch = { changed: [...changed], removed, rescanAll };
    changed = new Set();
    removed = [];
    rescanAll = false;
    try {
      await options.onBatch(batch);
    } finally {
      running = false;
      // Changes that came in while the batch ran.
      if (queued.length > 0 || rescanAll) schedule();
    }
  };

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    const idle = (window as IdleWindow).requestIdleCallback;
    if (typeof idle === 'function') idle.call(window, () => void run(), { timeout: 500 });
    else setTimeout(() => void run(), 50);
  }

  const observer = new MutationObserver(enqueue);
  // Children of the root's ancestors changed: only whether the root is still there, or the address is new, matters.
  const around = new MutationObserver(() => {
    if (rescanAll) return;
    if (!watched.isConnected || location.href !== href) {
      rescanAll = true;
      schedule();
    }
  });
  let watched = root;
  const observed = new Set<ShadowRoot>();
  const observe = (target: Element) => {
    watched = target;
    observed.clear();
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    for (let n = target.parentNode; n && n.nodeType === 1; n = n.parentNode) around.observe(n, { childList: true });
  };
  observe(root);
  // Back and forward in a single-page app; pushState shows up as DOM changes and a new address.
  const onPopState = () => {
    rescanAll = true;
    schedule();
  };
  window.addEventListener('popstate', onPopState);

  return {
    ignore(change) {
      enqueue(observer.takeRecords());
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
    watch(next) {
      if (next === watched) return;
      enqueue(observer.takeRecords());
      observer.disconnect();
      around.disconnect();
      observe(next);
    },
    watchShadowRoot(shadow) {
      if (observed.has(shadow)) return;
      observed.add(shadow);
      observer.observe(shadow, { childList: true, subtree: true, characterData: true });
    },
    disconnect() {
      observer.disconnect();
      around.disconnect();
      window.removeEventListener('popstate', onPopState);
    },
  };
}
