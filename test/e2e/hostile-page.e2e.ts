// What a page's own scripts can and cannot do with the extension: they cannot drive its UI with
// synthetic input, cannot read an open explanation (closed shadow root), find nothing of it in the page's
// DOM, and cannot load its files to learn that it is installed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserNames } from './browsers.ts';
import { dialogName, waitForDialog } from './explanation-dialog.ts';
import { waitForPointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const TERM = 'thủ tục hành chính';

for (const browserName of browserNames) {
  describe(`a hostile page (${browserName})`, { timeout: 120_000 }, () => {
    const { started, baseUrl } = useExtension(browserName);

    it('cannot open an explanation with a synthetic click or Alt+Shift+. keydown; the reader can', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}/hostile/placement.html`, { waitUntil: 'load' });
        await page.evaluate(() => document.getElementById('term-line')?.scrollIntoView({ block: 'center' }));
        const point = await waitForPointOfTerm(page, TERM);
        await page.evaluate(({ x, y }) => {
          const target = document.elementFromPoint(x, y) ?? document.body;
          const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0 };
          target.dispatchEvent(new PointerEvent('pointerdown', init));
          target.dispatchEvent(new MouseEvent('mousedown', init));
          target.dispatchEvent(new MouseEvent('mouseup', init));
          target.dispatchEvent(new MouseEvent('click', init));
          const key = { bubbles: true, cancelable: true, altKey: true, shiftKey: true, key: '>', code: 'Period' };
          document.body.dispatchEvent(new KeyboardEvent('keydown', key));
          (target as HTMLElement).click();
        }, point);
        await new Promise((resolve) => setTimeout(resolve, 800));
        assert.equal(await dialogName(page), null, 'a synthetic event opened the explanation');
        await page.mouse.click(point.x, point.y);
        assert.match((await waitForDialog(page, true)) ?? '', /thủ tục hành chính/i);
        // The open explanation stays out of the page's reach: the host's shadow root is closed.
        const seen = await page.evaluate(() => {
          const host = document.querySelector('[data-cchc-popup]');
          return { host: host !== null, root: host?.shadowRoot !== null, text: host?.textContent ?? '' };
        });
        assert.deepEqual(seen, { host: true, root: false, text: '' }, 'the page read into the explanation');
        // Both of the content script's files are in this frame now (the code, and the popup's on the click).
        // The page cannot fetch them at the extension's fixed address (Chromium exposes them only under a
        // per-session one: manifest-for.ts), nor see their loads among its resource timings (issue 13).
        const base = started().extensionBaseUrl;
        const probe = await page.evaluate(
          async (urls: string[]) => ({
            fetched: await Promise.all(
              urls.map((url) =>
                fetch(url).then(
                  (response) => `${url}: ${response.status}`,
                  () => 'refused',
                ),
              ),
            ),
            timings: performance
              .getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((name) => !name.startsWith('http')),
          }),
          [`${base}content-main.js`, `${base}content-ui.js`, `${base}content.js`],
        );
        assert.deepEqual(probe, { fetched: ['refused', 'refused', 'refused'], timings: [] });
      } finally {
        await page.close();
      }
    });
    it('works on a page whose elements are named "browser" (with a field named "runtime") and "chrome"', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}/hostile/named-globals.html`, { waitUntil: 'load' });
        // Highlighted: the loader ran, the code came, and the background answered its messages.
        await waitForPointOfTerm(page, TERM);
        const named = await page.evaluate(() => (window as unknown as { browser: Element }).browser.localName);
        assert.equal(named, 'form', 'the page still sees its own element');
      } finally {
        await page.close();
      }
    });
    it('never consults a page getter on Document.prototype.adoptedStyleSheets, and adds no <style>', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}/hostile/adopted-sheets.html`, { waitUntil: 'load' });
        await waitForPointOfTerm(page, TERM);
        const seen = await page.evaluate(() => {
          const w = window as unknown as { sheetReads: number; nativeAdoptedSheets(): CSSStyleSheet[] };
          const ours = w
            .nativeAdoptedSheets()
            .some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(cchc-')));
          return { reads: w.sheetReads, ours, styles: document.querySelectorAll('style').length };
        });
        assert.deepEqual(seen, { reads: 0, ours: true, styles: 0 });
      } finally {
        await page.close();
      }
    });
  });
}
