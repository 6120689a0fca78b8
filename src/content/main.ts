// The content script's page code, run by enter.ts once per frame that scans. It only connects the
// browser's events to the page object (content-page.ts), which owns the state and its life cycle.

import browser, { type Runtime } from 'webextension-polyfill';
import { indexDocuments } from '../glossary/document-registry.ts';
import type { ArticleExtent } from '../shared/article-extent.ts';
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { getMessage } from '../shared/get-message.ts';
import { answerTabMessage, isTabMessage } from '../shared/messages-to-tab.ts';
import { changesOwnTerms, OWN_TERMS_KEY } from '../shared/own-terms.ts';
import { sendToBackground } from '../shared/send-to-background.ts';
import { onSettingsChanged, type Settings, settingNames, settingsFrom, siteOf } from '../shared/settings.ts';
import { backgroundMatcher } from './background-matcher.ts';
import { ContentPage } from './content-page.ts';
import { lazyExplanationPopup, loadExplanationData } from './lazy-explanation-popup.ts';
import { lazyHoverCard } from './lazy-hover-card.ts';
import { loadContentUi } from './load-content-ui.ts';
import { frameHostname } from './scans-frame.ts';

// Nothing marks the page as ours (no attribute on <html>): a site must not learn that the reader has
// this extension, or which version. Tests learn that the content script runs by asking the tab from an
// extension page (test/e2e/content-script-state.ts).

const shared = globalThis as ContentScriptGlobals;
/** The popup's and hover card's code (content-ui.ts), brought on first use. */
const UI_FILE = 'content-ui.js';
/**
 * Starts the page's code in this frame (enter.ts decides whether it runs here at all). A function rather
 * than the module’s own top level: enter.ts imports it statically, so esbuild bundles every module as
 * plain top-level code instead of wrapping each in a lazy initializer for a dynamic `import()`, which
 * cost a fifth of the script's start (issue 12). Nothing here runs until it is called.
 */
export function startMain(extent?: ArticleExtent): void {
  // The popup's and the hover card's code comes on first use (load-content-ui.ts), asked for beside the
  // explanations so that the two requests overlap: in Chromium imported as a module (compiled off the
  // main thread, as content-main.js is: `cchcImport`, content-loader.ts), in Firefox injected by the
  // background.
  const loadUi = () =>
    loadContentUi(() => shared.cchcImport?.(UI_FILE) ?? sendToBackground({ type: 'load-content-ui' }));
  const loadExplanations = () => {
    loadUi().catch(() => {});
    return sendToBackground({ type: 'explanation-data' });
  };
  const page = new ContentPage(document, {
    // Explain-only (enter.ts): injected by the context menu on a page the reader has not turned the
    // extension on for. Only "Explain term" is answered; nothing is scanned, drawn or reported, and the
    // toolbar popup sees no content script here (so it still offers to turn the site on).
    mode: shared.cchcMode ?? 'full',
    // Found by enter.ts for the term gate, if it asked: the first scan's, not found twice.
    extent,
    // The background matches the page's text and answers with the found terms' names and categories;
    // the explanations and the legal registry come from it on the first one opened (lazyExplanationPopup).
    matcher: backgroundMatcher(sendToBackground),
    documents: indexDocuments({ checked: '', documents: [] }),
    // The badge is the top frame's (the background takes no other frame's count): other frames send nothing.
    reportCount: (count) => {
      if (window === window.top) sendToBackground({ type: 'report-terms', count }).catch(() => {});
    },
    addOwnTerm: (term) => {
      sendToBackground({ type: 'add-own-term', term }).catch(() => {});
    },
    // The click is the reader's own (the popup checks isTrusted); the background adds the id in its one
    // queue of list changes, so a term hidden in another context at the same moment is not lost.
    hideTerm: (id) => {
      sendToBackground({ type: 'hide-term', id }).catch(() => {});
    },
    host: siteOf(frameHostname(location.hostname, window.origin)),
    createPopup: (options) =>
      lazyExplanationPopup(options, loadExplanations, async (options) => {
        const ui = await loadUi();
        // Read when the popup is first made, as before, with the code that came for it.
        return ui.createExplanationPopup({ ...options, articleDate: ui.findArticleDate(document) });
      }),
    explainSelection: async (...args) => (await loadUi()).explainSelection(...args),
    navigation: loadUi,
    createHoverCard: () =>
      lazyHoverCard(async () =>
        (await loadUi()).createHoverCard(document, {
          explain: getMessage('hoverExplain'),
          hintTerm: getMessage('hoverHintTerm'),
          hintLink: getMessage('hoverHintLink'),
        }),
      ),
    // Glosses come with the explanations: asked for once the mouse has rested on a term.
    fullEntry: async (id) => (await loadExplanationData(loadExplanations)).byId.get(id),
    // The mouse on a term (or a finger pressing one) comes before its click: the popup's code and the
    // explanations start loading then, so the first click waits less for them.
    warmUp: () => {
      loadExplanationData(loadExplanations).catch(() => {});
    },
  });
  // Turned on for this site later: the same script, started in full.
  shared.cchcUpgrade = () => page.upgrade();

  // Capture phase, so a page that stops clicks from bubbling still lets readers open terms; clicks that
  // are not on a term pass untouched, and are never stopped.
  window.addEventListener('click', (event) => page.click(event), true);
  window.addEventListener('keydown', (event) => page.keydown(event), true);
  // The hover card (mouse) and the long press on linked terms (touch); passive, so scrolling never waits.
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointercancel', 'pointerout', 'scroll'] as const) {
    window.addEventListener(type, (event) => page.pointerEvent(event), { capture: true, passive: true });
  }
  // Not passive: after a long press that explained a linked term, the browser's link menu is not shown.
  window.addEventListener('contextmenu', (event) => page.pointerEvent(event), true);

  const answer = (message: unknown) => {
    if (!isTabMessage(message)) return undefined;
    // Explain-only: no answer to anything else, as if the content script were not here.
    if (!page.answers(message.type)) return undefined;
    // A promise, so the answer reaches the sender in both browsers (Firefox and Chromium 148+ take a
    // listener's promise; the polyfill makes older Chromium do so).
    return answerTabMessage(page.handlers, message);
  };
  // The message that starts a page the term gate held reached the hold's listener, not this one (hold-until-term.ts).
  shared.cchcAnswer = answer;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    return answer(message);
  });

  start(page).catch((error: unknown) => console.warn('[Thuật ngữ CCHC] scanning the page failed', error));
}

async function start(page: ContentPage): Promise<void> {
  // One storage read for the settings and the own terms: each read is a round trip to the browser
  // (issue 12). Unreadable, the page starts with the defaults and no own terms, as before.
  const stored = await browser.storage.local.get([...settingNames, OWN_TERMS_KEY]).catch(() => undefined);
  let settings: Settings | undefined;
  try {
    settings = stored && settingsFrom(stored).settings;
  } catch {
    settings = undefined;
  }
  // The own terms as stored: the background checks and matches them (background/page-matcher.ts); the
  // page only names them to it, so it carries no code to read them.
  page.start(settings, stored?.[OWN_TERMS_KEY]);
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesOwnTerms(changes, area)) page.ownTermsChanged(changes[OWN_TERMS_KEY]?.newValue);
  });
  onSettingsChanged((settings) => page.settingsChanged(settings));
}
