// Firefox's content script loader (`content-start.js`): the manifest runs content-main.js first (Firefox
// keeps compiled content scripts per process, so a classic script costs no compile on most pages), and
// this enters it once per injection (start-injection.ts). Chromium's loader is content-loader.ts.
import { startInjection } from './start-injection.ts';

startInjection();
