// A page whose article the term gate said no to (article-may-hold-term.ts) does not start the page's
// code until there is a reason to: enter.ts hands the decision here.
import { changesOwnTerms, OWN_TERMS_KEY } from '../shared/own-terms.ts';
import { textMayHoldTerm } from './article-may-hold-term.ts';

type MessageListener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
type StorageListener = (changes: Record<string, unknown>, area: string) => void;
interface Listeners<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** What the hold uses of the extension API (`browser`: the browser's own, or the polyfill's in older Chromium). */
export interface HoldApi {
  runtime: { id: string; onMessage: Listeners<MessageListener> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> }; onChanged: Listeners<StorageListener> };
}

/** How long added text waits to be read with the text added after it: a page adds an article in many steps. */
const READ_ADDED_AFTER_MS = 250;

/**
 * Waits for a reason to start the page's code after all, and then calls `start` once:
 *   - text the page adds or changes, anywhere, that may hold a term (an article rendered by script, a
 *     live blog, the next article of an endless page), read by the gate;
 *   - a message from this extension (the toolbar popup's question, a keyboard command, the context
 *     menu): the page's code starts and `answer`s it, as if it had been running all along;
 *   - own terms, stored now or later: the gate knows only the bundled glossary.
 * Text added next to text already there ("UB" + "ND") is read on its own, so a term split that way
 * waits for the next change of its block; a page that adds its article at once is read whole.
 */
export function holdUntilTerm(
  doc: Document,
  api: HoldApi,
  start: () => void,
  answer: (message: unknown) => Promise<unknown> | undefined,
): void {
  let started = false;
  // Nodes, not their text: a page that adds many in a row is read once, at the end of the burst.
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(timer);
    api.runtime.onMessage.removeListener(onMessage);
    api.storage.onChanged.removeListener(onStorage);
    start();
  };
  const readAdded = () => {
    timer = undefined;
    const text = added.map((node) => node.textContent ?? '').join(' ');
    added = [];
    if (textMayHoldTerm(text)) go();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') added.push(record.target);
      else for (const node of record.addedNodes) added.push(node);
    }
    timer ??= setTimeout(readAdded, READ_ADDED_AFTER_MS);
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const onMessage: MessageListener = (message, sender) => {
    if (sender.id !== api.runtime.id) return undefined;
    go();
    return answer(message);
  };
  api.runtime.onMessage.addListener(onMessage);
  const onStorage: StorageListener = (changes, area) => {
    if (changesOwnTerms(changes, area)) go();
  };
  api.storage.onChanged.addListener(onStorage);
  const hasOwnTerms = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value != null);
  api.storage.local.get(OWN_TERMS_KEY).then(
    (stored) => {
      if (hasOwnTerms(stored[OWN_TERMS_KEY])) go();
    },
    () => {},
  );
}
