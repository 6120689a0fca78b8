/** The polyfill's bundle (src/content/browser-polyfill.ts), which Chromium before 148 needs. */
export const POLYFILL_FILE = 'browser-polyfill.js';
/** The content script's code. */
export const CONTENT_MAIN_FILE = 'content-main.js';

/** The parts of the content script's global this file reads: `browser` may be anything a page named so. */
export interface ExtensionGlobals {
  browser?: unknown;
  chrome?: { runtime?: unknown };
}

/**
 * Whether the content script's `browser` is the browser's own extension API: in Chromium 148+ the same
 * `runtime` as `chrome`'s (Chrome documents the two namespaces as sharing their objects). Not a page's
 * element named "browser", which shows on the content script's global too (an `id` or `name` makes a
 * named property of the window; webextension-polyfill's own `runtime.id` test can be fooled by a form
 * with a field named "runtime"): a page cannot make `chrome.runtime`.
 */
export function hasNativeBrowser(shared: ExtensionGlobals): boolean {
  const runtime = shared.chrome?.runtime;
  return runtime !== undefined && (shared.browser as { runtime?: unknown } | undefined)?.runtime === runtime;
}

/**
 * Imports the content script's code into a frame (Chromium's loader, content-loader.ts), and before it
 * the polyfill where the content script's global has no `browser` of its own: the code's bundles use
 * the global one (native-browser.ts). A page's element named "browser" is covered first by an own
 * property of the global, so the polyfill wraps `chrome` rather than handing the element back.
 */
export async function bringCode(
  shared: ExtensionGlobals,
  importFile: (file: string) => Promise<unknown>,
): Promise<unknown> {
  if (!hasNativeBrowser(shared)) {
    shared.browser = undefined;
    await importFile(POLYFILL_FILE);
  }
  return importFile(CONTENT_MAIN_FILE);
}
