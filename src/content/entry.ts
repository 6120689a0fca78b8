// The content script's entry point. The manifest runs it in every frame it matches (`all_frames`):
// the page's own code (main.ts) starts only in the top frame and in frames of the top page's origin,
// each frame with its own scan, highlights, popup and mutation watcher (scans-frame.ts).
import { scansThisFrame } from './scans-frame.ts';

/**
 * Set on the content scripts' own global (not the page's): the script can come twice into one frame,
 * from the manifest or the registered script and from `executeScript` (a site just turned on, the
 * context menu on a page without it), and must start only once.
 */
const started = globalThis as typeof globalThis & { cchcStarted?: boolean };
const first = !started.cchcStarted;
started.cchcStarted = true;

// Bundled inline (esbuild, no code splitting): the import only decides whether main.ts runs at all.
if (first && scansThisFrame(window))
  import('./main.ts').catch((error: unknown) => console.warn('[Thuật ngữ CCHC]', error));
