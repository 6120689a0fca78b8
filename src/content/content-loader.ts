// The content script the manifest, the registered scripts and `executeScript` run (`content.js`): a
// few lines that bring the content script's code (`content-main.js`) into the frame once and enter it
// once per injection (enter.ts).
//
// Why a loader (issue 12): Chromium compiles a content script on the page's main thread, every page
// load, with no code cache: about 13 ms for content-main.js on the test machine, before any of it runs,
// and then each function again on its first call. A module imported from here is fetched and compiled
// on a background thread while the page goes on (script streaming), and the build's
// `//# allFunctionsCalledOnLoad` hint (scripts/build-extension.ts) has that thread compile every
// function up front, so the main thread only runs the code. The manifest runs this at document_start,
// so the import streams while the page is still parsed; the page's code starts when a document_idle
// script would (`documentIdle`). Firefox already keeps compiled content scripts per process: there the
// manifest lists content-main.js before this file, which then finds `cchcEnter` registered.
//
// content-main.js is a web-accessible resource only under a dynamic URL (`use_dynamic_url`, renewed
// each browser session): a page cannot probe a fixed address to learn that the extension is installed
// (issue 13), and the import is the content script's own, so it shows in none of the page's resource
// timings.
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { scansThisFrame } from './scans-frame.ts';

type ExtensionGlobal = { runtime: { getURL(path: string): string } };
const shared = globalThis as ContentScriptGlobals & { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };

// Read now, as this injection runs: the import below takes a while, and the background sets the flag
// just before the injection it is for (site-scripts.ts).
const explainOnly = shared.cchcExplainOnly === true;
shared.cchcExplainOnly = false;
// The manifest runs this in every frame it matches (`all_frames`); only the top frame and frames of the
// top page's origin scan (scans-frame.ts). The others stop here, before the code is even fetched: a news
// page's cross-origin frames (ads, embeds) cost a few lines each, not a module.
if (scansThisFrame(window)) {
  // Not the polyfill: this file stays a few lines. Both browsers have `chrome.runtime.getURL`.
  const runtime = (shared.browser ?? shared.chrome)?.runtime;
  // Two injections before the module has come (a site turned on while the page loads) import it once
  // (a frame has one module map) and enter twice, as two runs of a classic script would.
  const code = shared.cchcEnter || !runtime ? undefined : import(runtime.getURL('content-main.js'));
  const idle = documentIdle();
  if (!code && !idle) {
    shared.cchcEnter?.(explainOnly);
  } else {
    Promise.all([code, idle]).then(
      () => shared.cchcEnter?.(explainOnly),
      (error: unknown) => console.warn('[Thuật ngữ CCHC] the content script did not load', error),
    );
  }
}

/**
 * When the browser would run a `document_idle` script: at the page's `load`, or 200 ms after
 * DOMContentLoaded if that comes first (Chromium's ScriptInjectionManager does the same); undefined once
 * the page has loaded (an injection by `executeScript`). The page's code starts there, as it did when the
 * manifest said document_idle: started at DOMContentLoaded instead, its article extent and first drawing
 * paid for the page's first layout and the extension CPU rose by half (bench:extension, 2026-12-07).
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
