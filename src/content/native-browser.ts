// What `import browser from 'webextension-polyfill'` is in the content script's bundles (content.js,
// content-start.js, content-main.js, content-ui.js: the build's `alias`, scripts/build-extension.ts):
// the `browser` object already in the content script's global. Firefox has always had it, and Chromium
// since 148 (its own page on the namespace says so; the polyfill then hands back that same object);
// before 148, Chromium's loader imports the polyfill first (`browser-polyfill.js`, content-loader.ts),
// which defines it. So no page carries the polyfill's 28 kB where the browser has no need of it
// (issue 12: content-main.js ≤ 120 kB). The tests (Node) import the polyfill itself.
import type { Browser } from 'webextension-polyfill';

const browser = (globalThis as { browser?: Browser }).browser as Browser;
export default browser;
