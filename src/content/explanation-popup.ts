import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { Citation } from '../glossary/citations.ts';
import type { DocumentIndex } from '../glossary/document-registry.ts';
import type { Bilingual, Entry } from '../glossary/types.ts';
import { buildInfo } from '../shared/build-info.ts';
import { createElement } from '../shared/create-element.ts';
import { getMessage } from '../shared/get-message.ts';
import { type ExplanationInput, renderExplanation, TITLE_ID } from '../shared/render-explanation.ts';
import { adoptStyleSheet } from './adopt-style-sheet.ts';
import { copyText } from './copy-text.ts';
import POPUP_CSS from './explanation-popup.css';
import UI_CSS from './extension-ui.css';
import { POPUP_HOST_ATTRIBUTE } from './own-elements.ts';
import { renderUnknownTerm } from './render-unknown-term.ts';

/** The in-page explanation of a term: a non-modal dialog next to the term. */
export interface ExplanationPopup {
  /** Opens (or replaces) the explanation of entry `id` next to `anchor`; `surface` is the text as written on the page; `match` extras like a form note or a citation are optional. */
  open(
    id: string,
    anchor: { getBoundingClientRect(): DOMRect },
    surface?: string,
    returnFocus?: HTMLElement | null,
    extras?: { note?: Bilingual; citation?: Citation; range?: AbstractRange },
  ): void;
  /**
   * For a selection that names no known term ("Explain term" in the context menu): says so next to
   * `anchor` and offers to add it as an own term (`onAdd`); without `onAdd` (a selection too long to be
   * a term), asks for a shorter one instead.
   */
  openUnknown(text: string, anchor: { getBoundingClientRect(): DOMRect }, onAdd: (() => void) | undefined): void;
  close(): void;
  readonly isOpen: boolean;
  destroy(): void;
}

/** Space kept between the popup and the viewport's edges, and between the popup and the term. */
const EDGE = 8;
const GAP = 6;

/**
 * Narrow screens (a phone held upright): the explanation is a sheet along the bottom edge, where the thumb
 * reaches and the eye expects it, instead of a box next to the term that covers half the article.
 */
const SHEET_MEDIA = '(max-width: 480px)';

interface Shown extends ExplanationInput {
  anchor: { getBoundingClientRect(): DOMRect; contextElement?: Element };
  /** Where the term is on the page: focus goes back there on close. */
  range?: AbstractRange | undefined;
}

/** What Tab can reach inside the popup, besides the heading (which takes focus on open). */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** An element a reader can Tab to on the page, holding `node` (a link around a term, say). */
function focusableAround(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('a[href], button, summary, [tabindex]:not([tabindex="-1"])') ?? null;
}

/**
 * Gives the keyboard its place back at the term, which is text and cannot take focus itself: the link or
 * button holding it takes focus; otherwise a collapsed selection at the term's start: Firefox starts the
 * next Tab there, and in Chromium (which starts Tab from a script's selection only after a click) it is
 * what caret browsing and screen readers follow.
 */
function returnToTerm(term: Shown): boolean {
  const range = term.range;
  const start = range?.startContainer.isConnected ? range.startContainer : term.anchor.contextElement;
  if (!start?.isConnected) return false;
  const focusable = focusableAround(start);
  if (focusable) {
    focusable.focus({ preventScroll: true });
    return document.activeElement === focusable;
  }
  const selection = document.getSelection();
  if (!selection) return false;
  const length = start.nodeType === Node.TEXT_NODE ? (start.nodeValue?.length ?? 0) : start.childNodes.length;
  const offset = range && start === range.startContainer ? Math.min(range.startOffset, length) : 0;
  selection.collapse(start, offset);
  return true;
}

type Anchor = Shown['anchor'];

/**
 * The explanation popup, built lazily on first open: a `div` host appended to `<html>` (not a custom
 * element: `customElements` is null in Chromium content scripts) with a closed shadow root styled only by
 * a constructed stylesheet, positioned by @floating-ui/dom and removed from the page while closed.
 */
