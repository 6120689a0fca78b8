import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { getMessage } from '../shared/get-message.ts';
import { MAX_SELECTION } from '../shared/messages-to-tab.ts';
import { sendToTab } from '../shared/send-to-tab.ts';
import { injectIfMissing } from './site-scripts.ts';

/** The context menu's one item: "Giải thích thuật ngữ" / "Explain term" on selected text. */
const MENU_ID = 'explain-term';

/**
 * Creates the item, on install and on browser start (both browsers keep it in between, also while
 * the background sleeps); `removeAll` first keeps a second call from failing on a duplicate id.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: getMessage('contextExplain'), contexts: ['selection'] });
}

/** "Receiving end does not exist": no content script of ours listens in that frame (yet). */
const noReceiver = (error: unknown) => /Receiving end does not exist/i.test(String(error));

/**
 * Passes the selection to the content script of the frame it was made in, which explains the term or
 * offers to add it. A frame without a listener (a frame our script does not scan, or a page the reader
 * has not turned the extension on for) gets the script in explain-only mode, which the menu click
 * allows (`activeTab`): it explains, and neither scans nor highlights. If that frame still does not
 * answer (one we may not script), the top frame explains it instead, next to the top of the viewport.
 */
export async function onContextMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const tabId = tab.id;
  // One line of at most MAX_SELECTION characters, composed: a term, not a paragraph with its breaks.
  const text = (info.selectionText ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  if (text === '') return;
  const send = (frameId: number) => sendToTab(tabId, { type: 'explain-selection', text }, frameId);
  for (const frameId of [...new Set([info.frameId ?? 0, 0])]) {
    try {
      await send(frameId);
      return;
    } catch (error) {
      if (!noReceiver(error)) throw error;
    }
    const injected = await injectIfMissing(tabId, frameId, true).catch(() => false);
    if (!injected) continue;
    // The injected script adds its listener once its main module has loaded: ask until it answers.
    for (let tries = 0; tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        await send(frameId);
        return;
      } catch (error) {
        if (!noReceiver(error)) throw error;
      }
    }
  }
}
