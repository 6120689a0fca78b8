import browser, { type Runtime } from 'webextension-polyfill';
import glossaryFile from '../../data/glossary.json';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import type { Entry } from '../glossary/types.ts';
import { answerTabMessage, isTabMessage, type TabHandlers, type TabResponse } from '../shared/messages-to-tab.ts';
import { MAX_FORM_LENGTH, withOwnTerms } from '../shared/own-terms.ts';
import { loadOwnTerms, onOwnTermsChanged } from '../shared/own-terms-storage.ts';
import { sendToBackground } from '../shared/send-to-background.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings.ts';
import { findArticleDate } from './article-date.ts';
import { findArticleRoot } from './collect-text.ts';
import { createExplanationPopup, type ExplanationPopup } from './explanation-popup.ts';
import { createHighlighter } from './highlight-terms.ts';
import { nextTerm, scrollToTerm } from './move-to-term.ts';
import { isOwnElement } from './own-elements.ts';
import { createReaderControls } from './reader-controls.ts';
import { PageScanner } from './scan-page.ts';
import type { StartMode } from './start-mode.ts';
import { termAnchor } from './term-anchor.ts';
import type { TermHit } from './term-hit.ts';
import { termOfSelection } from './term-of-selection.ts';
import { type MutationWatcher, watchMutations } from './watch-mutations.ts';

// Data attributes on <html> show that the content script ran and that the background answered; they
// change nothing the page shows, and the article's own DOM is never touched (Highlight API mode).
const root = document.documentElement;
root.dataset.cchcReady = '1';
sendToBackground({ type: 'ping' }).then(
  (answer) => {
    root.dataset.cchcVersion = answer.version;
  },
  (error: unknown) => {
    console.warn('[Thuật ngữ CCHC] the background did not answer', error);
  },
);

/**
 * Explain-only (entry.ts): injected by the context menu on a page the reader has not turned the
 * extension on for. Only "Explain term" is answered; nothing is scanned, drawn or reported, and the
 * toolbar popup sees no content script here (so it still offers to turn the site on).
 */
const shared = globalThis as typeof globalThis & { cchcMode?: StartMode; cchcUpgrade?: () => void };
const explainOnly = () => shared.cchcMode === 'explain';
/** The explanations' language when no settings are applied (explain-only). */
let explainLanguage: 'vi' | 'en' = 'vi';

const entryList = (glossaryFile as { entries: Entry[] }).entries;
/** Bundled and own entries by id; one map, updated in place, shared by the controls and the popup. */
const entries = new Map<string, Entry>(entryList.map((e) => [e.id, e]));
let ownIds: string[] = [];
let watcher: MutationWatcher | undefined;
// The reader's settings (site switch, categories, style) filter what the highlighter draws.
const controls = createReaderControls(
  document,
  createHighlighter(document, { guard: (change) => (watcher ? watcher.ignore(change) : change()) }),
  entries,
);
const highlighter = controls.highlighter;
// The glossary comes in start(), once the reader's own terms are known: it is compiled only once.
const scanner = new PageScanner(findArticleRoot(document), { entries, highlighter, firstOnly: false });

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

let popup: ExplanationPopup | undefined;
/** Built on first use: most pages are read without opening an explanation. */
function explanationPopup(): ExplanationPopup {
  popup ??= createExplanationPopup({
    entries,
    articleDate: findArticleDate(document),
    today: today(),
    lang: explainOnly() ? explainLanguage : controls.language(),
  });
  return popup;
}

/** The scan in progress or last finished, which mutation batches wait for. */
let scanned: Promise<unknown> = Promise.resolve();

/**
 * Matches the bundled terms and the reader's own (none is fine) from now on: own entries join the map,
 * and the glossary is compiled with the bundled forms that an own entry also lists left out (own wins).
 */
function useOwnTerms(own: readonly Entry[]): void {
  for (const id of ownIds) entries.delete(id);
  for (const entry of own) entries.set(entry.id, entry);
  ownIds = own.map((e) => e.id);
  scanner.setGlossary(compileGlossary(withOwnTerms(entryList, own)));
}

let current: TermHit | undefined;

/**
 * Scans the page afresh: finds the article root again (a single-page app may have replaced it since
 * the last scan, or since load when the site was off) and watches that. Mutation batches wait for it.
 */
function scanPage(): Promise<unknown> {
  current = undefined;
  const root = findArticleRoot(document);
  watcher?.watch(root);
  scanned = scanner.scanAll(root);
  return scanned;
}

controls.attach(scanner, { current: () => current, open: (hit) => openExplanation(hit, null), scanAll: scanPage });

function openExplanation(hit: TermHit, returnFocus: HTMLElement | null | undefined): void {
  current = hit;
  // The hit carries the matched form's note and the parsed citation, which the popup shows.
  explanationPopup().open(hit.id, termAnchor(hit, highlighter), hit.text, returnFocus, hit);
}

/** Keyboard access: moves to the next or previous term, scrolls it into view and explains it. */
function moveToTerm(direction: 'next' | 'previous'): void {
  const hits = scanner.hitsInOrder().filter((h) => scanner.isShown(h) && controls.isVisible(h));
  const hit = nextTerm(
    hits,
    current && scanner.isShown(current) ? current : undefined,
    direction,
    highlighter,
    document,
  );
  if (!hit) return;
  highlighter.setCurrent(hit);
  scrollToTerm(hit, highlighter, document);
  const active = document.activeElement;
  // While our popup has focus, it keeps the place focus came from; otherwise focus returns here.
  const returnFocus = active && isOwnElement(active) ? undefined : (active as HTMLElement | null);
  openExplanation(hit, returnFocus);
}

