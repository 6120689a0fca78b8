/** The polyfill's bundle (src/content/browser-polyfill.ts), which Chromium before 148 needs. */
export const POLYFILL_FILE = 'browser-polyfill.js';
/** The content script's code. */
export const CONTENT_MAIN_FILE = 'content-main.js';

/**
 * Imports the content script's code into a frame (Chromium's loader, content-loader.ts), and before it
 * the polyfill where the content script's global has no `browser` of its own: the code's bundles use
 * the global one (native-browser.ts). The test is the polyfill's own: a `browser` whose runtime has an id.
 */
export async function bringCode(
  shared: { browser?: { runtime?: { id?: string } } },
  importFile: (file: string) => Promise<unknown>,
): Promise<unknown> {
  if (!shared.browser?.runtime?.id) await importFile(POLYFILL_FILE);
  return importFile(CONTENT_MAIN_FILE);
}
