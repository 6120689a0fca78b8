import type { DocumentRegistry, Entry } from '../glossary/types.ts';
import { defineMessages, type HandlersOf, type RequestOf, type ResponseOf } from './define-messages.ts';
import type { FoundTermsWire } from './found-terms-wire.ts';
import { isHost, isListItem, type ListSettingName, listSettingNames } from './settings-values.ts';
import type { SelectionTerm } from './term-matcher.ts';

/**
 * Messages to the background (from content scripts, the toolbar popup and the options page): one entry
 * per request type, with the shape of the request and of the answer. Adding an entry here makes a
 * missing shape check or handler a compile error (`define-messages.ts`).
 */
export interface BackgroundMessages {
  ping: { request: { type: 'ping' }; response: { pong: true; version: string } };
  /** A content script's number of distinct terms on its page, for the toolbar badge. */
  'report-terms': { request: { type: 'report-terms'; count: number }; response: { badge: string } };
  /** The in-page popup's "add as own term" for a selection the glossary does not know: opens the options page's form. */
  'add-own-term': { request: { type: 'add-own-term'; term: string }; response: { opened: boolean } };
  /** The popup or the options page: the reader granted this site's permission (the background checks it). */
  'site-granted': { request: { type: 'site-granted'; site: string }; response: { done: boolean } };
  /**
   * A content script opening its first explanation: the glossary's explanations and the legal registry,
   * which the content script does not carry (it has the found terms' names and categories; issue 12).
   */
  'explanation-data': {
    request: { type: 'explanation-data' };
    response: { entries: Entry[]; documents: DocumentRegistry };
  };
  /**
   * A content script's text to match (a batch of the article's blocks, joined): the matcher runs in the
   * background, once for every page, not in each page (issue 12). `own`: the fingerprint of the own
   * terms the page knows (own-terms-key.ts).
   */
  'find-terms': { request: { type: 'find-terms'; text: string; own: string }; response: FoundTermsWire };
  /** "Explain term": the term a selection names, if any (term-of-selection.ts). */
  'term-of-selection': {
    request: { type: 'term-of-selection'; text: string; own: string };
    response: { found: SelectionTerm | null };
  };
  /**
   * An extension page adds an item to a list setting or takes it out. The background applies these one
   * at a time, reading the list just before writing it: two contexts each reading, changing and writing
   * the whole list would lose one of two changes made together.
   */
  'change-list-setting': {
    request: { type: 'change-list-setting'; name: ListSettingName; item: string; present: boolean };
    response: { list: string[] };
  };
  /** A content script's "Don't highlight this term": the one list change a page's script may ask for. */
  'hide-term': { request: { type: 'hide-term'; id: string }; response: { list: string[] } };
  /** An extension page about to read the store: bring it to the current format first (stored-format.ts). */
  'migrate-storage': { request: { type: 'migrate-storage' }; response: { quarantined: string[] } };
  /**
   * A content script about to show its first popup or hover card: the background injects the UI code
   * (`content-ui.js`) into the sending frame (src/content/load-content-ui.ts; issue 12). Firefox only:
   * Chromium's content script imports it.
   */
  'load-content-ui': { request: { type: 'load-content-ui' }; response: { injected: boolean } };
}

/** Who sent a request, as far as the handlers need it (`runtime.MessageSender`, reduced). */
export interface RequestSender {
  tabId?: number | undefined;
  frameId?: number | undefined;
  /** Sent by one of the extension's own pages (its address is the extension's), not a content script. */
  extensionPage?: boolean | undefined;
}

/**
 * Who may send each request: a content script (`page`: a tab that is not one of our pages), one of the
 * extension's own pages (`extension`), or anyone of ours. A compromised page renderer can send whatever
 * a content script can; it must not reach what only the reader's own pages ask for.
 */
