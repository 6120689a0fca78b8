import type { HoverCard } from './hover-card.ts';
import type { HoverSubject } from './hover-card-content.ts';
import { isOwnElement } from './own-elements.ts';
import type { TermAnchor } from './term-anchor.ts';
import type { TermHit } from './term-hit.ts';
import { linkOf } from './term-link.ts';

/** How long the mouse rests on a term before its card shows: passing over text shows nothing. */
export const SHOW_DELAY_MS = 400;
/** How long the card stays after the pointer left the term (time to reach the card, no flicker between words). */
export const HIDE_DELAY_MS = 300;
/** A touch held this long on a linked term explains it (a shorter tap follows the link). */
export const LONG_PRESS_MS = 500;
/** A touch that moves farther than this (CSS px) is a scroll, not a press. */
const PRESS_SLOP = 10;
/**
 * After a long press, the click and context menu the browser sends for the same touch are ours: until
 * the finger lifts, and this long after (the click comes within a few ms of the lift, if at all;
 * Firefox sends none, so a longer window would swallow the reader's next real tap).
 */
const AFTER_LIFT_MS = 400;

/** What the pointer handling needs from the page (content-page.ts), passed in so it stays testable. */
export interface TermPointerOptions {
  /** The drawn, visible term at a viewport point. */
  hitAt(x: number, y: number, target: EventTarget | null): TermHit | undefined;
  /** Whether terms are shown here now (full mode, site on). */
  isActive(): boolean;
  /** Whether the explanation popup is open: then no card is shown. */
  popupOpen(): boolean;
  /** Opens the term's explanation. */
  explain(hit: TermHit): void;
  /** What the card says (the gloss may need the explanations loaded first). */
  content(hit: TermHit, inLink: boolean): Promise<HoverSubject>;
  anchor(hit: TermHit): TermAnchor;
  /** The card, made on first use. */
  card(): HoverCard;
}

interface Press {
  hit: TermHit;
  x: number;
  y: number;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The pointer's ways to a term besides a plain click (which term-at-click.ts handles):
 *
 * - **Mouse (and pen): the hover card.** Resting on a drawn term for `SHOW_DELAY_MS` shows a card above
 *   it with the term's gloss and a button to the full explanation: the cue that a highlight can be
 *   clicked (the Highlight API cannot set a cursor on a highlight), and for a term inside a link the way
 *   to explain it without following the link. Moving to another term swaps the card's content in
 *   place; leaving term and card hides it after `HIDE_DELAY_MS`. No card while the explanation is open.
 * - **Touch: a long press on a linked term** explains it; the click and context menu the browser then
 *   sends for that touch are taken (a plain tap still follows the link).
 *
 * Hit tests run at most once per frame, and only for trusted events inside the scanned article.
 */
export class TermPointer {
  private shownHit: TermHit | undefined;
  /** The term the mouse is on now (as of the last hit test). */
  private under: TermHit | undefined;
  private inCard = false;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** Where the mouse was last (viewport coordinates): a scroll moves the page under it. */
  private mouse: { x: number; y: number } | undefined;
  private pending: { x: number; y: number; target: EventTarget | null; ownUi: boolean } | undefined;
  private press: Press | undefined;
  /** A long press explained a term and the finger is still down. */
  private holding = false;
  /** Until when a click or context menu belongs to a long press that explained a term. */
  private pressedUntil = 0;
  /** Whether a card was ever made (hiding one that was never made must not make it). */
  private cardMade = false;

  constructor(
    private readonly win: Window,
    private readonly options: TermPointerOptions,
  ) {}

