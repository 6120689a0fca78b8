// What a reader sets for themselves: the text size (the browser's font size, and a setting for larger
// text) and "don't highlight this term" (from the explanation; undone in the options or glossary page).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { browserNames } from './browsers.ts';
import { clickInPopup, hoverCardFontSizes, inPopup, waitForDialog, waitInPopup } from './explanation-dialog.ts';
import { termRects, waitForPointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const TERM = 'thủ tục hành chính';
const TERM_ID = 'thu-tuc-hanh-chinh';

/** How many highlighted ranges read `text` on the page now. */
async function highlightsOf(page: Page, text: string): Promise<number> {
  return (await termRects(page, text)).length;
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const browserName of browserNames) {
  describe(`reader preferences (${browserName})`, { timeout: 180_000 }, () => {
    const { started, baseUrl } = useExtension(browserName);

    async function openArticle(): Promise<Page> {
      const page = await started().browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.goto(`${baseUrl()}/article.html`, { waitUntil: 'load' });
      await page.evaluate(() => document.querySelector('.sapo')?.scrollIntoView({ block: 'center' }));
      return page;
    }

    /** Opens the term's explanation and gives the computed font size of its title and text, in px. */
    async function explanationSizes(page: Page): Promise<{ title: number; text: number }> {
      const point = await waitForPointOfTerm(page, TERM);
      await page.mouse.click(point.x, point.y);
      assert.match((await waitForDialog(page, true)) ?? '', /thủ tục hành chính/i);
      await waitInPopup(page, (root) => root?.querySelector('.positioned') !== null, 5_000);
      return inPopup(page, (root) => ({
        title: Number.parseFloat(getComputedStyle(root?.querySelector('.title') as Element).fontSize),
        text: Number.parseFloat(getComputedStyle(root?.querySelector('.explanation') as Element).fontSize),
      }));
    }

    it('sizes the explanation from the browser’s font size, larger with the setting, whatever the page sets', async () => {
      await started().storage.clear();
      const page = await openArticle();
      try {
        // A news site that sets its own root size (62.5% is common) must not shrink our text.
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '62.5%';
        });
        const normal = await explanationSizes(page);
        // 14 px of text (0.875 of the usual 16 px default), the title 17 px.
        assert.ok(Math.abs(normal.text - 14) < 0.5, `text ${normal.text} px`);
        assert.ok(Math.abs(normal.title - 17) < 0.5, `title ${normal.title} px`);
        await page.keyboard.press('Escape');

        if (browserName === 'chromium') {
          // The browser's own font size setting (Chromium's settings page; DevTools sets the same value).
          const cdp = await page.createCDPSession();
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
          const bigger = await explanationSizes(page);
          assert.ok(Math.abs(bigger.text - 17.5) < 0.5, `text at a 20 px browser default: ${bigger.text} px`);
          await page.keyboard.press('Escape');
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
          await cdp.detach();
        }

        await started().storage.set({ textSize: 'larger' });
        // The next explanation opened follows the setting (the open one was closed by the change).
        await waitFor('the larger text size', async () => {
          const sizes = await explanationSizes(page);
          await page.keyboard.press('Escape');
          return Math.abs(sizes.text - 21) < 0.5 && Math.abs(sizes.title - 25.5) < 0.5;
        });
      } finally {
        await page.close();
        await started().storage.clear();
      }
    });

    it('sizes the hover card as the explanation: the browser’s font size, the setting, not the page’s', async () => {
      await started().storage.clear();
      const page = await openArticle();
      /** Rests the mouse on the term until the card shows; its sizes. */
      const cardSizes = async () => {
        // Away first, until the card has gone: the next one is built with the settings of now.
        await page.mouse.move(0, 0);
        await waitFor('the hover card to go', async () => (await hoverCardFontSizes(page)) === null);
        const point = await waitForPointOfTerm(page, TERM);
        await page.mouse.move(point.x, point.y);
        const deadline = Date.now() + 5_000;
        for (;;) {
          const sizes = await hoverCardFontSizes(page);
          if (sizes) return sizes;
          if (Date.now() > deadline) assert.fail('no hover card');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      try {
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '62.5%';
        });
        // 13 px at the usual 16 px default, the hint 12 px (the card's sizes before it followed anything).
        const normal = await cardSizes();
        assert.ok(Math.abs(normal.card - 13) < 0.5 && Math.abs(normal.hint - 12) < 0.5, JSON.stringify(normal));
        if (browserName === 'chromium') {
          const cdp = await page.createCDPSession();
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
          const bigger = await cardSizes();
          assert.ok(Math.abs(bigger.card - 16.25) < 0.5, `card at a 20 px browser default: ${bigger.card} px`);
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
          await cdp.detach();
        }
        await started().storage.set({ textSize: 'larger' });
        await waitFor('the larger text size on the card', async () => Math.abs((await cardSizes()).card - 19.5) < 0.5);
      } finally {
        await page.close();
        await started().storage.clear();
      }
    });

    it('sets the text size in the options page, and the extension’s pages follow it', async () => {
      await started().storage.clear();
      const options = await started().openExtensionPage('options.html');
      try {
        await options.waitForSelector('body[data-ready]', { timeout: 10_000 });
        const rootSize = () =>
          options.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
        assert.equal(await rootSize(), 16);
        await options.click('#text-size-large');
        await waitFor('the stored setting', async () => (await started().storage.get()).textSize === 'large');
        await waitFor('the options page at 20 px', async () => (await rootSize()) === 20);
        const glossary = await started().openExtensionPage('glossary.html');
        try {
          await glossary.waitForSelector('body[data-ready]', { timeout: 10_000 });
          await waitFor('the glossary page at 20 px', async () =>
            glossary.evaluate(() => getComputedStyle(document.documentElement).fontSize === '20px'),
          );
        } finally {
          await glossary.close();
        }
      } finally {
        await options.close();
        await started().storage.clear();
      }
    });

    it('hides a term from its explanation; the options page and the glossary page bring it back', async () => {
      await started().storage.clear();
      const page = await openArticle();
      try {
        const point = await waitForPointOfTerm(page, TERM);
        await page.mouse.click(point.x, point.y);
        assert.match((await waitForDialog(page, true)) ?? '', /thủ tục hành chính/i);
        await waitInPopup(page, (root) => root?.querySelector('.positioned') !== null, 5_000);
        // The tools come after the explanation: scrolled into the popup's view, as the reader scrolls to them.
        await inPopup(page, (root) => root?.querySelector('.hide-term')?.scrollIntoView({ block: 'nearest' }));
        await clickInPopup(page, '.hide-term');
        await waitFor('the stored hidden term', async () => {
          const hidden = (await started().storage.get()).hiddenTerms;
          return Array.isArray(hidden) && hidden.includes(TERM_ID);
        });
        await waitFor('the term unhighlighted', async () => (await highlightsOf(page, TERM)) === 0);
        assert.match(
          await inPopup(page, (root) => root?.querySelector('.tools [role="status"]')?.textContent ?? ''),
          /Đã thôi tô/,
        );
        // Other terms stay highlighted.
        assert.ok((await highlightsOf(page, 'SIPAS')) > 0, 'SIPAS is still highlighted');

        const options = await started().openExtensionPage('options.html');
        try {
          await options.waitForSelector(`#hidden-terms-list li[data-id="${TERM_ID}"] button`, { timeout: 10_000 });
          assert.match(
            await options.$eval('#hidden-terms-list li', (li) => li.textContent ?? ''),
            /thủ tục hành chính/,
          );
          await options.click(`#hidden-terms-list li[data-id="${TERM_ID}"] button`);
          await waitFor('the term no longer hidden', async () => {
            const hidden = (await started().storage.get()).hiddenTerms;
            return hidden === undefined || (Array.isArray(hidden) && !hidden.includes(TERM_ID));
          });
        } finally {
          await options.close();
        }
        await page.bringToFront();
        await waitFor('the term highlighted again', async () => (await highlightsOf(page, TERM)) > 0);

        // The glossary page hides and shows it too.
        const glossary = await started().openExtensionPage(`glossary.html#${TERM_ID}`);
        try {
          await glossary.waitForSelector('body[data-ready]', { timeout: 10_000 });
          await glossary.click('#hide-term');
          await waitFor('hidden from the glossary page', async () => {
            const hidden = (await started().storage.get()).hiddenTerms;
            return Array.isArray(hidden) && hidden.includes(TERM_ID);
          });
          await glossary.waitForFunction(() => document.getElementById('hide-term')?.textContent === 'Tô lại');
          await glossary.click('#hide-term');
          await waitFor('shown again from the glossary page', async () => {
            const hidden = (await started().storage.get()).hiddenTerms;
            return hidden === undefined || (Array.isArray(hidden) && !hidden.includes(TERM_ID));
          });
        } finally {
          await glossary.close();
        }
      } finally {
        await page.close();
        await started().storage.clear();
      }
    });
  });
}
