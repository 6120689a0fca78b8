import browser from 'webextension-polyfill';
import type { TabMessage, TabResponse } from './tab-messages.ts';

/**
 * Sends a message to the content script of a tab's top frame; the answer is typed by the message's
 * type. Rejects when the tab has no content script of ours (a page we do not run on).
 */
export function sendToTab<M extends TabMessage>(tabId: number, message: M): Promise<TabResponse<M['type']>> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<TabResponse<M['type']>>;
}
