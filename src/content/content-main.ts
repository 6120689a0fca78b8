// The content script's code (`content-main.js`), loaded once per frame: in Chromium as a module its
// loader imports (content-loader.ts), in Firefox as the manifest's first content script, before its
// loader (content-start.ts). It only registers its entry; each injection of a loader calls it.
//
// Imported statically: a dynamic import() inside this bundle made esbuild wrap every module in a lazy
// initializer, and compiling and running those cost about a fifth of the script's start on every page
// (issue 12). The modules' top levels only define things; the page's code starts in `enter`.
import type { ContentScriptGlobals } from '../shared/content-script-globals.ts';
import { enter } from './enter.ts';

(globalThis as ContentScriptGlobals).cchcEnter = enter;
