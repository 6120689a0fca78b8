// The content script's entry point. The manifest runs it in every frame it matches (`all_frames`):
// the page's own code (main.ts) starts only in the top frame and in frames of the top page's origin,
// each frame with its own scan, highlights, popup and mutation watcher (scans-frame.ts).
import { scansThisFrame } from './scans-frame.ts';

// Bundled inline (esbuild, no code splitting): the import only decides whether main.ts runs at all.
if (scansThisFrame(window)) import('./main.ts').catch((error: unknown) => console.warn('[Thuật ngữ CCHC]', error));
