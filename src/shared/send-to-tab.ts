import browser from 'webextension-polyfill';
import type { TabMessage, TabResponse } from './messages-to-tab.ts';

/**
 * Sends a message to the content script of one frame of a tab (the top frame unless `frameId` says
 * otherwise); the answer is typed by the message's type. Rejects when that frame has no content script
 * of ours (a page we do not run on).
 */
export function sendToTab<M extends TabMessage>(
  tabId: number,
  message: M,
  frameId = 0,
): Promise<TabResponse<M['type']>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<TabResponse<M['type']>>;
}
