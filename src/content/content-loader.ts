// Chromium's content script, the one the manifest, the registered scripts and `executeScript` run
// (`content.js`): a few lines that bring the content script's code (`content-main.js`) into the frame
// once and enter it once per injection (start-injection.ts, enter.ts).
//
// Why a loader (issue 12): Chromium compiles a content script on the page's main thread, every page
// load, with no code cache: about 13 ms for content-main.js on the test machine, before any of it runs,
// and then each function again on its first call. A module imported from here is fetched and compiled
// on a background thread while the page goes on (script streaming), and the build's
// `//# allFunctionsCalledOnLoad` hint (scripts/build-extension.ts) has that thread compile every
// function up front, so the main thread only runs the code. The manifest runs this at document_start,
// so the import streams while the page is still parsed; the page's code starts when a document_idle
// script would (start-injection.ts). Firefox already keeps compiled content scripts per process: its
// manifest lists content-main.js and then content-start.ts's bundle, and imports nothing.
//
// content-main.js is a web-accessible resource only under a dynamic URL (`use_dynamic_url`, renewed
// each browser session): a page cannot probe a fixed address to learn that the extension is installed
// (issue 13), and the import is the content script's own, so it shows in none of the page's resource
// timings.
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { bringCode } from './bring-code.ts';
import { startInjection } from './start-injection.ts';

type ExtensionGlobal = { runtime?: { getURL(path: string): string } };
const shared = globalThis as ContentScriptGlobals & { browser?: unknown; chrome?: ExtensionGlobal };
// Not the polyfill: this file stays a few lines. Chromium's own `chrome` (a page's element named
// "browser" shows on this global too; nothing can be named `chrome` over the real one).
const runtime = shared.chrome?.runtime;
if (runtime) {
  // The one way the content script's code imports an extension file (the popup's code too, on first use:
  // main.ts); Firefox's loader sets none, so its bundles hold no `import()`.
  const importFile = (file: string) => import(runtime.getURL(file));
  shared.cchcImport = importFile;
  startInjection(() => bringCode(shared, importFile));
}
