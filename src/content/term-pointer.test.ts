import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { HoverCard } from './hover-card.ts';
import type { TermHit } from './term-hit.ts';
import { HIDE_DELAY_MS, LONG_PRESS_MS, SHOW_DELAY_MS, TermPointer } from './term-pointer.ts';

/** A hit whose text sits in (or out of) a link; only what term-pointer.ts reads. */
function hit(id: string, inLink: boolean): TermHit {
  const parent = { closest: () => (inLink ? {} : null) };
  return { id, range: { startContainer: { parentElement: parent } } } as unknown as TermHit;
}

interface Setup {
  pointer: TermPointer;
  shown: string[];
  hidden: { count: number };
  explained: string[];
  /** The term at each x (one term per 100 px; none from 300). */
  terms: (TermHit | undefined)[];
}

function setup(): Setup {
  const shown: string[] = [];
  const hidden = { count: 0 };
  const explained: string[] = [];
  const terms = [hit('a', false), hit('b', false), hit('link', true)];
  const card: HoverCard = {
    show: (subject) => shown.push(subject.text),
    hide: () => {
      hidden.count++;
    },
    isShown: false,
    destroy() {},
  };
  const win = {
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0) as unknown as number,
    cancelAnimationFrame: (n: number) => clearTimeout(n),
    document: { elementFromPoint: () => null },
  } as unknown as Window;
  const pointer = new TermPointer(win, {
    hitAt: (x) => terms[Math.floor(x / 100)],
    isActive: () => true,
    popupOpen: () => false,
    explain: (h) => explained.push(h.id),
    content: async (h, inLink) => ({ entry: undefined, text: h.id, inLink, lang: 'vi', textScale: 1 }),
    anchor: () => ({ getBoundingClientRect: () => ({}) as DOMRect }),
    card: () => card,
  });
  return { pointer, shown, hidden, explained, terms };
}

const event = (x: number, pointerType = 'mouse') =>
  ({
    isTrusted: true,
    isPrimary: true,
    pointerType,
    clientX: x,
    clientY: 10,
    target: null,
    composedPath: () => [],
    preventDefault() {
      (this as { prevented?: boolean }).prevented = true;
    },
  }) as unknown as PointerEvent & { prevented?: boolean };

/** Lets timers up to `ms` run, and the promise callbacks they start (a timer set meanwhile counts from the end). */
async function pass(ms: number): Promise<void> {
  mock.timers.tick(ms);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('TermPointer', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('shows the card only after the mouse rests, swaps it between terms and hides it after leaving', async () => {
    const s = setup();
    s.pointer.move(event(50));
    await pass(0); // the hit test runs on the next frame
    await pass(SHOW_DELAY_MS - 50);
    assert.deepEqual(s.shown, [], 'shown before the mouse rested');
    await pass(60);
    assert.deepEqual(s.shown, ['a']);
    // Straight to the next term: the card follows without being hidden.
    s.pointer.move(event(150));
    await pass(0); // the hit test runs on the next frame
    await pass(1);
    assert.deepEqual(s.shown, ['a', 'b']);
    assert.equal(s.hidden.count, 0);
    // Off every term, back before the delay: it stays; off again for longer: it goes.
    s.pointer.move(event(350));
    await pass(0); // the hit test runs on the next frame
    await pass(HIDE_DELAY_MS - 100);
    s.pointer.move(event(160));
    await pass(0); // the hit test runs on the next frame
    await pass(HIDE_DELAY_MS);
    assert.equal(s.hidden.count, 0);
    s.pointer.move(event(350));
    await pass(0); // the hit test runs on the next frame
    await pass(HIDE_DELAY_MS + 10);
    assert.equal(s.hidden.count, 1);
  });

  it('shows nothing for a mouse that passes over a term', async () => {
    const s = setup();
    s.pointer.move(event(50));
    await pass(0); // the hit test runs on the next frame
    await pass(100);
    s.pointer.move(event(350));
    await pass(0); // the hit test runs on the next frame
    await pass(SHOW_DELAY_MS * 2);
    assert.deepEqual(s.shown, []);
  });

  it('explains a linked term on a long press and takes that touch’s click; a tap is left to the link', async () => {
    const s = setup();
    s.pointer.down(event(250, 'touch'));
    await pass(100);
    s.pointer.up(event(250, 'touch'));
    const tap = event(250, 'touch');
    assert.equal(s.pointer.takeClick(tap), false);
    assert.equal(tap.prevented, undefined);
    s.pointer.down(event(250, 'touch'));
    await pass(LONG_PRESS_MS + 10);
    assert.deepEqual(s.explained, ['link']);
    const menu = event(250, 'touch');
    s.pointer.contextMenu(menu);
    assert.equal(menu.prevented, true, 'the link menu of the long press is shown');
    s.pointer.up(event(250, 'touch'));
    const click = event(250, 'touch');
    assert.equal(s.pointer.takeClick(click), true);
    assert.equal(click.prevented, true);
    assert.deepEqual(s.shown, [], 'a touch showed the hover card');
  });

  it('leaves a press on a term outside a link, and a press that moves, alone', async () => {
    const s = setup();
    s.pointer.down(event(50, 'touch'));
    await pass(LONG_PRESS_MS + 10);
    s.pointer.down(event(250, 'touch'));
    s.pointer.move(event(280, 'touch'));
    await pass(LONG_PRESS_MS + 10);
    assert.deepEqual(s.explained, []);
  });
});
