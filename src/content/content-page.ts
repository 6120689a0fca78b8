import type { DocumentIndex } from '../glossary/document-registry.ts';
import type { Category, Entry } from '../glossary/types.ts';
import { type ArticleExtent, findArticleExtent } from '../shared/article-extent.ts';
import { composedContains } from '../shared/composed-tree.ts';
import type { StartMode } from '../shared/content-script-globals.ts';
import type { OccurrenceRule } from '../shared/everyday-terms.ts';
import type { TabHandlers } from '../shared/messages-to-tab.ts';
import { OWN_ID_PREFIX } from '../shared/own-terms.ts';
import { defaultSettings, isSiteEnabled, type Settings, textScale } from '../shared/settings-values.ts';
import type { TermMatcher } from '../shared/term-matcher.ts';
import { type BadgeReporter, createBadgeReporter } from './badge-reporter.ts';
import type { explainSelection } from './explain-selection.ts';
import type { ExplanationPopup } from './explanation-popup.ts';
import { filterHighlighter } from './filter-highlighter.ts';
import type { flashTerm } from './flash-term.ts';
import type { goToTerm } from './go-to-term.ts';
import { createHighlighter, type Highlighter } from './highlight-terms.ts';
import type { HoverCard } from './hover-card.ts';
import type { HoverSubject } from './hover-card-content.ts';
import type { PopupOptions } from './lazy-explanation-popup.ts';
import { isOwnElement } from './own-elements.ts';
import { pageTerms } from './page-terms.ts';
import { PageScanner } from './scan-page.ts';
import { termAnchor } from './term-anchor.ts';
import { termAtClick } from './term-at-click.ts';
import type { TermHit } from './term-hit.ts';
import { TermPointer } from './term-pointer.ts';
import { type MutationWatcher, watchMutations } from './watch-mutations.ts';

/** What the page needs from the extension, passed in so that this module itself uses no extension API. */
export interface ContentPageOptions {
  /** How the content script runs here: `explain` answers "Explain term" and nothing else (enter.ts). */
  mode: StartMode;
  /** The article's extent for the first scan, when it has just been found (enter.ts); else found here. */
  extent?: ArticleExtent;
  /**
   * What finds the terms (bundled and own) in the page's text: in the content script the background's
   * matcher (background-matcher.ts), which answers with the entries of the terms it finds.
   */
  matcher: TermMatcher;
  /** The legal documents they cite, by id and by number (the popup's; the lazy popup brings its own). */
  documents: DocumentIndex;
  /** Sends the number of distinct terms shown, for the toolbar badge. */
  reportCount(count: number): void;
  /** Asks the background to open the own-term form for a selection the glossary does not know. */
  addOwnTerm(text: string): void;
  /** Stores the reader's "don't highlight this term" (the settings change then comes back here). */
  hideTerm(id: string): void;
  /** The site key whose switch applies to this frame (`siteOf(frameHostname(…))`). */
  host: string;
  /**
   * Makes the explanation popup (explanation-popup.ts; the UI strings need the extension API). The
   * article's date is the maker's to read (main.ts reads it with the popup's code, on first use).
   */
  createPopup: (options: PopupOptions) => ExplanationPopup;
  /**
   * The context menu's "Explain term" (explain-selection.ts): it always opens the popup, so it comes with
   * the popup's code, on first use (main.ts; content-ui.ts).
   */
  explainSelection: (...args: Parameters<typeof explainSelection>) => ReturnType<typeof explainSelection>;
  /**
   * Going to a term (keyboard, the toolbar popup's list: go-to-term.ts, flash-term.ts). It always opens
   * the popup, so it comes with the popup's code, on first use (main.ts; content-ui.ts).
   */
  navigation: () => Promise<{ goToTerm: typeof goToTerm; flashTerm: typeof flashTerm }>;
  /** Makes the hover card (hover-card.ts); without it, no hover card and no long press (unit tests). */
  createHoverCard?: () => HoverCard;
  /** A bundled term's full entry (gloss, explanation), which the content script does not carry. */
  fullEntry?: (id: string) => Promise<Entry | undefined>;
  /**
   * Called once, when the pointer is first on a term: what the first explanation needs (its code and
   * data, loaded on first use) can start coming before the click.
   */
  warmUp?: () => void;
}

