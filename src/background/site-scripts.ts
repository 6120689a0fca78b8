import browser from 'webextension-polyfill';
import { loadSettings, saveSetting } from '../shared/settings.ts';
import { listWith } from '../shared/settings-values.ts';
import { siteOfPattern, sitePatterns } from '../shared/site-patterns.ts';

/**
 * Sites beyond the manifest's list. The popup and the options page only ask for a site's host
 * permission (it must be asked in the click's own handler, and Firefox closes the toolbar popup while
 * its prompt shows); everything after the grant happens here, on the browser's permission events: the
 * site joins `addedSites`, the registered content script covers it, and open tabs of it get the
 * script at once. Withdrawing the permission, here or in the browser's own UI, undoes all of it.
 */

/** The id of our one registered content script, covering every site the reader added. */
const SCRIPT_ID = 'added-sites';

/** The manifest's content script, which the registered one copies for the added sites. */
function manifestScript(): { js: string[]; all_frames?: boolean } {
  const first = browser.runtime.getManifest().content_scripts?.[0];
  if (!first?.js) throw new Error('manifest.json has no content script to register for added sites');
  // Firefox's getManifest() gives the files as full moz-extension:// addresses; the APIs want paths.
  const base = browser.runtime.getURL('');
  const js = first.js.map((file) => (file.startsWith(base) ? file.slice(base.length) : file));
  return { js, all_frames: first.all_frames };
}

/** The added sites whose host permission the reader still grants. */
async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(
    sites.map((site) => browser.permissions.contains({ origins: sitePatterns(site) }).catch(() => false)),
  );
  return sites.filter((_, i) => granted[i]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after the ones before it: permission and storage events can arrive together. */
function serial(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch((error: unknown) => console.warn('[Thuật ngữ CCHC] added sites:', error));
  return run;
}

/**
 * Makes the registered content script match exactly the added sites still permitted (and drops the
 * ones whose permission is gone from the list). It always replaces the registration: what persists
 * across restarts differs between browsers, so every start of the background sets it afresh.
 */
export function syncSiteScripts(): Promise<void> {
  return serial(async () => {
    const { addedSites } = await loadSettings();
    const sites = await grantedSites(addedSites);
    if (sites.length !== addedSites.length) await saveSetting('addedSites', sites);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (sites.length === 0) return;
    const script = manifestScript();
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: sites.flatMap(sitePatterns),
        js: script.js,
        allFrames: script.all_frames ?? false,
        runAt: 'document_idle',
      },
    ]);
  });
}

/** Puts the sites of `origins` (ours only) in the list or takes them out; returns them. */
async function updateSites(origins: readonly string[], present: boolean): Promise<string[]> {
  const sites = origins.map(siteOfPattern).filter((s): s is string => s !== undefined);
  if (sites.length === 0) return sites;
  await serial(async () => {
    let next = (await loadSettings()).addedSites;
    for (const site of sites) next = listWith(next, site, present);
    await saveSetting('addedSites', next);
  });
  await syncSiteScripts();
  return sites;
}

/** Granted origins of ours: the sites join the list, and their open tabs get the content script now. */
export async function onOriginsAdded(origins: readonly string[]): Promise<void> {
  const sites = await updateSites(origins, true);
  if (sites.length === 0) return;
  const tabs = await browser.tabs.query({ url: sites.flatMap(sitePatterns) }).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectIfMissing(tab.id))));
}

/** Withdrawn origins: the sites leave the list and the registration (open pages keep theirs until reloaded). */
export async function onOriginsRemoved(origins: readonly string[]): Promise<void> {
  await updateSites(origins, false);
}

/** Whether the tab's top frame runs our content script (it answers the popup's question). */
async function hasContentScript(tabId: number): Promise<boolean> {
  return browser.tabs
    .sendMessage(tabId, { type: 'get-page-terms' }, { frameId: 0 })
    .then(() => true)
    .catch(() => false);
}

/**
 * Runs the content script in a tab that does not have it yet (registered scripts only reach pages
 * loaded later). Every frame: the content script itself decides which frames scan (entry.ts).
 */
export async function injectIfMissing(tabId: number, frameId?: number): Promise<boolean> {
  if (frameId === undefined && (await hasContentScript(tabId))) return false;
  await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
    files: manifestScript().js,
  });
  return true;
}
