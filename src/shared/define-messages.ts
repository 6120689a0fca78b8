/**
 * One receiver's messages: each request type with the shape of its request and of its answer. The
 * background's map (`messages-to-background.ts`) and the content script's (`messages-to-tab.ts`) are both
 * built by `defineMessages`, so both ends get the same guarantees: a new type without a shape check or
 * without a handler is a compile error, and nothing unchecked reaches a handler.
 */
export type MessageMap<M> = { [T in keyof M]: { request: { type: T }; response: unknown } };

/** A request of the map (all of them, or the one of type `T`). */
export type RequestOf<M extends MessageMap<M>, T extends keyof M = keyof M> = M[T]['request'];

/** What the receiver answers to a request of type `T`. */
export type ResponseOf<M extends MessageMap<M>, T extends keyof M> = M[T]['response'];

/** One handler per request type, each typed by the map; `S` is what the handlers learn of the sender. */
export type HandlersOf<M extends MessageMap<M>, S> = {
  [T in keyof M]: (request: RequestOf<M, T>, sender: S) => ResponseOf<M, T> | Promise<ResponseOf<M, T>>;
};

/**
 * A check of every field of each request type. Messages can come from content scripts, which run
 * beside untrusted pages: check every field and allow no extra ones, so a handler only ever sees the
 * shape its type promises.
 */
export type ShapesOf<M> = { [T in keyof M]: (message: Record<string, unknown>) => boolean };

export interface Messages<M extends MessageMap<M>, S> {
  /** Whether `value` is a well-formed request of a type the receiver knows. */
  isRequest(value: unknown): value is RequestOf<M>;
  /**
   * Checks an incoming message and passes it to its handler. Rejects (so the sender's promise
   * rejects) when the message is malformed or of an unknown type.
   */
  answer(handlers: HandlersOf<M, S>, message: unknown, sender: S): Promise<ResponseOf<M, keyof M>>;
}

/** The check and the dispatch of one receiver's messages, from the shape check of each type. */
export function defineMessages<M extends MessageMap<M>, S>(shapes: ShapesOf<M>): Messages<M, S> {
  const isKnownType = (type: unknown): type is keyof M & string =>
    typeof type === 'string' && Object.hasOwn(shapes, type);
  const isRequest = (value: unknown): value is RequestOf<M> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const message = value as Record<string, unknown>;
    return isKnownType(message.type) && shapes[message.type](message);
  };
  return {
    isRequest,
    async answer(handlers, message, sender) {
      if (!isRequest(message)) throw new Error(`Rejected a malformed or unknown message: ${describe(message)}`);
      // The map pairs each type with its handler; TypeScript cannot follow that through the union.
      const handler = handlers[(message as { type: keyof M }).type] as (request: RequestOf<M>, sender: S) => unknown;
      return (await handler(message, sender)) as ResponseOf<M, keyof M>;
    },
  };
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
