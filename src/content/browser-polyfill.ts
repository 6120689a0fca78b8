// `browser-polyfill.js`, Chromium only: webextension-polyfill as a module that defines the content
// script's global `browser` where the browser has none of its own (Chromium before 148). Chromium's
// loader imports it before the content script's code only then (bring-code.ts, which first covers a
// page's element named "browser"); the content bundles take `browser` from their global
// (native-browser.ts).
import browser from 'webextension-polyfill';

(globalThis as { browser?: unknown }).browser = browser;
