import type { Category } from '../glossary/types.ts';
import { defineMessages, type HandlersOf, type RequestOf, type ResponseOf } from './define-messages.ts';

/** A term found on a page, as the toolbar popup lists it. */
export interface PageTerm {
  id: string;
  /** The glossary's name of the term. */
  term: string;
  category: Category;
  /** Its occurrences on the page. */
  count: number;
  /** The glossary's English gloss, shown beside the term in the English interface (none for own terms without one). */
  gloss?: string;
}

/** What a tab's content script says about its page. */
export interface PageTermsAnswer {
  /** The site key (`siteOf(location.hostname)`), for the per-site switch. */
  host: string;
  /** Whether the extension is on for this site. */
  enabled: boolean;
  /** The terms of the highlighted categories, in order of first occurrence. */
  terms: PageTerm[];
}

/**
 * Messages to a tab's content script (from the background or the toolbar popup), with the shape of
 * the request and of the answer. Adding an entry here makes a missing shape check or content-script
 * handler a compile error (`define-messages.ts`); the content script also checks that a message comes
 * from its own extension.
 */
export interface TabMessages {
  'move-to-term': { request: { type: 'move-to-term'; direction: 'next' | 'previous' }; response: undefined };
  'get-page-terms': { request: { type: 'get-page-terms' }; response: PageTermsAnswer };
  /** Scrolls to the next occurrence of the term, marks it and opens its explanation. */
  'show-term': { request: { type: 'show-term'; id: string }; response: { shown: boolean } };
  /**
   * The context menu's "Explain term" on selected text: explains the term the text names, or offers to
   * add it as an own term. `found` names the entry explained.
   */
  'explain-selection': {
    request: { type: 'explain-selection'; text: string };
    response: { found: string | undefined };
  };
}

export type TabMessageType = keyof TabMessages;
export type TabMessage<T extends TabMessageType = TabMessageType> = RequestOf<TabMessages, T>;
export type TabResponse<T extends TabMessageType> = ResponseOf<TabMessages, T>;

/** The content script's handlers, one per message type; a tab message's sender needs no more than its origin check. */
export type TabHandlers = HandlersOf<TabMessages, undefined>;

/** The keyboard commands of the manifest that move between terms, and their direction. */
export const termCommands: Readonly<Record<string, 'next' | 'previous'>> = {
  'next-term': 'next',
  'previous-term': 'previous',
};

/** The longest selection the context menu passes on: a term, not an article. */
export const MAX_SELECTION = 300;

/** A glossary id: kebab-case, as the glossary's schema requires. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const toTab = defineMessages<TabMessages, undefined>({
  'move-to-term': (m) => (m.direction === 'next' || m.direction === 'previous') && Object.keys(m).length === 2,
  'get-page-terms': (m) => Object.keys(m).length === 1,
  'show-term': (m) =>
    typeof m.id === 'string' && m.id.length <= 200 && ENTRY_ID.test(m.id) && Object.keys(m).length === 2,
  'explain-selection': (m) =>
    typeof m.text === 'string' && m.text.length <= MAX_SELECTION && Object.keys(m).length === 2,
});

/** Whether `value` is a well-formed message of a type the content script knows. */
export const isTabMessage = toTab.isRequest;

/** Checks a message and passes it to its handler; rejects when it is malformed or of an unknown type. */
export function answerTabMessage(handlers: TabHandlers, message: unknown): Promise<TabResponse<TabMessageType>> {
  return toTab.answer(handlers, message, undefined);
}
