import type { Category } from '../glossary/types.ts';

/** A term found on a page, as the toolbar popup lists it. */
export interface PageTerm {
  id: string;
  /** The glossary's name of the term. */
  term: string;
  category: Category;
  /** Its occurrences on the page. */
  count: number;
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
 * the request and of the answer. The content script checks each one with `isTabMessage` and that it
 * comes from its own extension.
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
export type TabMessage<T extends TabMessageType = TabMessageType> = TabMessages[T]['request'];
export type TabResponse<T extends TabMessageType> = TabMessages[T]['response'];

/** The keyboard commands of the manifest that move between terms, and their direction. */
export const termCommands: Readonly<Record<string, 'next' | 'previous'>> = {
  'next-term': 'next',
  'previous-term': 'previous',
};

/** The longest selection the context menu passes on: a term, not an article. */
export const MAX_SELECTION = 300;

/** A glossary id: kebab-case, as the glossary's schema requires. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const shapes: { [T in TabMessageType]: (m: Record<string, unknown>) => boolean } = {
  'move-to-term': (m) => (m.direction === 'next' || m.direction === 'previous') && Object.keys(m).length === 2,
  'get-page-terms': (m) => Object.keys(m).length === 1,
  'show-term': (m) =>
    typeof m.id === 'string' && m.id.length <= 200 && ENTRY_ID.test(m.id) && Object.keys(m).length === 2,
  'explain-selection': (m) =>
    typeof m.text === 'string' && m.text.length <= MAX_SELECTION && Object.keys(m).length === 2,
};

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  return typeof m.type === 'string' && Object.hasOwn(shapes, m.type) && shapes[m.type as TabMessageType](m);
}
