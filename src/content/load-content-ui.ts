import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import type { findArticleDate } from './article-date.ts';
import type { explainSelection } from './explain-selection.ts';
import type { createExplanationPopup } from './explanation-popup.ts';
import type { flashTerm } from './flash-term.ts';
import type { goToTerm } from './go-to-term.ts';
import type { createHoverCard } from './hover-card.ts';

/**
 * The content script's UI code (content-ui.ts): the explanation popup, the hover card, the explanation
 * renderer, @floating-ui, the article's date (only the popup shows it), the context menu's "Explain
 * term" and going to a term (both always open the popup). Most pages are read without
 * opening either, so `content-main.js` does not carry it (issue 12). On a frame's first use, `inject`
 * brings `content-ui.js` into the content scripts' own world, where it registers itself as `cchcUi`:
 * Chromium imports it (a web-accessible resource only under a per-session dynamic address, so a page
 * cannot probe for it: issue 13; compiled off the main thread), Firefox has the background inject it.
 */
export interface ContentUi {
  createExplanationPopup: typeof createExplanationPopup;
  createHoverCard: typeof createHoverCard;
  findArticleDate: typeof findArticleDate;
  explainSelection: typeof explainSelection;
  goToTerm: typeof goToTerm;
  flashTerm: typeof flashTerm;
}

// One injection per frame, shared by the popup and the hover card; forgotten when it fails, so the next
// use asks again.
let loading: Promise<ContentUi> | undefined;

/** The UI code, brought once per frame by `inject` (an import, or the background's `load-content-ui`) unless already here. */
export function loadContentUi(inject: () => Promise<unknown>): Promise<ContentUi> {
  loading ??= (async () => {
    const shared = globalThis as ContentScriptGlobals;
    if (shared.cchcUi === undefined) await inject();
    const ui = shared.cchcUi as ContentUi | undefined;
    if (ui === undefined) throw new Error('the UI code did not register itself');
    return ui;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
