import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HoverCard } from './hover-card.ts';
import type { HoverSubject } from './hover-card-content.ts';
import { lazyHoverCard } from './lazy-hover-card.ts';
import type { TermAnchor } from './term-anchor.ts';

const content = { text: 'x' } as unknown as HoverSubject;
const anchor = {} as TermAnchor;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeCard(log: string[]): HoverCard {
  let shown = false;
  return {
    show: () => {
      shown = true;
      log.push('show');
    },
    hide: () => {
      shown = false;
      log.push('hide');
    },
    get isShown() {
      return shown;
    },
    destroy: () => log.push('destroy'),
  };
}

describe('lazyHoverCard', () => {
  it('makes the card once, on the first show, and shows it when its code has come', async () => {
    const log: string[] = [];
    let made = 0;
    const card = lazyHoverCard(async () => {
      made++;
      return fakeCard(log);
    });
    assert.equal(made, 0, 'nothing is loaded before the first show');
    assert.equal(card.isShown, false);
    card.show(content, anchor, () => {});
    await tick();
    assert.deepEqual(log, ['show']);
    assert.equal(card.isShown, true);
    card.hide();
    card.show(content, anchor, () => {});
    await tick();
    assert.equal(made, 1);
    assert.deepEqual(log, ['show', 'hide', 'show']);
  });

  it('drops a show that was still waiting for the code when the card was hidden', async () => {
    const log: string[] = [];
    const card = lazyHoverCard(async () => fakeCard(log));
    card.show(content, anchor, () => {});
    card.hide();
    await tick();
    assert.deepEqual(log, []);
    assert.equal(card.isShown, false);
  });

  it('destroys a card that was made after the page had destroyed it', async () => {
    const log: string[] = [];
    const card = lazyHoverCard(async () => fakeCard(log));
    card.show(content, anchor, () => {});
    card.destroy();
    await tick();
    assert.deepEqual(log, ['destroy']);
  });

  it('asks again after a failed load', async () => {
    const log: string[] = [];
    let calls = 0;
    const card = lazyHoverCard(async () => {
      calls++;
      if (calls === 1) throw new Error('no tab');
      return fakeCard(log);
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      card.show(content, anchor, () => {});
      await tick();
      card.show(content, anchor, () => {});
      await tick();
    } finally {
      console.warn = warn;
    }
    assert.equal(calls, 2);
    assert.deepEqual(log, ['show']);
  });
});
