import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goToTerm, nextTerm } from './go-to-term.ts';
import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/** Hits one above the other, 100 px apart, the viewport 300 px tall scrolled to `scroll`; `hidden` ones have no box. */
function layout(count: number, scroll: number, hidden: number[] = []) {
  const hits = Array.from({ length: count }, (_, i) => ({ id: `t${i}` }) as TermHit);
  const current: string[] = [];
  const highlighter = {
    rectsOf: (hit: TermHit) => {
      const i = hits.indexOf(hit);
      if (hidden.includes(i)) return [];
      const top = i * 100 - scroll;
      return [{ top, bottom: top + 20, left: 0, right: 50, width: 50, height: 20 } as DOMRect];
    },
    elementOf: () => null,
    setCurrent: (hit: TermHit | undefined) => current.push(hit?.id ?? '-'),
  } as unknown as Highlighter;
  const doc = { defaultView: { innerHeight: 300, scrollBy() {} } } as unknown as Document;
  return { hits, highlighter, doc, current };
}

describe('nextTerm', () => {
  it('starts from the viewport: the first term at or below its top, or the last above its bottom', () => {
    const { hits, highlighter, doc } = layout(10, 450);
    assert.equal(nextTerm(hits, undefined, 'next', highlighter, doc)?.id, 't5');
    assert.equal(nextTerm(hits, undefined, 'previous', highlighter, doc)?.id, 't7');
  });

  it('steps from the current term, wrapping around at either end', () => {
    const { hits, highlighter, doc } = layout(3, 0);
    assert.equal(nextTerm(hits, hits[2], 'next', highlighter, doc)?.id, 't0');
    assert.equal(nextTerm(hits, hits[0], 'previous', highlighter, doc)?.id, 't2');
  });

  it('skips terms that are not rendered, and finds none when nothing is', () => {
    const { hits, highlighter, doc } = layout(4, 0, [1, 2]);
    assert.equal(nextTerm(hits, hits[0], 'next', highlighter, doc)?.id, 't3');
    const none = layout(2, 0, [0, 1]);
    assert.equal(nextTerm(none.hits, undefined, 'next', none.highlighter, none.doc), undefined);
    assert.equal(nextTerm([], undefined, 'next', highlighter, doc), undefined);
  });
});

describe('goToTerm', () => {
  it('marks the term it goes to as the current one', () => {
    const { hits, highlighter, doc, current } = layout(3, 0);
    assert.equal(goToTerm(hits, hits[0], 'next', highlighter, doc)?.id, 't1');
    assert.deepEqual(current, ['t1']);
  });
});
