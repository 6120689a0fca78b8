import type { Category, Entry } from '../glossary/types.ts';
import type { PageTerm, TabResponse } from '../shared/messages-to-tab.ts';
import { sendToBackground } from '../shared/send-to-background.ts';
import { defaultSettings, isSiteEnabled, type Settings, siteOf } from '../shared/settings.ts';
import type { Highlighter } from './highlight-terms.ts';
import { nextTerm, scrollToTerm } from './move-to-term.ts';
import type { PageScanner } from './scan-page.ts';
import { frameHostname } from './scans-frame.ts';
import type { TermHit } from './term-hit.ts';

/**
 * The reader's controls on the page: the per-site switch and the hidden categories (a filter in front
 * of the highlighter, so the scanner keeps its index and a category comes back without a rescan), the
 * highlight style, the toolbar badge's count, and the toolbar popup's questions (the terms on the page,
 * show one of them).
 */
export interface ReaderControls {
  /** The highlighter to give the scanner: draws only what the settings let through. */
  readonly highlighter: Highlighter;
  /** Connects the scanner, and what the page does for the controls. */
  attach(scanner: PageScanner, hooks: ControlHooks): void;
  /** Whether the reader has this site on: while off, nothing is scanned (the caller checks this). */
  siteEnabled(): boolean;
  /** Whether a hit is drawn (its site is on, its category shown): only those can be opened. */
  isVisible(hit: TermHit): boolean;
  /** Applies new settings live; says whether the explanations' language changed. */
  apply(settings: Settings): { languageChanged: boolean };
  /** The language of the explanations. */
  language(): 'vi' | 'en';
  /** The toolbar popup's `get-page-terms`: this frame's site, its switch and its terms. */
  pageTerms(): Promise<TabResponse<'get-page-terms'>>;
  /** The toolbar popup's `show-term`: goes to the term's next occurrence and explains it. */
  showTerm(id: string): Promise<TabResponse<'show-term'>>;
}

/** What the page (main.ts) does for the controls. */
export interface ControlHooks {
  /** The term whose explanation was opened last. */
  current(): TermHit | undefined;
  open(hit: TermHit): void;
  /**
   * Scans the page afresh, the way the page's own full rescans do (finding the article root again and
   * watching it): the site may have been off since load, so nothing may have been scanned yet.
   */
  scanAll(): Promise<unknown>;
}

/** How long after the last change of the hits the badge's count is sent. */
const REPORT_DELAY_MS = 250;

export function createReaderControls(
  doc: Document,
  inner: Highlighter,
  entries: ReadonlyMap<string, Entry>,
): ReaderControls {
  const host = siteOf(frameHostname(doc.location.hostname, doc.defaultView?.origin));
  let settings: Settings = structuredClone(defaultSettings) as Settings;
  let enabled = true;
  let hidden = new Set<Category>();
  let scanner: PageScanner | undefined;
  let hooks: ControlHooks | undefined;
  /** A full scan started here (turning the site back on), which answers wait for. */
  let scanning: Promise<unknown> = Promise.resolve();
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReported = -1;

  const isVisible = (hit: TermHit) => enabled && !hidden.has(hit.category);

  function scheduleReport(): void {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(report, REPORT_DELAY_MS);
  }

  function report(force = false): void {
    const count = enabled ? new Set(visibleHits().map((h) => h.id)).size : 0;
    if (count === lastReported && !force) return;
    lastReported = count;
    sendToBackground({ type: 'report-terms', count }).catch(() => {});
  }

  function visibleHits(): TermHit[] {
    return scanner ? scanner.hitsInOrder().filter(isVisible) : [];
  }

  const highlighter: Highlighter = {
    ...inner,
    draw(hits) {
      inner.draw(hits.filter(isVisible));
      scheduleReport();
    },
    clear(hits) {
      inner.clear(hits);
      scheduleReport();
    },
    setCurrent: (hit) => inner.setCurrent(hit && isVisible(hit) ? hit : undefined),
  };

  /** Draws the scanner's shown hits again after the filter changed. */
  function redraw(wasEnabled: boolean): void {
    if (!scanner || !hooks) return;
    if (!enabled) {
      if (wasEnabled) {
        inner.setCurrent(undefined);
        scanner.clear();
      }
    } else if (!wasEnabled || inner.splitsText) {
      // Back on (the index was dropped, or the site was off at load and nothing was scanned), or wrapped
      // text whose nodes were split: find the terms afresh.
      scanning = hooks.scanAll();
    } else {
      const shown = scanner.hitsInOrder().filter((h) => scanner?.isShown(h));
      inner.clear(shown.filter((h) => !isVisible(h)));
      inner.draw(shown.filter(isVisible));
      const current = hooks.current();
      if (current && !isVisible(current)) inner.setCurrent(undefined);
    }
    scheduleReport();
  }

  function pageTerms(): PageTerm[] {
    const byId = new Map<string, PageTerm>();
    for (const hit of visibleHits()) {
      const found = byId.get(hit.id);
      if (found) found.count++;
      else
        byId.set(hit.id, { id: hit.id, term: entries.get(hit.id)?.term ?? hit.text, category: hit.category, count: 1 });
    }
    return [...byId.values()];
  }

  function showTerm(id: string): boolean {
    if (!scanner || !hooks) return false;
    const all = scanner.hitsInOrder().filter((h) => h.id === id && isVisible(h));
    // With "first occurrence only", the other occurrences are not drawn: go to the drawn one.
    const hits = all.filter((h) => scanner?.isShown(h));
    const current = hooks.current();
    const hit = nextTerm(hits, current?.id === id ? current : undefined, 'next', inner, doc);
    if (!hit) return false;
    inner.setCurrent(hit);
    scrollToTerm(hit, inner, doc);
    hooks.open(hit);
    flash(hit);
    return true;
  }

  /** Blinks the current-term mark twice, ending on, so the eye finds the term after the scroll. */
  function flash(hit: TermHit): void {
    const steps = [false, true, false, true];
    steps.forEach((on, i) => {
      setTimeout(
        () => {
          if (hooks?.current() === hit) inner.setCurrent(on ? hit : undefined);
        },
        150 * (i + 1),
      );
    });
  }

  return {
    highlighter,
    attach(s, h) {
      scanner = s;
      hooks = h;
    },
    siteEnabled: () => enabled,
    isVisible,
    apply(next) {
      const wasEnabled = enabled;
      const wasHidden = hidden;
      const languageChanged = next.explanationLanguage !== settings.explanationLanguage;
      const badgeChanged = next.showBadge !== settings.showBadge;
      settings = next;
      enabled = isSiteEnabled(next, host);
      hidden = new Set(next.hiddenCategories);
      inner.setLook(next.highlightStyle, next.colorScheme);
      const filterChanged =
        wasEnabled !== enabled || wasHidden.size !== hidden.size || [...hidden].some((c) => !wasHidden.has(c));
      if (filterChanged) redraw(wasEnabled);
      if (badgeChanged) setTimeout(() => report(true), REPORT_DELAY_MS);
      return { languageChanged };
    },
    language: () => settings.explanationLanguage,
    async pageTerms() {
      await scanning;
      return { host, enabled, terms: enabled ? pageTerms() : [] };
    },
    async showTerm(id) {
      await scanning;
      return { shown: showTerm(id) };
    },
  };
}
