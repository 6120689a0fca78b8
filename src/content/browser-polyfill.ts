// `browser-polyfill.js`, Chromium only: webextension-polyfill as a module that defines the content
// script's global `browser` where the browser has none (Chromium before 148). Chromium's loader imports
// it before the content script's code only then (content-loader.ts); the content bundles take `browser`
// from their global (native-browser.ts).
import browser from 'webextension-polyfill';

const shared = globalThis as { browser?: unknown };
shared.browser ??= browser;
