/** How the content script runs in a frame: explaining selections only, or in full (scan, highlights). */
export type StartMode = 'explain' | 'full';

/**
 * The content scripts' own global (not the page's), shared by every injection of the content script
 * into one frame and by the background's `executeScript` that runs before one. The one place these
 * names are typed.
 */
export type ContentScriptGlobals = typeof globalThis & {
  /** One injection's start, registered by content-main.js and called by the loader (start-injection.ts). */
  cchcEnter?: (explainOnly: boolean) => void;
  /** Imports an extension file as a module (Chromium's loader sets it: content-loader.ts; Firefox has none). */
  cchcImport?: (file: string) => Promise<unknown>;
  /** How the content script already runs in this frame (enter.ts). */
  cchcMode?: StartMode;
  /**
   * Set by the background just before injecting the script for the context menu alone (site-scripts.ts);
   * read and cleared by the loader (start-injection.ts).
   */
  cchcExplainOnly?: boolean;
  /**
   * Answers a tab message with the page's handlers (set by main.ts): the message that starts a page the
   * term gate held (hold-until-term.ts) reached the hold's listener, before main.ts had one.
   */
  cchcAnswer?: (message: unknown) => Promise<unknown> | undefined;
  /** Upgrades an explain-only start to a full one (set by main.ts, called by enter.ts). */
  cchcUpgrade?: () => void;
  /**
   * The UI code (`content-ui.js`: popup, hover card), registered by that chunk once the background has
   * injected it on first use; typed where it is read (src/content/load-content-ui.ts), as `shared/` does
   * not import `content/`.
   */
  cchcUi?: unknown;
};
