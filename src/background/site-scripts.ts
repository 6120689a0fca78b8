import browser from 'webextension-polyfill';
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { listedPatterns } from '../shared/listed-patterns.ts';
import { sendToTab } from '../shared/send-to-tab.ts';
import { loadSettings, saveSetting } from '../shared/settings.ts';
import { listWith, MAX_ADDED_SITES } from '../shared/settings-values.ts';
import { isListedSite, siteOfPattern, sitePatterns } from '../shared/site-patterns.ts';
import { serial } from './storage-queue.ts';

/**
 * Sites beyond the manifest's list. The popup and the options page ask for a site's host permission
 * (in the click's own handler: browsers grant a prompt only to a user gesture) and then tell the
 * background (`site-granted`); the browser's permission events say the same, also for grants and
 * withdrawals made in its own UI. Either way the work happens here, and may happen twice: the site
 * joins `addedSites`, the registered content script covers it, and its open tabs get the script at
 * once. Withdrawing the permission undoes all of it.
 */

/** The id of our one registered content script, covering every site the reader added. */
const SCRIPT_ID = 'added-sites';

/** The manifest's content script, which the registered one copies for the added sites. */
function manifestScript(): {
  js: string[];
  allFrames: boolean;
  runAt: 'document_start' | 'document_end' | 'document_idle';
} {
  const first = browser.runtime.getManifest().content_scripts?.[0];
  if (!first?.js) throw new Error('manifest.json has no content script to register for added sites');
  // Firefox's getManifest() gives the files as full moz-extension:// addresses; the APIs want paths.
  const base = browser.runtime.getURL('');
  const js = first.js.map((file) => (file.startsWith(base) ? file.slice(base.length) : file));
  return { js, allFrames: first.all_frames ?? false, runAt: first.run_at ?? 'document_idle' };
}

/**
 * The added sites whose host permission the reader still grants. A failed check keeps the site: one
 * transient error must not drop it for good.
 */
async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(
    sites.map((site) => browser.permissions.contains({ origins: sitePatterns(site) }).catch(() => true)),
  );
  return sites.filter((_, i) => granted[i]);
}

/**
 * Makes the registered content script match exactly the added sites still permitted, and the list
 * hold only those. It changes the registration only when it differs from what is wanted: both
 * browsers keep registrations across restarts, and a gap between unregistering and registering again
 * would leave a page loading meanwhile without the script.
 */
export function syncSiteScripts(): Promise<void> {
  return serial(async () => {
    const { addedSites } = await loadSettings();
    const listed = listedPatterns();
    const sites = (await grantedSites(addedSites)).filter((site) => !isListedSite(listed, site));
    if (sites.length !== addedSites.length) await saveSetting('addedSites', sites);
    const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (sites.length === 0) {
      if (registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return;
    }
    const script = manifestScript();
    const wanted = {
      id: SCRIPT_ID,
      matches: sites.flatMap(sitePatterns),
      js: script.js,
      allFrames: script.allFrames,
      // The manifest's `match_about_blank`: srcdoc and about:blank frames of an added site too.
      matchOriginAsFallback: true,
      runAt: script.runAt,
    };
    if (!registered) await browser.scripting.registerContentScripts([wanted]);
    else if (JSON.stringify(registered.matches) !== JSON.stringify(wanted.matches)) {
      await browser.scripting.updateContentScripts([wanted]);
    }
  });
}

/**
 * Puts sites in the list or takes them out, then brings the registration in line. A site the manifest
 * already lists never joins (the browser reports its patterns too when the reader turns a listed
 * site's access back on), and the list stops at its limit: the permission just granted past it is
 * given back rather than stored where the list's check would refuse it.
 */
async function updateSites(sites: readonly string[], present: boolean): Promise<void> {
  const listed = listedPatterns();
  const ours = sites.filter((site) => !isListedSite(listed, site));
  if (ours.length === 0) return;
  const refused = await serial(async () => {
    let next = (await loadSettings()).addedSites;
    const over: string[] = [];
    for (const site of ours) {
      if (present && !next.includes(site) && next.length >= MAX_ADDED_SITES) over.push(site);
      else next = listWith(next, site, present);
    }
    await saveSetting('addedSites', next);
    return over;
  });
  if (refused.length > 0) {
    console.warn(`[Thuật ngữ CCHC] ${MAX_ADDED_SITES} added sites at most: not adding ${refused.join(', ')}`);
    await browser.permissions.remove({ origins: refused.flatMap(sitePatterns) }).catch(() => false);
  }
  await syncSiteScripts();
}

const sitesOf = (origins: readonly string[]) => origins.map(siteOfPattern).filter((s): s is string => s !== undefined);

/** A granted site (event or message): it joins the list, and its open tabs get the content script now. */
export async function siteGranted(sites: readonly string[]): Promise<void> {
  const granted = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: sitePatterns(site) }).catch(() => false)) granted.push(site);
  }
  if (granted.length === 0) return;
  await updateSites(granted, true);
  const tabs = await browser.tabs.query({ url: granted.flatMap(sitePatterns) }).catch(() => []);
  // One tab that refuses (an error page, a viewer) must not stop the others.
  await Promise.allSettled(tabs.map((tab) => (tab.id === undefined ? undefined : injectIfMissing(tab.id))));
}

/** `permissions.onAdded`: the same as the popup's or options page's message after a grant. */
export function onOriginsAdded(origins: readonly string[]): Promise<void> {
  return siteGranted(sitesOf(origins));
}

/** Withdrawn origins: the sites leave the list and the registration (open pages keep theirs until reloaded). */
export function onOriginsRemoved(origins: readonly string[]): Promise<void> {
  return updateSites(sitesOf(origins), false);
}

/** Whether the tab's top frame runs our content script in full (it answers the popup's question). */
async function hasContentScript(tabId: number): Promise<boolean> {
  return sendToTab(tabId, { type: 'get-page-terms' }).then(
    (answer) => answer !== undefined && answer !== null,
    () => false,
  );
}

/**
 * Runs the content script in a tab that does not have it yet (registered scripts only reach pages
 * loaded later). Every frame: the content script itself decides which frames scan (start-injection.ts). With
 * `explainOnly`, the script only answers "Explain term" (the context menu on a page the reader has not
 * turned the extension on for): it neither scans nor highlights.
 */
export async function injectIfMissing(tabId: number, frameId?: number, explainOnly = false): Promise<boolean> {
  if (frameId === undefined && (await hasContentScript(tabId))) return false;
  const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  // Set in the content scripts' own world before the script runs (the loader reads it: start-injection.ts).
  await browser.scripting.executeScript({
    target,
    func: (only: boolean) => {
      (globalThis as ContentScriptGlobals).cchcExplainOnly = only;
    },
    args: [explainOnly],
  });
  await browser.scripting.executeScript({ target, files: manifestScript().js });
  return true;
}
