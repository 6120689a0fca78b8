import type { DocumentIndex } from '../glossary/document-registry.ts';
import { indexDocuments } from '../glossary/document-registry.ts';
import type { DocumentRegistry, Entry } from '../glossary/types.ts';
import type { createExplanationPopup, ExplanationPopup } from './explanation-popup.ts';
import { madeOnFirstUse } from './made-on-first-use.ts';

/**
 * The popup's options but the article's date: that is read by the code that makes the popup (main.ts,
 * with `findArticleDate` from the UI chunk), so that `content.js` does not carry it (issue 12).
 */
export type PopupOptions = Omit<Parameters<typeof createExplanationPopup>[0], 'articleDate'>;

/** The explanations and the registry, as the background answers `explanation-data`. */
export interface ExplanationData {
  entries: Entry[];
  documents: DocumentRegistry;
}

interface Loaded {
  byId: Map<string, Entry>;
  documents: DocumentIndex;
}

// One request per frame, shared by every popup it builds (a new one after each change of language or
// own terms); forgotten when it fails, so the next open asks again.
let loaded: Promise<Loaded> | undefined;

/**
 * The explanations and the registry, asked of the background once per frame (`load`) and shared by every
 * popup and the hover card's glosses (term-pointer.ts).
 */
export function loadExplanationData(load: () => Promise<ExplanationData>): Promise<Loaded> {
  loaded ??= load().then(
    (data) => ({ byId: new Map(data.entries.map((e) => [e.id, e])), documents: indexDocuments(data.documents) }),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}

/**
 * The explanation popup with its data and its code loaded on first use. The content script carries only
 * what the page reads (scripts/matching-data.ts): on the first open, `load` asks the background for the
 * explanations and the legal registry, and `create` builds the real popup on them (in the content script,
 * from the UI chunk the background injects on first use: load-content-ui.ts). Until both have come (on the
 * first open only) nothing is shown; a close meanwhile cancels the pending open.
 * The popup knows every bundled entry, from the loaded data (the page's map holds placeholders for the
 * terms found on it only); the reader's own terms are used as they are.
 */
export function lazyExplanationPopup(
  options: PopupOptions,
  load: () => Promise<ExplanationData>,
  create: (options: PopupOptions) => ExplanationPopup | Promise<ExplanationPopup>,
): ExplanationPopup {
  const popup = madeOnFirstUse<ExplanationPopup>();
  /** Bumped by close and destroy: an open that was waiting for the data is dropped. */
  let generation = 0;
  const entries = new Map<string, Entry>();

  function withData(action: (popup: ExplanationPopup) => void): void {
    const mine = ++generation;
    loadExplanationData(load)
      .then((data) => {
        if (mine !== generation) return;
        // Every bundled entry (a related term may not be on the page), then the page's own ones. The
        // page's map is live (own terms join and leave it): read it afresh at every open.
        entries.clear();
        for (const [id, entry] of data.byId) entries.set(id, entry);
        for (const [id, entry] of options.entries) {
          if (entry.explanation.vi !== '' || !data.byId.has(id)) entries.set(id, entry);
        }
        return popup
          .get(() => create({ ...options, entries, documents: data.documents }))
          .then((real) => {
            if (mine === generation) action(real);
          });
      })
      .catch((error: unknown) => {
        if (mine === generation) console.warn('[Thuật ngữ CCHC] the explanation could not be opened', error);
      });
  }

  return {
    open(id, anchor, surface, returnFocus, extras) {
      withData((real) => real.open(id, anchor, surface, returnFocus, extras));
    },
    openUnknown(text, anchor, onAdd) {
      withData((real) => real.openUnknown(text, anchor, onAdd));
    },
    close() {
      generation++;
      popup.current?.close();
    },
    get isOpen() {
      return popup.current?.isOpen ?? false;
    },
    destroy() {
      generation++;
      popup.destroy();
    },
  };
}
