import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterHighlighter } from './filter-highlighter.ts';
import type { Highlighter } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

const hit = (id: string, category: TermHit['category']) => ({ id, category }) as TermHit;

function recorder() {
  const calls: string[] = [];
  const inner: Highlighter = {
    splitsText: true,
    draw: (hits) => calls.push(`draw ${hits.map((h) => h.id).join(',')}`),
    clear: (hits) => calls.push(`clear ${hits.map((h) => h.id).join(',')}`),
    setCurrent: (h) => calls.push(`current ${h?.id ?? '-'}`),
    rectsOf: () => [],
    elementOf: () => null,
    hitAt: () => undefined,
    setLook: () => calls.push('look'),
    destroy() {},
  };
  return { inner, calls };
}

describe('filterHighlighter', () => {
  it('draws only the visible hits and reports each change', () => {
    const { inner, calls } = recorder();
    let changes = 0;
    const hidden = new Set(['index']);
    const filtered = filterHighlighter(
      inner,
      (h) => !hidden.has(h.category),
      () => changes++,
    );
    filtered.draw([hit('a', 'procedure'), hit('b', 'index'), hit('c', 'mechanism')]);
    filtered.clear([hit('b', 'index')]);
    filtered.setCurrent(hit('b', 'index'));
    filtered.setCurrent(hit('a', 'procedure'));
    assert.deepEqual(calls, ['draw a,c', 'clear b', 'current -', 'current a']);
    assert.equal(changes, 2);
  });

  it('passes the rest through, strategy included', () => {
    const { inner, calls } = recorder();
    const filtered = filterHighlighter(
      inner,
      () => true,
      () => {},
    );
    filtered.setLook('underline', 'single');
    assert.equal(filtered.splitsText, true);
    assert.deepEqual(calls, ['look']);
  });
});
