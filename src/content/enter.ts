// The content script's entry: what one injection of the content script into a frame that scans does
// (the loaders stop in the others: start-injection.ts, scans-frame.ts). Each such frame has its own scan,
// highlights, popup and mutation watcher.
import browser from 'webextension-polyfill';
import { findArticleExtent } from '../shared/article-extent.ts';
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { articleMayHoldTerm } from './article-may-hold-term.ts';
import { holdUntilTerm } from './hold-until-term.ts';
import { startMain } from './main.ts';
import { nextStart } from './start-mode.ts';

/**
 * One injection's start. The content scripts' own global (not the page's) is shared by every injection
 * into one frame: from the manifest or the registered script, and from `executeScript` (a site just
 * turned on, or the context menu's "Explain term" on a page without it, which sets `cchcExplainOnly`
 * first: the loader reads it as it runs and passes it here). The page's code starts once; a full start
 * after an explain-only one upgrades it (`cchcUpgrade`, set by main.ts). Called by the loader
 * (start-injection.ts) once per injection.
 */
export function enter(explainOnly: boolean): void {
  const shared = globalThis as ContentScriptGlobals;
  const { mode, action } = nextStart(shared.cchcMode, explainOnly ? 'explain' : 'full');
  shared.cchcMode = mode;
  if (action === 'start' && mode === 'full') {
    // The term gate (issue 12): an article whose text cannot hold a term starts nothing more until
    // something gives a reason (hold-until-term.ts). The extent found here is the first scan's.
    try {
      const extent = findArticleExtent(document);
      if (articleMayHoldTerm(extent)) startMain(extent);
      else holdUntilTerm(document, browser, startSafely, (message) => shared.cchcAnswer?.(message));
    } catch (error) {
      console.warn('[Thuật ngữ CCHC]', error);
    }
  } else if (action === 'start') {
    startSafely();
  } else if (action === 'upgrade') {
    shared.cchcUpgrade?.();
  }
}

function startSafely(): void {
  try {
    startMain();
  } catch (error) {
    console.warn('[Thuật ngữ CCHC]', error);
  }
}
