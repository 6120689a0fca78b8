import browser from 'webextension-polyfill';
import { answerBackgroundRequest, type BackgroundHandlers } from '../shared/messages.ts';

const handlers: BackgroundHandlers = {
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
};

// Registered synchronously at the top level: Chromium only wakes a stopped service worker for
// listeners added during its first run.
browser.runtime.onMessage.addListener((message: unknown) => answerBackgroundRequest(handlers, message));
