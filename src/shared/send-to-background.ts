import browser from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponse } from './messages-to-background.ts';

/** Sends a request to the background; the answer is typed by the request's type. */
export function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponse<R['type']>>;
}
