import readExplanationData from 'cchc:explanation-data';
import browser, { type Runtime } from 'webextension-polyfill';
import { toWire } from '../shared/found-terms-wire.ts';
import { answerBackgroundRequest, type BackgroundHandlers } from '../shared/messages-to-background.ts';
import { termCommands } from '../shared/messages-to-tab.ts';
import { migrateStorage } from '../shared/migrate-storage.ts';
import { sendToTab } from '../shared/send-to-tab.ts';
import { loadSettings, saveSetting } from '../shared/settings.ts';
import { changedList, type ListSettingName } from '../shared/settings-values.ts';
import { createContextMenu, onContextMenuClicked } from './context-menu.ts';
import { pageMatcher } from './page-matcher.ts';
import { onOriginsAdded, onOriginsRemoved, siteGranted, syncSiteScripts } from './site-scripts.ts';
import { serial } from './storage-queue.ts';
import { rateLimit } from './tab-opening-limit.ts';

/** Tabs opened for "add as own term": more than a reader clicks by hand, far fewer than a flood. */
const mayOpenTab = rateLimit(5, 60_000);

/** One list change, read and written inside the queue so no other change lands between (storage-queue.ts). */
function changeList(name: ListSettingName, item: string, present: boolean): Promise<{ list: string[] }> {
  return serial(async () => {
    const list = changedList(name, (await loadSettings())[name], item, present);
    await saveSetting(name, list);
    return { list };
  });
}

let explanationData: ReturnType<typeof readExplanationData> | undefined;

const handlers: BackgroundHandlers = {
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
  // The explanations live here, not in every page's content script: a page pays for them only when its
  // reader opens one.
  // Parsed on the first request of this wake of the worker, not at its start.
  'explanation-data': () => {
    explanationData ??= readExplanationData();
    return explanationData;
  },
  // The matcher runs here for every page (page-matcher.ts): a page's thread only walks its text and draws.
  'find-terms': async ({ text, own }) => toWire(await (await pageMatcher(own)).find(text)),
  'term-of-selection': async ({ text, own }) => ({ found: (await (await pageMatcher(own)).termOf(text)) ?? null }),
  // The popup's and hover card's code, into the frame that asks, on its first use (issue 12). Firefox
  // only: there it is not a web-accessible resource (Firefox has no per-session addresses for those);
  // Chromium's content script imports it (src/content/load-content-ui.ts).
  'load-content-ui': async (_message, sender) => {
    if (sender.tabId === undefined || sender.frameId === undefined) return { injected: false };
    await browser.scripting.executeScript({
      target: { tabId: sender.tabId, frameIds: [sender.frameId] },
      files: ['content-ui.js'],
    });
    return { injected: true };
  },
  // The content script of a tab's top frame reports its distinct terms after every change of the page
  // or of the settings; the badge is that tab's own, so it goes away with the page.
  'report-terms': async ({ count }, sender) => {
    if (sender.tabId === undefined || sender.frameId !== 0) return { badge: '' };
    const { showBadge } = await loadSettings();
    const badge = showBadge && count > 0 ? String(count) : '';
    await browser.action.setBadgeText({ tabId: sender.tabId, text: badge });
    return { badge };
  },
  // The in-page popup cannot open extension pages: the options page opens here, its own-term form
  // filled in with the selection (read from the address's fragment, never sent anywhere).
  'add-own-term': async ({ term }) => {
    if (!mayOpenTab()) return { opened: false };
    const url = `${browser.runtime.getURL('options.html')}#own-term=${encodeURIComponent(term.trim())}`;
    await browser.tabs.create({ url });
    return { opened: true };
  },
  // The popup or the options page after the reader granted a site: the permission event does not
  // come when the browser already had it. siteGranted checks the permission itself, so the message
  // can make nothing happen that the reader did not allow.
  'site-granted': async ({ site }) => {
    await siteGranted([site]);
    return { done: true };
  },
  'change-list-setting': ({ name, item, present }) => changeList(name, item, present),
  'hide-term': ({ id }) => changeList('hiddenTerms', id, true),
  'migrate-storage': async () => ({ quarantined: await serial(migrateStorage) }),
};

// Registered synchronously at the top level: Chromium only wakes a stopped service worker for
// listeners added during its first run.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  answerBackgroundRequest(handlers, message, {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    // The browser sets the sender's address; only our own pages have the extension's.
    extensionPage: sender.url?.startsWith(browser.runtime.getURL('')) === true,
  }),
);

browser.contextMenus.onClicked.addListener((info, tab) => {
  onContextMenuClicked(info, tab).catch((error: unknown) => console.warn('[Thuật ngữ CCHC] explain term:', error));
});
const warn = (what: string) => (error: unknown) => console.warn(`[Thuật ngữ CCHC] ${what}:`, error);
browser.permissions.onAdded.addListener(({ origins }) => {
  onOriginsAdded(origins ?? []).catch(warn('site granted'));
});
browser.permissions.onRemoved.addListener(({ origins }) => {
  onOriginsRemoved(origins ?? []).catch(warn('site withdrawn'));
});
// The menu and the registered script persist in both browsers: set them up when the extension is
// installed or updated and when the browser starts, not on every wake of the background.
const setUp = () => {
  // Before anything else reads the store: an update may find it in an older format.
  serial(migrateStorage).catch(warn('stored format'));
  createContextMenu().catch(warn('context menu'));
  syncSiteScripts().catch(warn('added sites'));
};
browser.runtime.onInstalled.addListener(setUp);
browser.runtime.onStartup.addListener(setUp);

void browser.action.setBadgeBackgroundColor({ color: '#b71c1c' }).catch(() => {});

// Keyboard commands that move between terms are the page's business: pass them to the content script
// of the tab's top frame (it checks that the message comes from this extension).
browser.commands.onCommand.addListener(async (command, tab) => {
  const direction = termCommands[command];
  if (!direction) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // A tab without our content script (a page we do not run on) has no receiver: nothing to do.
  await sendToTab(tabId, { type: 'move-to-term', direction }).catch(() => {});
});
