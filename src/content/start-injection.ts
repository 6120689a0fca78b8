// One injection of the content script into a frame, in both browsers' loaders: Chromium's
// (content-loader.ts, which imports the code) and Firefox's (content-start.ts, whose manifest runs the
// code as the content script before it). Nothing here imports: Firefox's bundle has no `import()`
// (web-ext lint and AMO's review refuse one with a computed address).
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { scansThisFrame } from './scans-frame.ts';

type ExtensionGlobal = { runtime?: { sendMessage(message: unknown): Promise<unknown> } };

/**
 * Wakes the background, which matches the page's text (background/page-matcher.ts): asked while the
 * page is still parsed, a stopped service worker (or Firefox's event page) has started by the time the
 * first text comes (about 200 ms of the first highlight on a cold worker, bench:extension), at the price
 * of a wake on pages the term gate then holds. Not the polyfill: the loaders stay a few lines, and
 * both browsers' `chrome.runtime.sendMessage` returns a promise in MV3.
 */
function wakeBackground(): void {
  // `chrome`, which both browsers have: a page's element named "browser" shows on this global too.
  const shared = globalThis as { chrome?: ExtensionGlobal };
  shared.chrome?.runtime?.sendMessage({ type: 'ping' })?.catch(() => {});
}

/**
 * Enters the content script's code (`cchcEnter`, registered by content-main.js) for this injection,
 * once `bring` (the code's import, when it is not here yet) and the moment a `document_idle` script
 * would run have both come. In a frame that scans a page still loading, the background is woken first.
 */
export function startInjection(bring?: () => Promise<unknown>): void {
  const shared = globalThis as ContentScriptGlobals;
  // Read now, as this injection runs: the code may take a while to come, and the background sets the
  // flag just before the injection it is for (site-scripts.ts).
  const explainOnly = shared.cchcExplainOnly === true;
  shared.cchcExplainOnly = false;
  // The manifest runs the loader in every frame it matches (`all_frames`); only the top frame and frames
  // of the top page's origin scan (scans-frame.ts). The others stop here, before the code is even
  // fetched: a news page's cross-origin frames (ads, embeds) cost a few lines each, not a module.
  if (!scansThisFrame(window)) return;
  // Two injections before the module has come (a site turned on while the page loads) import it once
  // (a frame has one module map) and enter twice, as two runs of a classic script would.
  const code = shared.cchcEnter ? undefined : bring?.();
  const idle = documentIdle();
  // Not for an explain-only injection (nothing is scanned) nor on a page already loaded (a site just
  // turned on: the wait is short anyway).
  if (idle && !explainOnly) wakeBackground();
  if (!code && !idle) {
    shared.cchcEnter?.(explainOnly);
    return;
  }
  Promise.all([code, idle]).then(
    () => shared.cchcEnter?.(explainOnly),
    (error: unknown) => console.warn('[Thuật ngữ CCHC] the content script did not load', error),
  );
}

/**
 * When the browser would run a `document_idle` script: at the page's `load`, or 200 ms after
 * DOMContentLoaded if that comes first (Chromium's ScriptInjectionManager does the same); undefined once
 * the page has loaded (an injection by `executeScript`). The manifest runs the loader at document_start
 * so that the code streams while the page is still parsed; the page's code starts here, as it did when
 * the manifest said document_idle: started at DOMContentLoaded instead, its article extent and first
 * drawing paid for the page's first layout and the extension CPU rose by half (bench:extension,
 * 2026-12-07).
 */
function documentIdle(): Promise<void> | undefined {
  if (document.readyState === 'complete') return undefined;
  return new Promise((resolve) => {
    const done = () => resolve();
    addEventListener('load', done, { once: true });
    const afterParsed = () => setTimeout(done, 200);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterParsed, { once: true });
    else afterParsed();
  });
}
