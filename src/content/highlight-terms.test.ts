import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Highlighter, madeOnFirstDraw } from './highlight-terms.ts';
import type { TermHit } from './term-hit.ts';

/** A highlighter that logs what it is asked. */
function loggingHighlighter(log: string[]): Highlighter {
  return {
    splitsText: false,
    draw: (hits) => log.push(`draw ${hits.map((h) => h.id).join(',')}`),
    clear: (hits) => log.push(`clear ${hits.map((h) => h.id).join(',')}`),
    setCurrent: (hit) => log.push(`current ${hit?.id ?? '-'}`),
    rectsOf: () => [],
    elementOf: () => null,
    hitAt: () => undefined,
    setLook: (style, scheme) => log.push(`look ${style} ${scheme}`),
    destroy: () => log.push('destroy'),
  };
}

const hit = (id: string) => ({ id }) as TermHit;

describe('madeOnFirstDraw', () => {
  it('makes nothing while there is nothing to show, then the highlighter with the look set before', () => {
    const log: string[] = [];
    let made = 0;
    const highlighter = madeOnFirstDraw(() => {
      made++;
      return loggingHighlighter(log);
    });
    highlighter.setLook('underline', 'contrast');
    highlighter.draw([]);
    highlighter.clear([hit('a')]);
    highlighter.setCurrent(undefined);
    assert.equal(
      highlighter.hitAt(1, 1, null, () => []),
      undefined,
    );
    highlighter.destroy();
    assert.equal(made, 0, 'a page without terms builds nothing');
    highlighter.draw([hit('a')]);
    highlighter.draw([]);
    highlighter.setCurrent(undefined);
    highlighter.setLook('background', 'single');
    assert.equal(made, 1);
    assert.deepEqual(log, ['look underline contrast', 'draw a', 'draw ', 'current -', 'look background single']);
  });

  it('is made for a current term even before any draw', () => {
    const log: string[] = [];
    const highlighter = madeOnFirstDraw(() => loggingHighlighter(log));
    highlighter.setCurrent(hit('b'));
    assert.deepEqual(log, ['current b']);
  });
});
