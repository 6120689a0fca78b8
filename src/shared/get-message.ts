import browser from 'webextension-polyfill';
import type viMessages from '../_locales/vi/messages.json';

/** The name of a UI string; Vietnamese is the default locale, so its file lists them all. */
export type MessageName = keyof typeof viMessages;

/** A UI string in the browser's language (falling back to Vietnamese), typed by name. */
export function getMessage(name: MessageName, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions);
}
