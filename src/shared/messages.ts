import { isHost } from './settings-values.ts';

/**
 * Messages the background answers: one entry per request type, with the shape of the request and of
 * the answer. Adding an entry here makes a missing shape check or handler a compile error.
 */
export interface BackgroundMessages {
  ping: { request: { type: 'ping' }; response: { pong: true; version: string } };
  /** A content script's number of distinct terms on its page, for the toolbar badge. */
  'report-terms': { request: { type: 'report-terms'; count: number }; response: { badge: string } };
  /** The in-page popup's "add as own term" for a selection the glossary does not know: opens the options page's form. */
  'add-own-term': { request: { type: 'add-own-term'; term: string }; response: { opened: boolean } };
  /** The popup or the options page: the reader granted this site's permission (the background checks it). */
  'site-granted': { request: { type: 'site-granted'; site: string }; response: { done: boolean } };
}

/** Who sent a request, as far as the handlers need it (`runtime.MessageSender`, reduced). */
export interface RequestSender {
  tabId?: number | undefined;
  frameId?: number | undefined;
}

export type BackgroundRequestType = keyof BackgroundMessages;

/** A request to the background (all of them, or the one of type `T`). */
export type BackgroundRequest<T extends BackgroundRequestType = BackgroundRequestType> =
  BackgroundMessages[T]['request'];

/** What the background answers to a request of type `T`. */
export type BackgroundResponse<T extends BackgroundRequestType> = BackgroundMessages[T]['response'];

/** One handler per request type, each typed by the map. */
export type BackgroundHandlers = {
  [T in BackgroundRequestType]: (
    request: BackgroundRequest<T>,
    sender: RequestSender,
  ) => BackgroundResponse<T> | Promise<BackgroundResponse<T>>;
};

// Messages can come from content scripts, which run beside untrusted pages: check every field, and
// allow no extra ones, so a handler only ever sees the shape its type promises.
const requestShapes: {
  [T in BackgroundRequestType]: (message: Record<string, unknown>) => boolean;
} = {
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
};

function isKnownType(type: unknown): type is BackgroundRequestType {
  return typeof type === 'string' && Object.hasOwn(requestShapes, type);
}

/** Whether `value` is a well-formed request of a type the background knows. */
export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const message = value as Record<string, unknown>;
  return isKnownType(message.type) && requestShapes[message.type](message);
}

/**
 * Checks an incoming message and passes it to its handler. Rejects (so the sender's promise
 * rejects) when the message is malformed or of an unknown type.
 */
export async function answerBackgroundRequest(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: RequestSender = {},
): Promise<BackgroundResponse<BackgroundRequestType>> {
  if (!isBackgroundRequest(message)) {
    throw new Error(`Rejected a malformed or unknown message: ${describe(message)}`);
  }
  // The map pairs each type with its handler; TypeScript cannot follow that through the union.
  const handler = handlers[message.type] as (request: BackgroundRequest, sender: RequestSender) => unknown;
  return (await handler(message, sender)) as BackgroundResponse<BackgroundRequestType>;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
