import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PageBlock } from './collect-text.ts';
import { fakePage } from './fake-page.ts';
import { highlightApiHighlighter } from './highlight-api-highlighter.ts';
import { madeOnFirstDraw } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/** The Highlight API as far as the highlighter uses it: a set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** An IntersectionObserver the test drives: `show(element, near)` reports an element entering or leaving. */
class FakeIntersectionObserver {
  static current: FakeIntersectionObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (changes: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.current = this;
  }
  observe(element: Element): void {
    this.observed.add(element);
  }
  unobserve(element: Element): void {
    this.observed.delete(element);
  }
  disconnect(): void {
    this.observed.clear();
  }
  show(target: Element, isIntersecting: boolean): void {
    this.callback([{ target, isIntersecting }]);
  }
}

function setUp() {
  const { document, window } = fakePage('<!doctype html><html><body><p id="a">một</p><p id="b">hai</p></body></html>');
  const registry = new Map<string, FakeHighlight>() as Map<string, FakeHighlight> & {
    highlightsFromPoint?: (x: number, y: number) => { highlight: FakeHighlight; ranges: AbstractRange[] }[];
  };
  const win = window as unknown as Record<string, unknown>;
  win.Highlight = FakeHighlight;
  win.CSS = { highlights: registry };
  win.IntersectionObserver = FakeIntersectionObserver;
  FakeIntersectionObserver.current = undefined;
  // As createHighlighter makes it: built on the first term drawn (highlight-terms.ts).
  const highlighter = madeOnFirstDraw(() => highlightApiHighlighter(document, window));
  const hitIn = (id: string, termId = 'thu-tuc-hanh-chinh'): TermHit => {
    const container = document.getElementById(id) as Element;
    const text = container.firstChild as Text;
    const block = { container, nodes: [text], text: text.data, starts: [0] } as unknown as PageBlock;
    const range = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 3 });
    return { id: termId, category: 'procedure', text: text.data, block, start: 0, end: 3, range };
  };
  return {
    document,
    registry,
    highlighter,
    hitIn,
    /** The highlighter's observer, which it makes on its first draw. */
    observer: {
      get observed() {
        return (FakeIntersectionObserver.current as FakeIntersectionObserver).observed;
      },
      show: (target: Element, isIntersecting: boolean) =>
        (FakeIntersectionObserver.current as FakeIntersectionObserver).show(target, isIntersecting),
    },
  };
}

/** Our stylesheets on the page: linkedom has no constructable sheets, so they are `<style>` elements. */
const ownStyles = (document: Document) => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');

describe('highlightApiHighlighter', () => {
  it('adds no stylesheet and no observer until the first term is drawn (a page without terms pays nothing)', () => {
    const { document, highlighter, hitIn } = setUp();
    highlighter.setLook('underline', 'single');
    highlighter.draw([]);
    highlighter.setCurrent(undefined);
    assert.equal(FakeIntersectionObserver.current, undefined);
    assert.deepEqual(ownStyles(document), []);
    highlighter.draw([hitIn('a')]);
    assert.ok(FakeIntersectionObserver.current, 'observing once a term is drawn');
    const styles = ownStyles(document);
    assert.equal(styles.length, 1);
    assert.match(styles[0] as string, /::highlight\(cchc-procedure\)/);
  });

  it('registers a hit’s range only while its block is near the viewport', () => {
    const { document, registry, highlighter, hitIn, observer } = setUp();
    const hit = hitIn('a');
    highlighter.draw([hit]);
    assert.ok(observer.observed.has(document.getElementById('a') as Element));
    assert.equal(registry.get('cchc-procedure')?.has(hit.range) ?? false, false, 'not near yet');
    observer.show(hit.block.container, true);
    assert.equal(registry.get('cchc-procedure')?.has(hit.range), true);
    observer.show(hit.block.container, false);
    assert.equal(registry.get('cchc-procedure')?.has(hit.range), false);
  });

  it('forgets a cleared hit and stops watching its block', () => {
    const { registry, highlighter, hitIn, observer } = setUp();
    const hit = hitIn('a');
    highlighter.draw([hit]);
    observer.show(hit.block.container, true);
    highlighter.clear([hit]);
    assert.equal(registry.get('cchc-procedure')?.has(hit.range), false);
    assert.equal(observer.observed.size, 0);
  });

  it('puts its highlight back when the page deleted it from the shared registry', () => {
    const { registry, highlighter, hitIn, observer } = setUp();
    const a = hitIn('a');
    highlighter.draw([a]);
    observer.show(a.block.container, true);
    registry.delete('cchc-procedure');
    const b = hitIn('b');
    highlighter.draw([b]);
    observer.show(b.block.container, true);
    assert.equal(registry.get('cchc-procedure')?.has(a.range), true);
  });

  it('answers a point with the drawn hit the engine’s hit test names', () => {
    const { registry, highlighter, hitIn, observer } = setUp();
    const a = hitIn('a');
    const b = hitIn('b');
    highlighter.draw([a]);
    observer.show(a.block.container, true);
    const procedure = registry.get('cchc-procedure') as FakeHighlight;
    registry.highlightsFromPoint = () => [{ highlight: procedure, ranges: [b.range, a.range] }];
    assert.equal(
      highlighter.hitAt(1, 1, null, () => []),
      a,
    );
    registry.highlightsFromPoint = () => [{ highlight: procedure, ranges: [b.range] }];
    assert.equal(
      highlighter.hitAt(1, 1, null, () => [b]),
      undefined,
      'b is not drawn',
    );
  });

  it('marks the current hit in a highlight of its own, and removes only its own entries', () => {
    const { registry, highlighter, hitIn, observer } = setUp();
    const a = hitIn('a');
    highlighter.draw([a]);
    observer.show(a.block.container, true);
    highlighter.setCurrent(a);
    assert.equal(registry.get('cchc-current')?.has(a.range), true);
    assert.equal(registry.get('cchc-current')?.priority, 1);
    const pages = new FakeHighlight();
    registry.set('page-own', pages);
    highlighter.destroy();
    assert.deepEqual([...registry.keys()], ['page-own']);
  });
});
