import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { fakePage } from './fake-page.ts';
import { type MutationBatch, type MutationWatcher, watchMutations } from './watch-mutations.ts';

/**
 * linkedom's MutationObserver reports neither characterData nor the real targets, so the tests deliver
 * records themselves, the way a browser would: queued, handed over in a microtask unless taken first
 * with `takeRecords()`, to each observer watching the target (its subtree, or its own children).
 */
class FakeMutationObserver {
  static all = new Set<FakeMutationObserver>();
  private targets: { node: Node; subtree: boolean }[] = [];
  private queue: MutationRecord[] = [];
  constructor(private readonly callback: (records: MutationRecord[]) => void) {}
  observe(node: Node, options: MutationObserverInit): void {
    this.targets.push({ node, subtree: options.subtree === true });
    FakeMutationObserver.all.add(this);
  }
  disconnect(): void {
    this.targets = [];
    this.queue = [];
    FakeMutationObserver.all.delete(this);
  }
  takeRecords(): MutationRecord[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }
  private sees(record: MutationRecord): boolean {
    return this.targets.some((t) => t.node === record.target || (t.subtree && t.node.contains(record.target)));
  }
  static deliver(record: Partial<MutationRecord> & { type: MutationRecordType; target: Node }): void {
    const full = { addedNodes: [], removedNodes: [], ...record } as unknown as MutationRecord;
    for (const observer of FakeMutationObserver.all) {
      if (!observer.sees(full)) continue;
      observer.queue.push(full);
      if (observer.queue.length === 1) {
        queueMicrotask(() => {
          const records = observer.takeRecords();
          if (records.length > 0) observer.callback(records);
        });
      }
    }
  }
}

/** Appends `node` to `parent` and tells the observers, as the browser would. */
function append(parent: Node, node: Node): void {
  parent.appendChild(node);
  FakeMutationObserver.deliver({ type: 'childList', target: parent, addedNodes: [node] as unknown as NodeList });
}

/** Removes `node` and tells the observers. */
function remove(node: Node): void {
  const parent = node.parentNode as Node;
  parent.removeChild(node);
  FakeMutationObserver.deliver({ type: 'childList', target: parent, removedNodes: [node] as unknown as NodeList });
}

let watcher: MutationWatcher | undefined;
afterEach(() => watcher?.disconnect());

/** A page with an article, and its watcher whose batches arrive in order through `next()`. */
function watched(options: { maxNodes?: number } = {}) {
  const { document } = fakePage(
    '<!doctype html><html><body><main><article><p id="a">Một</p><p id="b">Hai <i>ba</i></p></article></main></body></html>',
  );
  (globalThis as unknown as { MutationObserver: unknown }).MutationObserver = FakeMutationObserver;
  FakeMutationObserver.all.clear();
  const article = document.querySelector('article') as Element;
  const batches: MutationBatch[] = [];
  let wake: (() => void) | undefined;
  watcher = watchMutations(article, {
    ...options,
    onBatch: async (batch) => {
      batches.push(batch);
      wake?.();
    },
  });
  const next = async (): Promise<MutationBatch> => {
    while (batches.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return batches.shift() as MutationBatch;
  };
  const quiet = async (ms = 120) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return batches.length === 0;
  };
  return { document, article, watcher, next, quiet };
}

describe('watchMutations', () => {
  it('reports added and changed text in one batch', async () => {
    const { document, next } = watched();
    const a = document.getElementById('a') as Element;
    const added = document.createTextNode(' nữa');
    append(a, added);
    (a.firstChild as Text).data = 'Bốn';
    FakeMutationObserver.deliver({ type: 'characterData', target: a.firstChild as Node });
    const batch = await next();
    assert.equal(batch.rescanAll, false);
    assert.ok(batch.changed.includes(added));
    assert.ok(batch.changed.includes(a.firstChild as Node));
    assert.deepEqual(batch.removed, []);
  });

  it('reports a removed element, and the block an inline element left', async () => {
    const { document, next } = watched();
    const b = document.getElementById('b') as Element;
    const italic = b.querySelector('i') as Element;
    remove(italic);
    const a = document.getElementById('a') as Element;
    remove(a);
    const batch = await next();
    assert.ok(batch.removed.includes(italic));
    assert.ok(batch.removed.includes(a));
    assert.ok(batch.changed.includes(b), 'the paragraph whose text changed');
  });

  it('does not see the changes made through ignore()', async () => {
    const { document, watcher, quiet } = watched();
    watcher.ignore(() => {
      append(document.getElementById('a') as Element, document.createElement('cchc-term'));
    });
    assert.ok(await quiet());
  });

  it('turns a batch over maxNodes into one full rescan', async () => {
    const { document, next } = watched({ maxNodes: 5 });
    const a = document.getElementById('a') as Element;
    for (let i = 0; i < 10; i++) append(a, document.createTextNode(` ${i}`));
    const batch = await next();
    assert.equal(batch.rescanAll, true);
  });

  it('asks for a full rescan when the watched root is taken out of the page', async () => {
    const { article, next } = watched();
    remove(article);
    const batch = await next();
    assert.equal(batch.rescanAll, true);
  });

  it('asks for a full rescan on a new address', async () => {
    const { document, next } = watched();
    (globalThis as unknown as { location: { href: string } }).location.href = 'http://127.0.0.1/other';
    append(document.getElementById('a') as Element, document.createTextNode('!'));
    const batch = await next();
    assert.equal(batch.rescanAll, true);
  });
});
