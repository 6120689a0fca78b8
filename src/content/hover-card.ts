import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { createElement } from '../shared/create-element.ts';
import { adoptStyleSheet } from './adopt-style-sheet.ts';
import UI_CSS from './extension-ui.css';
import CARD_CSS from './hover-card.css';
import { type HoverSubject, subjectContent } from './hover-card-content.ts';
import { HOVER_HOST_ATTRIBUTE } from './own-elements.ts';
import type { TermAnchor } from './term-anchor.ts';

/** The UI strings the card shows, passed in so this module needs no extension API. */
export interface HoverCardStrings {
  explain: string;
  hintTerm: string;
  hintLink: string;
}

/** The hover preview of a term: a small card beside it, with its gloss and a button to the full explanation. */
export interface HoverCard {
  show(subject: HoverSubject, anchor: TermAnchor, onExplain: () => void): void;
  hide(): void;
  readonly isShown: boolean;
  destroy(): void;
}

function glossLine(gloss: { text: string; lang: 'vi' | 'en' }): HTMLElement {
  const line = createElement('span', { className: 'gloss', text: gloss.text });
  line.lang = gloss.lang;
  return line;
}

/** Space kept to the viewport's edges, and between the card and the term. */
const EDGE = 8;
const GAP = 6;

/**
 * The hover card, built on first use: one `div` host on `<html>` (our only node on the page while it is
 * shown, removed when hidden), an open shadow root styled by a constructed sheet, and the card itself a
 * `popover="manual"` in the top layer, as the explanation popup is (explanation-popup.ts says why). It
 * never takes focus: the button cannot be reached by Tab (the keyboard's way to a term is Alt+Shift+.)
 * and a mouse press on it does not move focus.
 */
export function createHoverCard(doc: Document, strings: HoverCardStrings): HoverCard {
  let host: HTMLDivElement | undefined;
  let card: HTMLDivElement | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let explain: (() => void) | undefined;

  function build(): { host: HTMLDivElement; card: HTMLDivElement } {
    const h = doc.createElement('div');
    h.setAttribute(HOVER_HOST_ATTRIBUTE, '');
    // Closed, like the popup's: the card shows an own term's gloss, which the page must not read.
    const root = h.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_CSS + CARD_CSS);
    adoptStyleSheet(root, sheet);
    const c = createElement('div', { className: 'card' });
    c.popover = 'manual';
    root.append(c);
    // Presses in the card are ours: the page's bubbling handlers never see them.
    for (const type of ['click', 'pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    host = h;
    card = c;
    return { host: h, card: c };
  }

  function place(anchor: TermAnchor, target: HTMLDivElement): void {
    computePosition(anchor, target, {
      strategy: 'fixed',
      // Above the term: the lines the reader goes on to stay uncovered.
      placement: 'top-start',
      middleware: [offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE })],
    }).then(({ x, y }) => {
      if (target !== card || !host?.isConnected) return;
      target.style.left = `${Math.round(x)}px`;
      target.style.top = `${Math.round(y)}px`;
      target.classList.add('positioned');
    });
  }

  const hoverCard: HoverCard = {
    show(subject, anchor, onExplain) {
      const content = subjectContent(subject);
      const built = host && card ? { host, card } : build();
      explain = onExplain;
      const button = createElement('button', { className: 'explain', text: strings.explain });
      button.type = 'button';
      // Not in the page's Tab order while it happens to be shown, and a press does not take focus.
      button.tabIndex = -1;
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', (event) => {
        // Only the reader's own click: a page's script must not drive our UI.
        if (!event.isTrusted) return;
        const action = explain;
        hoverCard.hide();
        action?.();
      });
      const hint = createElement('span', {
        className: 'hint',
        text: content.inLink ? strings.hintLink : strings.hintTerm,
      });
      built.card.lang = content.lang;
      // The reader's text size (settings), over the browser's font size as the popup's.
      built.card.style.setProperty('--text-scale', String(content.textScale ?? 1));
      built.card.dir = 'ltr';
      built.card.replaceChildren(
        createElement('span', { className: 'term', text: content.term }),
        ...(content.gloss ? [glossLine(content.gloss)] : []),
        ...(content.summary ? [createElement('span', { className: 'summary', text: content.summary })] : []),
        createElement('span', { className: 'row' }, button, hint),
      );
      built.card.classList.remove('positioned');
      if (!built.host.isConnected) doc.documentElement.append(built.host);
      if (!built.card.matches(':popover-open')) built.card.showPopover();
      stopAutoUpdate?.();
      const target = built.card;
      stopAutoUpdate = autoUpdate(anchor, target, () => place(anchor, target));
    },

    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      explain = undefined;
      if (card?.matches(':popover-open')) card.hidePopover();
      card?.classList.remove('positioned');
      host?.remove();
    },

    get isShown() {
      return host?.isConnected === true;
    },

    destroy() {
      hoverCard.hide();
      host = undefined;
      card = undefined;
    },
  };
  return hoverCard;
}