const senders: Record<BackgroundRequestType, 'page' | 'extension' | 'any'> = {
  ping: 'any',
  'report-terms': 'page',
  'add-own-term': 'page',
  'site-granted': 'extension',
  // The bundled explanations: nothing private, asked for by the content script on the first open.
  'explanation-data': 'page',
  'change-list-setting': 'extension',
  // The content script wrote hiddenTerms itself before: the worst a compromised page can do with it is
  // hide our highlights of a term, on every page. Bounded by the list's limit.
  'hide-term': 'page',
  'migrate-storage': 'extension',
  // The page's own text, matched and answered to it alone: nothing stored, nothing private in the answer.
  'find-terms': 'page',
  'term-of-selection': 'page',
  // Into the sender's own frame only, and only our own code: nothing a page could not already trigger.
  'load-content-ui': 'page',
};

/** Whether `sender` may send a request of type `type`. */
export function isAllowedSender(type: BackgroundRequestType, sender: RequestSender): boolean {
  const allowed = senders[type];
  if (allowed === 'any') return true;
  if (allowed === 'extension') return sender.extensionPage === true;
  return sender.extensionPage !== true && sender.tabId !== undefined;
}

export type BackgroundRequestType = keyof BackgroundMessages;

/** A request to the background (all of them, or the one of type `T`). */
export type BackgroundRequest<T extends BackgroundRequestType = BackgroundRequestType> = RequestOf<
  BackgroundMessages,
  T
>;

/** What the background answers to a request of type `T`. */
export type BackgroundResponse<T extends BackgroundRequestType> = ResponseOf<BackgroundMessages, T>;

/** One handler per request type, each typed by the map. */
export type BackgroundHandlers = HandlersOf<BackgroundMessages, RequestSender>;

/** The longest text one `find-terms` may carry (the page sends batches of a few tens of thousands). */
export const MAX_TEXT_TO_MATCH = 1_000_000;
/** The longest selection "Explain term" asks about (a selection may be a whole page; only its words matter). */
export const MAX_SELECTION = 100_000;

function isMatchRequest(message: Record<string, unknown>, longest: number): boolean {
  return (
    typeof message.text === 'string' &&
    message.text.length <= longest &&
    typeof message.own === 'string' &&
    message.own.length <= 64 &&
    Object.keys(message).length === 3
  );
}

const toBackground = defineMessages<BackgroundMessages, RequestSender>({
  ping: (message) => Object.keys(message).length === 1,
  'report-terms': (message) =>
    Number.isSafeInteger(message.count) &&
    (message.count as number) >= 0 &&
    (message.count as number) <= 100_000 &&
    Object.keys(message).length === 2,
  'add-own-term': (message) =>
    typeof message.term === 'string' &&
    message.term.trim().length > 0 &&
    message.term.length <= 300 &&
    Object.keys(message).length === 2,
  'site-granted': (message) => isHost(message.site) && Object.keys(message).length === 2,
  'explanation-data': (message) => Object.keys(message).length === 1,
  'change-list-setting': (message) =>
    listSettingNames.includes(message.name as ListSettingName) &&
    isListItem(message.name as ListSettingName, message.item) &&
    typeof message.present === 'boolean' &&
    Object.keys(message).length === 4,
  'hide-term': (message) => isListItem('hiddenTerms', message.id) && Object.keys(message).length === 2,
  'migrate-storage': (message) => Object.keys(message).length === 1,
  'find-terms': (message) => isMatchRequest(message, MAX_TEXT_TO_MATCH),
  'term-of-selection': (message) => isMatchRequest(message, MAX_SELECTION),
  'load-content-ui': (message) => Object.keys(message).length === 1,
});

/** Whether `value` is a well-formed request of a type the background knows. */
export const isBackgroundRequest = toBackground.isRequest;

/**
 * Checks an incoming message and passes it to its handler. Rejects (so the sender's promise
 * rejects) when the message is malformed or of an unknown type.
 */
export function answerBackgroundRequest(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: RequestSender = {},
): Promise<BackgroundResponse<BackgroundRequestType>> {
  if (isBackgroundRequest(message) && !isAllowedSender(message.type, sender)) {
    return Promise.reject(new Error(`${message.type} is not accepted from this sender`));
  }
  return toBackground.answer(handlers, message, sender);
}
