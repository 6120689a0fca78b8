/** The browsers we build for; each gets its own unpacked extension in dist/<browser>/. */
export const targetBrowsers = ['chrome', 'firefox'] as const;
export type TargetBrowser = (typeof targetBrowsers)[number];

/**
 * The content script the source manifest names: Chromium's loader, which imports the code
 * (src/content/content-loader.ts). Firefox runs the code itself and then its own loader (content-start.ts).
 */
export const CONTENT_LOADER = 'content.js';
export const CONTENT_MAIN = 'content-main.js';
export const CONTENT_START = 'content-start.js';
/** The popup's and hover card's code, on first use (src/content/load-content-ui.ts). */
export const CONTENT_UI = 'content-ui.js';
/** webextension-polyfill, which Chromium's loader imports first where `browser` is missing (src/content/bring-code.ts). */
export const BROWSER_POLYFILL = 'browser-polyfill.js';
/** Bundles only one browser's extension has (scripts/build-extension.ts leaves them out of the other). */
export const ONLY_FOR: Readonly<Record<string, TargetBrowser>> = {
  [CONTENT_LOADER]: 'chrome',
  [CONTENT_START]: 'firefox',
  [BROWSER_POLYFILL]: 'chrome',
};

/** Content-script patterns for local testing, left out of release builds. */
export const DEV_PATTERNS: readonly string[] = ['http://127.0.0.1/*'];

/** The manifest fields this module reads or rewrites; everything else passes through untouched. */
export interface SourceManifest {
  background: { service_worker: string; [key: string]: unknown };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

/**
 * Derives one browser's manifest from the single source manifest.json, without changing it.
 * - Chromium: background as `service_worker`; `browser_specific_settings` dropped (Chromium warns on it).
 * - Firefox: MV3 there has no service worker background, so the same file runs as a background
 *   script (event page); `browser_specific_settings` (add-on id, minimum version, data collection)
 *   is kept.
 */
export function manifestFor(
  source: SourceManifest,
  browser: TargetBrowser,
  options: { release?: boolean } = {},
): Record<string, unknown> {
  const script = source.background?.service_worker;
  if (typeof script !== 'string' || script === '') {
    throw new Error('manifest.json: background.service_worker must name the background script');
  }
  const { background: _background, browser_specific_settings, ...common } = structuredClone(source);
  // `http://127.0.0.1/*` is for the tests and `npm start`: a release runs on the news sites only.
  if (options.release && Array.isArray(common.content_scripts)) {
    for (const script of common.content_scripts as { matches?: string[] }[]) {
      script.matches = script.matches?.filter((pattern) => !DEV_PATTERNS.includes(pattern));
    }
  }
  // The content script's own sites as host permissions too: the background injects the popup's code
  // into a page on its first use (src/content/load-content-ui.ts), and `scripting.executeScript` needs
  // the host permission, which Chromium does not derive from content-script patterns. The same sites,
  // so the same install prompt; sites beyond them stay optional (asked for one by one).
  const matches = ((common.content_scripts ?? []) as { matches?: string[] }[]).flatMap((c) => c.matches ?? []);
  if (matches.length > 0) common.host_permissions = [...new Set(matches)];
  // The content script is a loader (src/content/content-loader.ts) and its code, content-main.js. Chromium
  // imports the code as a module, compiled off the main thread, and the popup's code the same way on
  // first use: web-accessible resources, but only under a per-session dynamic address, so a page cannot
  // probe for them. Firefox keeps compiled content scripts per process: there the code runs as the first
  // content script, its own loader (content-start.js, with no import()) enters it, and the background
  // injects the popup's code.
  const scripts = (common.content_scripts ?? []) as { js?: string[] }[];
  if (browser === 'chrome') {
    const accessible = [
      { resources: [CONTENT_MAIN, CONTENT_UI, BROWSER_POLYFILL], matches: ['<all_urls>'], use_dynamic_url: true },
    ];
    return {
      ...common,
      ...(scripts.length > 0 ? { web_accessible_resources: accessible } : {}),
      background: { service_worker: script },
    };
  }
  for (const s of scripts)
    s.js = s.js?.flatMap((file) => (file === CONTENT_LOADER ? [CONTENT_MAIN, CONTENT_START] : [file]));
  if (browser_specific_settings === undefined) {
    throw new Error('manifest.json: Firefox needs browser_specific_settings.gecko (add-on id)');
  }
  return { ...common, background: { scripts: [script] }, browser_specific_settings };
}
