// `npm start -- --headless`: the demo for machines without a display. Instead of a window, it opens the
// sample article in the headless browser with the extension, clicks a term and saves what the reader
// would see, light and dark, as PNGs.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type BrowserName, launchWithExtension } from '../test/e2e/browsers.ts';
import { waitForDialog, waitForPopupShown } from '../test/e2e/explanation-dialog.ts';
import { pointOfTerm } from '../test/e2e/point-of-term.ts';

/** The term clicked on the sample article: the one its explanation screenshots always show. */
const term = 'Trung tâm Phục vụ hành chính công';

/**
 * Screenshots of `articleUrl` with the explanation of its first "Trung tâm Phục vụ hành chính công"
 * open, light and dark, in `outDir`; returns the files written.
 */
export async function takeDemoScreenshots(options: {
  browser: BrowserName;
  lang: 'vi' | 'en';
  articleUrl: string;
  outDir: string;
}): Promise<string[]> {
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    // One launch per scheme: Firefox takes the scheme only as a launch pref (BiDi cannot emulate it).
    const session = await launchWithExtension(options.browser, { lang: options.lang, colorScheme });
    try {
      const page = await session.browser.newPage();
      if (options.browser === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
      }
      await page.setViewport({ width: 1100, height: 960 });
      await page.goto(options.articleUrl, { waitUntil: 'load' });
      // The content script scans after load; its highlights are in the page's shared registry.
      await page.waitForFunction(
        () => [...CSS.highlights.keys()].some((name) => name.startsWith('cchc-') && name !== 'cchc-current'),
        { timeout: 15_000 },
      );
      const { x, y } = await pointOfTerm(page, term);
      await page.mouse.click(x, y);
      if ((await waitForDialog(page, true)) === null) throw new Error(`clicking “${term}” opened no explanation`);
      await waitForPopupShown(page);
      const file = path.join(options.outDir, `article-${options.browser}-${options.lang}-${colorScheme}.png`);
      await page.screenshot({ path: file as `${string}.png` });
      files.push(file);
    } finally {
      await session.close();
    }
  }
  return files;
}