export function createExplanationPopup(options: {
  entries: ReadonlyMap<string, Entry>;
  documents: DocumentIndex;
  articleDate: string | undefined;
  today: string;
  lang: 'vi' | 'en';
  /** The reader's text size over the browser's font size (settings `textSize`). */
  textScale?: number;
  /** "Don't highlight this term": without it, no button. */
  onHide?: (id: string) => void;
}): ExplanationPopup {
  let host: HTMLDivElement | undefined;
  /** The host's closed shadow root: only this closure holds it (`host.shadowRoot` is null). */
  let shadow: ShadowRoot | undefined;
  let panel: HTMLDivElement | undefined;
  let scroller: HTMLDivElement | undefined;
  let current: Shown | undefined;
  /** What the popup is placed next to: the current term, or the selection of an unknown one. */
  let anchored: Anchor | undefined;
  /** Terms opened before the current one through related-term buttons, newest last. */
  let history: Shown[] = [];
  let returnTo: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | undefined;
  let destroyed = false;

  function build(): void {
    host = document.createElement('div');
    host.setAttribute(POPUP_HOST_ATTRIBUTE, '');
    // Closed: an opened note of the reader's own term must not be readable by the page's scripts.
    // Assistive tools read the accessibility tree, not `shadowRoot`; tests reach in through DevTools.
    const root = host.attachShadow({ mode: 'closed' });
    shadow = root;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_CSS + POPUP_CSS);
    adoptStyleSheet(root, sheet);

    const close = createElement('button', { className: 'close', text: '×' });
    close.type = 'button';
    close.setAttribute('aria-label', getMessage('popupClose'));
    close.title = getMessage('popupClose');
    close.addEventListener('click', () => popup.close());

    scroller = createElement('div', { className: 'scroll' });
    panel = createElement('div', { className: 'panel' }, close, scroller);
    panel.lang = options.lang;
    // Sizes in the sheet are in em of the browser's font size (`medium` on the host), times this.
    if (options.textScale && options.textScale !== 1)
      panel.style.setProperty('--text-scale', String(options.textScale));
    // Our text is left-to-right whatever the page's direction.
    panel.dir = 'ltr';
    // In the top layer, nothing the page puts on <html> (transform, will-change, contain, filter) makes
    // it the panel's containing block: the panel's fixed coordinates stay the viewport's.
    panel.popover = 'manual';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', TITLE_ID);
    panel.addEventListener('keydown', onPanelKeydown);
    root.append(panel);
    // Clicks in the popup are ours: keep them from the page's own bubbling handlers (its "click anywhere"
    // menus, or the highlighter's hit-test under the popup).
    for (const type of ['click', 'pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
  }

  function onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      moveFocus(event.shiftKey ? -1 : 1);
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    popup.close();
  }

  /**
   * The popup's Tab order: the heading (where focus lands on open), ✕, "← back", then the content's links
   * and the related-term chips in reading order, round again to the heading. ✕ comes first in the DOM
   * (so screen readers meet it at once), which the browser's own order would put before the heading,
   * out of reach; and a non-modal dialog keeps Tab inside until the reader closes it.
   */
  function focusOrder(): HTMLElement[] {
    if (!panel) return [];
    const first = [
      panel.querySelector<HTMLElement>(`#${TITLE_ID}`),
      panel.querySelector<HTMLElement>('.close'),
      panel.querySelector<HTMLElement>('.back'),
    ].filter((e): e is HTMLElement => e !== null);
    const rest = [...panel.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (e) => !first.includes(e) && e.getClientRects().length > 0,
    );
    return [...first, ...rest];
  }

  function moveFocus(step: 1 | -1): void {
    const order = focusOrder();
    if (order.length === 0) return;
    const active = shadow?.activeElement;
    const at = active instanceof HTMLElement ? order.indexOf(active) : -1;
    const next = at < 0 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
    order[next]?.focus();
  }

  /** Escape pressed on the page (focus outside the popup) closes it too, without taking the key from the page. */
  function onDocumentKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') popup.close();
  }

  function onDocumentPointerdown(event: Event): void {
    if (host && !event.composedPath().includes(host)) popup.close();
  }

  /** Whether the panel shows as a bottom sheet (a narrow viewport); then floating-ui does not place it. */
  function placeSheet(target: HTMLDivElement): boolean {
    const sheet = window.matchMedia(SHEET_MEDIA).matches;
    target.classList.toggle('sheet', sheet);
    if (!sheet) return false;
    target.style.left = '';
    target.style.top = '';
    target.style.maxHeight = '';
    target.classList.add('positioned');
    return true;
  }

  /** On a sheet, scrolls the page (once, on open) so the term stays in sight above it. */
  function keepTermAboveSheet(): void {
    if (!panel?.classList.contains('sheet') || !anchored) return;
    const term = anchored.getBoundingClientRect();
    const top = panel.getBoundingClientRect().top;
    if (term.bottom > top - EDGE) window.scrollBy({ top: term.bottom - top + 3 * EDGE, behavior: 'instant' });
  }

  function place(): void {
    if (!panel || !anchored) return;
    const target = panel;
    const anchor = anchored;
    if (placeSheet(target)) return;
    computePosition(anchor, target, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        // Above or below only, whichever has more room; size() then caps the height and the content scrolls.
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableHeight }) {
            // Never taller than the room on the chosen side; the content scrolls inside.
            target.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (target !== panel || anchor !== anchored) return;
      target.style.left = `${Math.round(x)}px`;
      target.style.top = `${Math.round(y)}px`;
      target.classList.add('positioned');
    });
  }

  /** Renders `shown` into the panel and moves focus to its heading. */
  function show(shown: Shown): void {
    if (!host || !panel || !scroller) return;
    current = shown;
    anchored = shown.anchor;
    const entry = shown.entry;
    const content = renderExplanation(shown, {
      ...options,
      t: getMessage,
      onRelated: (id) => {
        const related = options.entries.get(id);
        if (!related || !current) return;
        history.push(current);
        show({ entry: related, anchor: current.anchor });
      },
      onCopy: (text) => copyText(text, shadow),
      // Only when the project has a tracker (package.json `bugs`); the page without its fragment.
      report: buildInfo.bugsUrl
        ? { tracker: buildInfo.bugsUrl, page: location.href.split('#')[0], version: buildInfo.version }
        : undefined,
    });
    const previous = history.at(-1);
    if (previous) {
      const back = createElement('button', {
        className: 'back',
        text: `← ${getMessage('popupBack', previous.entry.term)}`,
      });
      back.type = 'button';
      back.addEventListener('click', () => {
        const last = history.pop();
        if (last) show(last);
      });
      content.prepend(back);
    }
    scroller.replaceChildren(content);
    scroller.scrollTop = 0;
    panel.dataset.entry = entry.id;
    content.querySelector<HTMLElement>(`#${TITLE_ID}`)?.focus({ preventScroll: true });
    place();
    keepTermAboveSheet();
  }

  /** Gets the popup ready for new content: built, on the page, knowing where focus goes back to. */
  function begin(returnFocus: HTMLElement | null | undefined): boolean {
    if (destroyed) return false;
    if (!host) build();
    if (!host || !panel) return false;
    const active = document.activeElement;
    // When one popup replaces another, focus is inside ours: keep where the first one came from.
    if (returnFocus) returnTo = returnFocus;
    else if (active !== host) returnTo = active instanceof HTMLElement ? active : null;
    if (!host.isConnected) document.documentElement.append(host);
    if (!panel.matches(':popover-open')) panel.showPopover();
    // The top layer still inherits the page's zoom (on <html>): undo it, so the panel keeps its own size
    // and its coordinates are the viewport's CSS pixels, as floating-ui computes them.
    const zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    panel.style.zoom = zoom > 0 && zoom !== 1 ? String(1 / zoom) : '';
    panel.classList.remove('positioned');
    history = [];
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    return true;
  }

  /** Positions the popup next to `anchor` and keeps it there; listens for the ways it closes. */
  function follow(anchor: Anchor): void {
    if (!panel) return;
    anchored = anchor;
    stopAutoUpdate = autoUpdate(anchor, panel, place);
    document.addEventListener('keydown', onDocumentKeydown);
    document.addEventListener('pointerdown', onDocumentPointerdown, true);
  }

  const popup: ExplanationPopup = {
    open(id, anchor, surface, returnFocus, extras) {
      const entry = options.entries.get(id);
      if (!entry) {
        popup.close();
        return;
      }
      if (!begin(returnFocus)) return;
      show({ entry, anchor, surface, note: extras?.note, citation: extras?.citation, range: extras?.range });
      follow(anchor);
    },

    openUnknown(text, anchor, onAdd) {
      if (!begin(undefined) || !panel || !scroller) return;
      const content = renderUnknownTerm(text, {
        t: getMessage,
        pageLang: document.documentElement.lang || 'vi',
        onAdd: onAdd
          ? () => {
              onAdd();
              popup.close();
            }
          : undefined,
      });
      current = undefined;
      scroller.replaceChildren(content);
      panel.dataset.entry = '';
      content.querySelector<HTMLElement>(`#${TITLE_ID}`)?.focus({ preventScroll: true });
      follow(anchor);
    },

    close() {
      if (!host?.isConnected) return;
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      document.removeEventListener('keydown', onDocumentKeydown);
      document.removeEventListener('pointerdown', onDocumentPointerdown, true);
      const focusWasInside = document.activeElement === host;
      const noFocus = !document.activeElement || document.activeElement === document.body;
      // The term the reader opened first (related terms opened from it stack on top).
      const term = history[0] ?? current;
      host.remove();
      current = undefined;
      anchored = undefined;
      history = [];
      // Give focus back only if it was ours: a reader who already moved on keeps their place. Back to
      // where it came from when that was a place of its own (a link, a field), else to the term.
      const from = returnTo?.isConnected && returnTo !== document.body ? returnTo : null;
      if (focusWasInside || noFocus) {
        if (from) from.focus({ preventScroll: true });
        // Only when the popup had focus: Escape pressed on the page must not move the reader's selection.
        else if (term && focusWasInside) returnToTerm(term);
      }
      returnTo = null;
    },

    get isOpen() {
      return host?.isConnected === true;
    },

    destroy() {
      popup.close();
      destroyed = true;
      host = undefined;
      shadow = undefined;
      panel = undefined;
      scroller = undefined;
    },
  };
  return popup;
}