/** The code for going to a term could not be loaded: nothing moves, the page stays as it was. */
function warnNotMoved(error: unknown): void {
  console.warn('[Thuật ngữ CCHC] could not go to the term', error);
}

/** Which occurrences the reader's settings draw: "first only" wins; else everyday terms once unless "all occurrences". */
function occurrenceRule(settings: Settings): OccurrenceRule {
  if (settings.firstOccurrenceOnly) return 'first';
  return settings.allOccurrences ? 'all' : 'everyday-once';
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The content script's page: the one owner of its state and life cycle. `main.ts` creates it and
 * connects the browser's events to it:
 *
 * - `start(settings, own)`: once settings and own terms are loaded: compiles the glossary; in full
 *   mode applies the settings, scans (unless the site is off) and watches mutations.
 * - `upgrade()`: explain-only → full, when the reader turns the site on.
 * - `settingsChanged(settings)`: the site switch, hidden categories, look, first-only, language.
 * - `ownTermsChanged(own)`: the matcher told, the page rescanned.
 * - `click`, `keydown`, `handlers` (the tab messages): the reader's questions.
 *
 * Data flows one way: page → blocks → matcher → hits (PageScanner) → highlighter (drawn through the
 * reader's filter) → explanation popup, toolbar answers, badge. Nothing calls back into `main.ts`.
 */
export class ContentPage {
  private mode: StartMode;
  private settings: Settings = structuredClone(defaultSettings) as Settings;
  /** Whether the reader has this frame's site on: while off, nothing is scanned. */
  private siteOn = true;
  private hidden = new Set<Category>();
  /** The reader chose to have own terms drawn on the page (`markOwnTermsOnPage`). */
  private ownOnPage = false;
  /** Entry ids the reader asked not to highlight. */
  private hiddenTerms = new Set<string>();
  /**
   * The entries of the terms found so far, by id, as the matcher's answers bring them (placeholders for
   * bundled ones, own ones whole); one map, updated in place, shared by the scanner and the popup.
   */
  private readonly entries = new Map<string, Entry>();
  /** The strategy that draws (Highlight API or wrapping); `highlighter` is it behind the reader's filter. */
  private readonly drawing: Highlighter;
  private readonly highlighter: Highlighter;
  private readonly scanner: PageScanner;
  private readonly badge: BadgeReporter;
  private watcher: MutationWatcher | undefined;
  private popup: ExplanationPopup | undefined;
  /** The term whose explanation was opened last (keyboard and list moves continue from it). */
  private current: TermHit | undefined;
  /** The scan in progress or last finished: mutation batches and the toolbar's answers wait for it. */
  private scanned: Promise<unknown> = Promise.resolve();
  /** Settles once the matcher has the current own terms (at once without own terms). */
  private glossaryReady: Promise<void> = Promise.resolve();
  /** Settings and own terms loaded, the matcher told of them (the first scan may still run). */
  readonly ready: Promise<void>;
  private markReady: () => void = () => {};
  /** The site key of this frame (its host, or the host its about:blank or srcdoc document inherits). */
  private readonly host: string;
  /** The hover card and the long press on linked terms (term-pointer.ts). */
  private readonly pointer: TermPointer | undefined;

  constructor(
    private readonly doc: Document,
    private readonly options: ContentPageOptions,
  ) {
    this.mode = options.mode;
    this.host = options.host;
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
    this.badge = createBadgeReporter(
      () => (this.siteOn ? new Set(this.listedHits().map((h) => h.id)).size : 0),
      options.reportCount,
    );
    this.drawing = createHighlighter(doc, {
      guard: (change) => (this.watcher ? this.watcher.ignore(change) : change()),
    });
    this.highlighter = filterHighlighter(this.drawing, this.isVisible, () => this.badge.schedule());
    // The first scan waits for start(), once the reader's own terms are known.
    this.scanner = new PageScanner(options.extent ?? findArticleExtent(doc), {
      matcher: options.matcher,
      entries: this.entries,
      highlighter: this.highlighter,
      occurrences: occurrenceRule(defaultSettings),
      // Text in a web component's open shadow root: the watcher must observe that tree too.
      onShadowRoot: (root) => this.watcher?.watchShadowRoot(root),
    });
    this.pointer = this.makePointer();
  }

  /** The pointer's ways to a term beyond a click: the hover card (mouse) and the long press (touch, in links). */
  private makePointer(): TermPointer | undefined {
    const createCard = this.options.createHoverCard;
    const win = this.doc.defaultView;
    if (!createCard || !win) return undefined;
    let card: HoverCard | undefined;
    let warmUp = this.options.warmUp;
    return new TermPointer(win, {
      hitAt: (x, y, target) => {
        // Only in the article: the rest of the page's pointer moves cost one `contains`.
        if (!(target instanceof Node) || !composedContains(this.scanner.root, target)) return undefined;
        const hit = this.highlighter.hitAt(x, y, target, (node) => this.scanner.hitsOfNode(node));
        if (hit && warmUp) {
          warmUp();
          warmUp = undefined;
        }
        return hit;
      },
      isActive: () => this.mode === 'full' && this.siteOn,
      popupOpen: () => this.popup?.isOpen === true,
      explain: (hit) => {
        this.highlighter.setCurrent(undefined);
        this.openExplanation(hit, null);
      },
      content: (hit, inLink) => this.hoverContent(hit, inLink),
      anchor: (hit) => termAnchor(hit, this.highlighter),
      card: () => {
        card ??= createCard();
        return card;
      },
    });
  }

  /** What the hover card says, from the full entry (bundled entries here are placeholders; own terms are whole). */
  private async hoverContent(hit: TermHit, inLink: boolean): Promise<HoverSubject> {
    let entry = this.entries.get(hit.id);
    if (entry && entry.explanation.vi === '' && this.options.fullEntry) {
      entry = (await this.options.fullEntry(hit.id).catch(() => undefined)) ?? entry;
    }
    const lang = this.settings.explanationLanguage;
    return { entry, text: hit.text, inLink, lang, textScale: textScale(this.settings.textSize) };
  }

  /** Whether a hit is listed in the toolbar popup and counted (its site is on, its category and term shown). */
  private readonly isListed = (hit: TermHit): boolean =>
    this.siteOn && !this.hidden.has(hit.category) && !this.hiddenTerms.has(hit.id);

  /**
   * Whether a hit is drawn on the page, where the page's scripts can read it: a listed hit, except an own
   * term unless the reader chose to mark those too (`markOwnTermsOnPage`). Only drawn hits can be clicked.
   */
  private readonly isVisible = (hit: TermHit): boolean =>
    this.isListed(hit) && (this.ownOnPage || !hit.id.startsWith(OWN_ID_PREFIX));

  private listedHits(): TermHit[] {
    return this.scanner.hitsInOrder().filter(this.isListed);
  }

  /**
   * Starts the page with the loaded settings (undefined: defaults) and the stored own terms (as storage
   * gives them: the matcher checks them; the page learns their entries from what it finds).
   */
  start(settings: Settings | undefined, own: unknown): void {
    if (settings) this.settings = settings;
    try {
      this.useOwnTerms(own);
    } finally {
      void this.glossaryReady.finally(() => this.markReady());
    }
    if (this.mode === 'full') this.startPage(settings);
  }

  /** Turned on for this site after an explain-only start: the same page, started in full. */
  upgrade(): void {
    if (this.mode === 'full') return;
    this.mode = 'full';
    this.startPage(this.settings);
  }

  /** The page's part: the reader's settings applied, the first scan, and the mutation watcher. */
  private startPage(settings: Settings | undefined): void {
    // Nothing is drawn yet: the filter and the look are set without a redraw.
    if (settings) {
      this.applyFilter(settings);
      this.drawing.setLook(settings.highlightStyle, settings.colorScheme);
      this.scanner.setOccurrences(occurrenceRule(settings));
    }
    // A site the reader turned off is not scanned at all (a big page costs tens of ms); turning it on
    // later scans it then.
    if (this.siteOn) {
      this.scanned = this.glossaryReady.then(() => this.scanner.scanAll());
      this.scanned.catch((error: unknown) => console.warn('[Thuật ngữ CCHC] scanning the page failed', error));
    }
    // The badge learns the count even when nothing is drawn (the site off).
    this.badge.schedule();
    // Only the scanned root is watched in full (watch-mutations.ts): the page's other changes cost it nothing.
    // While the site is off the watcher still runs (it only records nodes) but batches scan nothing.
    this.watcher = watchMutations(this.scanner.root, {
      onBatch: async (batch) => {
        await this.scanned;
        if (!this.siteOn) return;
        if (batch.rescanAll || !this.scanner.root.isConnected) await this.scanPage();
        else await this.scanner.rescan(batch.changed, batch.removed);
      },
    });
    for (const root of this.scanner.shadowRoots) this.watcher.watchShadowRoot(root);
  }

  /** Sets the site switch and the hidden categories; says whether either changed. */
  private applyFilter(settings: Settings): boolean {
    const wasOn = this.siteOn;
    const wasHidden = this.hidden;
    const wasOwnOnPage = this.ownOnPage;
    const wasHiddenTerms = this.hiddenTerms;
    this.siteOn = isSiteEnabled(settings, this.host);
    this.hidden = new Set(settings.hiddenCategories);
    this.hiddenTerms = new Set(settings.hiddenTerms);
    this.ownOnPage = settings.markOwnTermsOnPage;
    const changed = <T>(before: Set<T>, after: Set<T>) =>
      before.size !== after.size || [...after].some((x) => !before.has(x));
    return (
      wasOn !== this.siteOn ||
      wasOwnOnPage !== this.ownOnPage ||
      changed(wasHidden, this.hidden) ||
      changed(wasHiddenTerms, this.hiddenTerms)
    );
  }

  /** The reader changed a setting: applied live (explain-only pages follow none). */
  settingsChanged(next: Settings): void {
    // Explain-only: nothing is drawn to update; kept for a later upgrade() and the next popup's language.
    if (this.mode !== 'full') {
      this.settings = next;
      return;
    }
    this.scanner.setOccurrences(occurrenceRule(next));
    const previous = this.settings;
    this.settings = next;
    const wasOn = this.siteOn;
    if (this.applyFilter(next)) this.redraw(wasOn);
    this.drawing.setLook(next.highlightStyle, next.colorScheme);
    if (next.showBadge !== previous.showBadge) this.badge.resend();
    // The popup is built in one language and text size: the next one opened follows the new setting.
    if (next.explanationLanguage !== previous.explanationLanguage || next.textSize !== previous.textSize) {
      this.closePopup();
    }
  }

  /** Draws the scanner's shown hits again after the filter changed. */
  private redraw(wasOn: boolean): void {
    if (!this.siteOn) {
      if (wasOn) {
        this.drawing.setCurrent(undefined);
        this.scanner.clear();
      }
    } else if (!wasOn || this.drawing.splitsText) {
      // Back on (the index was dropped, or the site was off at load and nothing was scanned), or wrapped
      // text whose nodes were split: find the terms afresh.
      void this.scanPage();
    } else {
      const shown = this.scanner.hitsInOrder().filter((h) => this.scanner.isShown(h));
      this.drawing.clear(shown.filter((h) => !this.isVisible(h)));
      this.drawing.draw(shown.filter(this.isVisible));
      if (this.current && !this.isVisible(this.current)) this.drawing.setCurrent(undefined);
    }
    this.badge.schedule();
  }

  /** The reader's own terms changed: the page is scanned again with them. */
  ownTermsChanged(own: unknown): void {
    this.useOwnTerms(own);
    // An open explanation may be of a term just edited or deleted.
    this.closePopup();
    this.current = undefined;
    // Turned off, the site has no index to redo: turning it on scans with the new terms.
    if (this.mode === 'full' && this.siteOn) void this.scanPage();
  }

  /**
   * Matches the bundled terms and the reader's own (none is fine) from now on, their forms winning over
   * bundled ones; the own entries found before are forgotten (the matcher's answers bring the new ones).
   * Scans wait for `glossaryReady`.
   */
  private useOwnTerms(own: unknown): void {
    for (const id of [...this.entries.keys()]) if (id.startsWith(OWN_ID_PREFIX)) this.entries.delete(id);
    this.glossaryReady = this.options.matcher.useOwn(own);
  }

  /**
   * Scans the page afresh: finds the article root again (a single-page app may have replaced it since
   * the last scan, or since load when the site was off) and watches that. Mutation batches wait for it.
   */
  private scanPage(): Promise<unknown> {
    this.current = undefined;
    this.pointer?.reset();
    const extent = findArticleExtent(this.doc);
    this.watcher?.watch(extent.root);
    this.scanned = this.glossaryReady.then(() => this.scanner.scanAll(extent));
    return this.scanned;
  }

  /** Built on first use: most pages are read without opening an explanation. */
  private explanationPopup(): ExplanationPopup {
    this.popup ??= this.options.createPopup({
      entries: this.entries,
      documents: this.options.documents,
      today: today(),
      lang: this.settings.explanationLanguage,
      textScale: textScale(this.settings.textSize),
      onHide: (id) => this.options.hideTerm(id),
    });
    return this.popup;
  }

  /** Closes the explanation and forgets it (its language or its entry changed). */
  private closePopup(): void {
    this.popup?.destroy();
    this.popup = undefined;
  }

  private openExplanation(hit: TermHit, returnFocus: HTMLElement | null | undefined): void {
    this.current = hit;
    this.pointer?.hide();
    // The hit carries the matched form's note and the parsed citation, which the popup shows.
    this.explanationPopup().open(hit.id, termAnchor(hit, this.highlighter), hit.text, returnFocus, hit);
  }

  /** A click on the page (capture phase): explains the term clicked, if any. */
  click(event: MouseEvent): void {
    // The click that ends a long press on a linked term: it explained the term, so the link is not followed.
    if (this.pointer?.takeClick(event)) return;
    // Only the reader's own input: a page's script can dispatch clicks and keys, and must not drive our UI.
    if (this.mode !== 'full' || !event.isTrusted) return;
    const hit = termAtClick(event, this.doc, this.highlighter, (node) => this.scanner.hitsOfNode(node));
    if (!hit) return;
    this.highlighter.setCurrent(undefined);
    this.openExplanation(hit, null);
  }

  /**
   * The same keys as the manifest's suggested commands (Alt+Shift+. and Alt+Shift+,), for when the
   * browser does not deliver them (unassigned, or taken by another extension). Plain keys are left to
   * the page and to screen readers.
   */
  keydown(event: KeyboardEvent): void {
    if (this.mode !== 'full' || !event.isTrusted) return;
    if (event.key === 'Escape') this.pointer?.hide();
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const direction = event.code === 'Period' ? 'next' : event.code === 'Comma' ? 'previous' : undefined;
    if (!direction) return;
    event.preventDefault();
    this.moveToTerm(direction).catch(warnNotMoved);
  }

  /** The pointer's events (main.ts, capture phase on the window): hover card and long press. */
  pointerEvent(event: Event): void {
    const pointer = this.pointer;
    if (!pointer || this.mode !== 'full') return;
    switch (event.type) {
      case 'pointermove':
        pointer.move(event as PointerEvent);
        break;
      case 'pointerdown':
        pointer.down(event as PointerEvent);
        break;
      case 'pointerup':
      case 'pointercancel':
        pointer.up(event as PointerEvent);
        break;
      case 'contextmenu':
        pointer.contextMenu(event as MouseEvent);
        break;
      case 'pointerout':
        // Out of the window: the card goes.
        if ((event as PointerEvent).relatedTarget === null && (event as PointerEvent).pointerType !== 'touch') {
          pointer.hide();
        }
        break;
      case 'scroll':
        // Scrolling moves the term from under a mouse that stayed put.
        pointer.scrolled();
        break;
    }
  }

  /** Keyboard access: moves to the next or previous term, scrolls it into view and explains it. */
  private async moveToTerm(direction: 'next' | 'previous'): Promise<void> {
    const { goToTerm } = await this.options.navigation();
    const shown = (h: TermHit) => this.scanner.isShown(h);
    const hits = this.scanner.hitsInOrder().filter((h) => shown(h) && this.isVisible(h));
    const from = this.current && shown(this.current) ? this.current : undefined;
    const hit = goToTerm(hits, from, direction, this.highlighter, this.doc);
    if (!hit) return;
    const active = this.doc.activeElement;
    // While our popup has focus, it keeps the place focus came from; otherwise focus returns here.
    const returnFocus = active && isOwnElement(active) ? undefined : (active as HTMLElement | null);
    this.openExplanation(hit, returnFocus);
  }

  /** The toolbar popup's list: goes to the term's next drawn occurrence, explains it and blinks it. */
  private async showTerm(id: string): Promise<boolean> {
    const { goToTerm, flashTerm } = await this.options.navigation();
    // With "first occurrence only", the other occurrences are not drawn: go to the drawn one.
    const hits = this.listedHits().filter((h) => h.id === id && this.scanner.isShown(h));
    const from = this.current?.id === id ? this.current : undefined;
    // An own term kept off the page gets no mark there either (the current mark is page-readable too):
    // the popup beside it shows where it is.
    const drawn = hits.length > 0 && hits.every(this.isVisible);
    const hit = goToTerm(hits, from, 'next', drawn ? this.drawing : this.highlighter, this.doc);
    if (!hit) return false;
    this.openExplanation(hit, null);
    if (drawn) flashTerm(hit, this.drawing, () => this.current === hit);
    return true;
  }

  /** Whether this page answers a tab message of this type: explain-only answers "Explain term" alone. */
  answers(type: keyof TabHandlers): boolean {
    return this.mode === 'full' || type === 'explain-selection';
  }

  /** The answers to the tab messages, one per type (a new type without one does not compile). */
  readonly handlers: TabHandlers = {
    'move-to-term': ({ direction }) => {
      this.moveToTerm(direction).catch(warnNotMoved);
      return undefined;
    },
    'get-page-terms': async () => {
      await this.scanned;
      return {
        host: this.host,
        enabled: this.siteOn,
        terms: this.siteOn ? pageTerms(this.listedHits(), this.entries) : [],
      };
    },
    'show-term': async ({ id }) => {
      await this.scanned;
      // The popup's code could not come: nothing shown, and the toolbar popup is told so.
      const shown = await this.showTerm(id).catch((error: unknown) => {
        warnNotMoved(error);
        return false;
      });
      return { shown };
    },
    'explain-selection': async ({ text }) => {
      // Injected just now (a page without the content script), the glossary may still be on its way.
      await this.ready;
      await this.glossaryReady;
      return this.options.explainSelection(
        text,
        this.doc,
        this.options.matcher,
        this.entries,
        this.explanationPopup(),
        this.options.addOwnTerm,
      );
    },
  };
}
