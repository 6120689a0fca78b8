import browser from 'webextension-polyfill';

/** The manifest's content-script patterns: the sites the extension runs on out of the box. */
export function listedPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
}
