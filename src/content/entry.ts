// The content script's entry point. The manifest runs it in every frame it matches (`all_frames`):
// the page's own code (main.ts) starts only in the top frame and in frames of the top page's origin,
// each frame with its own scan, highlights, popup and mutation watcher (scans-frame.ts).
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { startMain } from './main.ts';
import { scansThisFrame } from './scans-frame.ts';
import { nextStart } from './start-mode.ts';

/**
 * The content scripts' own global (not the page's). The script can come into one frame more than once:
 * from the manifest or the registered script, and from `executeScript` (a site just turned on, or the
 * context menu's "Explain term" on a page without it, which sets `cchcExplainOnly` first). It starts
 * once; a full start after an explain-only one upgrades it (`cchcUpgrade`, set by main.ts).
 */
const shared = globalThis as ContentScriptGlobals;
const { mode, action } = nextStart(shared.cchcMode, shared.cchcExplainOnly ? 'explain' : 'full');
shared.cchcExplainOnly = false;
shared.cchcMode = mode;

// Imported statically: a dynamic import() made esbuild wrap every module in a lazy initializer, and
// compiling and running those cost about a fifth of the script's start on every page (issue 12). The
// modules' top levels only define things; the page's code starts here, in the frames that scan.
if (action === 'start' && scansThisFrame(window)) {
  try {
    startMain();
  } catch (error) {
    console.warn('[Thuật ngữ CCHC]', error);
  }
} else if (action === 'upgrade') {
  shared.cchcUpgrade?.();
}