  /** pointermove (capture phase, on the window). */
  move(event: PointerEvent): void {
    if (!event.isTrusted) return;
    if (event.pointerType === 'touch') {
      const press = this.press;
      if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) > PRESS_SLOP) this.cancelPress();
      return;
    }
    this.mouse = { x: event.clientX, y: event.clientY };
    this.test({ ...this.mouse, target: innerTarget(event), ownUi: this.isInOwnUi(event) });
  }

  /** The page scrolled: what is under the resting mouse now is tested again (the card follows or goes). */
  scrolled(): void {
    const mouse = this.mouse;
    if (!mouse || (!this.shownHit && this.showTimer === undefined)) return;
    const target = this.win.document.elementFromPoint(mouse.x, mouse.y);
    this.test({ ...mouse, target, ownUi: target !== null && isOwnElement(target) });
  }

  /** Hit-tests at most once per frame, with the latest position. */
  private test(at: NonNullable<TermPointer['pending']>): void {
    this.pending = at;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.hoverTest());
  }

  /** pointerdown: a touch may start a long press; a mouse press anywhere but on the card hides the card. */
  down(event: PointerEvent): void {
    if (!event.isTrusted) return;
    if (event.pointerType !== 'touch') {
      if (!this.isInOwnUi(event)) this.hide();
      return;
    }
    this.cancelPress();
    if (!event.isPrimary || !this.options.isActive()) return;
    const hit = this.options.hitAt(event.clientX, event.clientY, innerTarget(event));
    if (!hit || !linkOf(hit)) return;
    const timer = setTimeout(() => this.longPress(), LONG_PRESS_MS);
    this.press = { hit, x: event.clientX, y: event.clientY, timer };
  }

  /** pointerup and pointercancel: a touch lifted before `LONG_PRESS_MS` was a tap. */
  up(event: PointerEvent): void {
    if (event.pointerType !== 'touch') return;
    this.cancelPress();
    if (this.holding) {
      this.holding = false;
      this.pressedUntil = performance.now() + AFTER_LIFT_MS;
    }
  }

  /** Whether a click or context menu now belongs to a long press. */
  private ownsPress(): boolean {
    return this.holding || performance.now() <= this.pressedUntil;
  }

  /** A click (capture phase, before term-at-click.ts): true when it ends a long press, whose link it must not follow. */
  takeClick(event: MouseEvent): boolean {
    if (!event.isTrusted || !this.ownsPress()) return false;
    this.pressedUntil = 0;
    event.preventDefault();
    return true;
  }

  /** contextmenu: on a phone, a long press on a link opens the browser's menu; on our term, the explanation instead. */
  contextMenu(event: MouseEvent): void {
    if (!event.isTrusted) return;
    // The browser's long-press menu may come before our timer: it is the long press.
    if (this.press) this.longPress();
    if (this.ownsPress()) event.preventDefault();
  }

  /** Escape, a press elsewhere, leaving the window: the card goes at once. */
  hide(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.showTimer = undefined;
    this.hideTimer = undefined;
    this.shownHit = undefined;
    this.under = undefined;
    this.inCard = false;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = undefined;
    if (this.cardMade) this.options.card().hide();
  }

  /** Forgets everything (the page stopped, or its terms were found afresh). */
  reset(): void {
    this.cancelPress();
    this.holding = false;
    this.hide();
  }

  private isInOwnUi(event: Event): boolean {
    return event.composedPath().some((n) => n instanceof Element && isOwnElement(n));
  }

  private hoverTest(): void {
    this.frame = 0;
    const at = this.pending;
    this.pending = undefined;
    if (!at) return;
    if (!this.options.isActive() || this.options.popupOpen()) {
      this.hide();
      return;
    }
    this.inCard = at.ownUi;
    this.under = this.inCard ? undefined : this.options.hitAt(at.x, at.y, at.target);
    const under = this.under;
    if (this.inCard || (under && under === this.shownHit)) {
      // On the card, or still on its term: it stays.
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      return;
    }
    if (under && this.shownHit) {
      // From one term straight to another: the card follows without hiding in between.
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      this.showFor(under);
      return;
    }
    if (under) {
      if (this.showTimer === undefined) {
        this.showTimer = setTimeout(() => {
          this.showTimer = undefined;
          // Still resting on it (a moving mouse restarts the wait for the new term).
          if (this.under) this.showFor(this.under);
        }, SHOW_DELAY_MS);
      }
      return;
    }
    // Off every term and off the card.
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    if (this.shownHit && this.hideTimer === undefined) {
      this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
    }
  }

  private showFor(hit: TermHit): void {
    this.shownHit = hit;
    const inLink = linkOf(hit) !== null;
    this.options.content(hit, inLink).then(
      (content) => {
        // The reader moved on (or opened the explanation) while the gloss was loading.
        if (this.shownHit !== hit || this.options.popupOpen() || !this.options.isActive()) return;
        this.cardMade = true;
        this.options.card().show(content, this.options.anchor(hit), () => this.options.explain(hit));
      },
      () => {},
    );
  }

  private longPress(): void {
    const press = this.press;
    if (!press) return;
    this.cancelPress();
    this.holding = true;
    this.hide();
    this.options.explain(press.hit);
  }

  private cancelPress(): void {
    if (this.press) clearTimeout(this.press.timer);
    this.press = undefined;
  }
}

/**
 * Where the event happened, inside the page's open shadow roots too (a listener on the window is told
 * the outermost host): the wrapping fallback finds a term by its wrapper element.
 */
export function innerTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
