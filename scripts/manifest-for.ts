/** The browsers we build for; each gets its own unpacked extension in dist/<browser>/. */
export const targetBrowsers = ['chrome', 'firefox'] as const;
export type TargetBrowser = (typeof targetBrowsers)[number];

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
export function manifestFor(source: SourceManifest, browser: TargetBrowser): Record<string, unknown> {
  const script = source.background?.service_worker;
  if (typeof script !== 'string' || script === '') {
    throw new Error('manifest.json: background.service_worker must name the background script');
  }
  const { background: _background, browser_specific_settings, ...common } = structuredClone(source);
  if (browser === 'chrome') {
    return { ...common, background: { service_worker: script } };
  }
  if (browser_specific_settings === undefined) {
    throw new Error('manifest.json: Firefox needs browser_specific_settings.gecko (add-on id)');
  }
  return { ...common, background: { scripts: [script] }, browser_specific_settings };
}