// Capture phase, so a page that stops clicks from bubbling still lets readers open terms; clicks that
// are not on a term pass untouched, and are never stopped.
window.addEventListener(
  'click',
  (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.composedPath().some((n) => n instanceof Element && isOwnElement(n))) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text
    const hit = highlighter.hitAt(event.clientX, event.clientY, event.target, (node) => scanner.hitsOfNode(node));
    if (!hit) return;
    const inLink = (hit.range.startContainer.parentElement ?? (event.target as Element | null))?.closest?.('a[href]');
    // A plain click on a term inside a link follows the link; Alt+click explains the term instead.
    if (inLink) {
      if (!event.altKey) return;
      event.preventDefault(); // Alt+click would otherwise download the link in Chromium
    }
    highlighter.setCurrent(undefined);
    openExplanation(hit, null);
  },
  true,
);

// The same keys as the manifest's suggested commands, for when the browser does not deliver them
// (unassigned, or taken by another extension). Plain keys are left to the page and to screen readers.
window.addEventListener(
  'keydown',
  (event) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const direction = event.code === 'Period' ? 'next' : event.code === 'Comma' ? 'previous' : undefined;
    if (!direction) return;
    event.preventDefault();
    moveToTerm(direction);
  },
  true,
);

/**
 * The context menu's "Explain term": the explanation of the term the selection names, next to the
 * selection; or, for a selection the glossary does not know, an offer to add it as an own term.
 */
async function explainSelection(text: string): Promise<TabResponse<'explain-selection'>> {
  // Injected just now (a page without the content script), the glossary may still be on its way.
  await started.catch(() => {});
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  const rect = range?.getBoundingClientRect();
  // A selection in a text field has no rectangle of its own: fall back to the field, then the viewport's top.
  const focused = document.activeElement;
  const anchor =
    range && rect && (rect.width > 0 || rect.height > 0)
      ? range
      : focused && focused !== document.body
        ? focused
        : { getBoundingClientRect: () => new DOMRect(window.innerWidth / 2, 16, 0, 0) };
  const glossary = scanner.glossary;
  const found = glossary ? termOfSelection(text, glossary, entries) : undefined;
  if (!found) {
    // Longer than an own term's form may be: a sentence, not a term; nothing to offer adding.
    const add =
      text.length <= MAX_FORM_LENGTH
        ? () => {
            sendToBackground({ type: 'add-own-term', term: text }).catch(() => {});
          }
        : undefined;
    explanationPopup().openUnknown(text, anchor, add);
    return { found: undefined };
  }
  explanationPopup().open(found.id, anchor, found.text, null, found);
  return { found: found.id };
}

/** The content script's answers, one per tab message type (a new type without one does not compile). */
const tabHandlers: TabHandlers = {
  'move-to-term': ({ direction }) => {
    moveToTerm(direction);
    return undefined;
  },
  'explain-selection': ({ text }) => explainSelection(text),
  'get-page-terms': () => controls.pageTerms(),
  'show-term': ({ id }) => controls.showTerm(id),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isTabMessage(message)) return;
  // Explain-only: no answer to anything else, as if the content script were not here.
  if (explainOnly() && message.type !== 'explain-selection') return;
  // A promise, so the answer reaches the sender in both browsers (webextension-polyfill).
  return answerTabMessage(tabHandlers, message);
});

async function start(): Promise<void> {
  const [settings, own] = await Promise.all([
    loadSettings().catch(() => undefined),
    loadOwnTerms().catch(() => ({ entries: [] })),
  ]);
  useOwnTerms(own.entries);
  explainLanguage = settings?.explanationLanguage ?? 'vi';
  markStarted();
  onOwnTermsChanged((own) => {
    useOwnTerms(own);
    // An open explanation may be of a term just edited or deleted.
    popup?.destroy();
    popup = undefined;
    current = undefined;
    // Turned off, the site has no index to redo: turning it on scans with the new terms.
    if (!explainOnly() && controls.siteEnabled()) void scanPage();
  });
  if (!explainOnly()) return startPage(settings);
  // Turned on for this site later: the same script, started in full.
  shared.cchcUpgrade = () => {
    startPage(settings).catch((error: unknown) => console.warn('[Thuật ngữ CCHC] scanning the page failed', error));
  };
}

/** The page's part: settings followed live, the first scan, and the mutation watcher. */
async function startPage(settings: Settings | undefined): Promise<void> {
  // Not in explain-only mode: settings would draw there (a category filter, the site switch).
  if (settings) controls.apply(settings);
  if (settings?.firstOccurrenceOnly) scanner.setFirstOnly(true);
  onSettingsChanged((s) => {
    scanner.setFirstOnly(s.firstOccurrenceOnly);
    if (controls.apply(s).languageChanged) {
      popup?.destroy();
      popup = undefined;
    }
  });
  // A site the reader turned off is not scanned at all (a big page costs tens of ms); turning it on
  // later scans it then (reader-controls.ts).
  if (controls.siteEnabled()) scanned = scanner.scanAll();
  // Only the scanned root is watched in full (watch-mutations.ts): the page's other changes cost it nothing.
  // While the site is off the watcher still runs (it only records nodes) but batches scan nothing.
  watcher = watchMutations(scanner.root, {
    async onBatch(batch) {
      await scanned;
      if (!controls.siteEnabled()) return;
      if (batch.rescanAll || !scanner.root.isConnected) await scanPage();
      else await scanner.rescan(batch.changed, batch.removed);
    },
  });
  await scanned;
}

/** Settings and own terms loaded, the glossary compiled (the first scan may still run). */
let markStarted: () => void = () => {};
const started = new Promise<void>((resolve) => {
  markStarted = resolve;
});

start()
  .catch((error: unknown) => console.warn('[Thuật ngữ CCHC] scanning the page failed', error))
  .finally(() => markStarted());
