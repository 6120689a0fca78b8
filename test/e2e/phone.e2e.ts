// On a phone (360 CSS px wide, touch): a tap on a term opens its explanation as a sheet along the bottom
// edge, full width, scrollable, with the term still in sight above it; its ✕ (big enough for a thumb) and
// Escape close it. Terms inside links are another matter (issue 11).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { browserNames } from './browsers.ts';
import { inPopup, popupRoot, waitForDialog, waitInPopup } from './explanation-dialog.ts';
import { termRects, waitForPointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const TERM = 'thủ tục hành chính';
// Not `isMobile`: Chromium would then widen the layout viewport to the page's widest element and zoom out.
const PHONE = { width: 360, height: 740, hasTouch: true };

/** The sheet's box, its close button's box and its scroller's sizes, in the viewport's CSS pixels. */
function sheetLayout(page: Page) {
  return inPopup(page, (root) => {
    const panel = root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!panel) return null;
    const [p, c] = [panel, root?.querySelector('.close')].map((e) => {
      const r = e?.getBoundingClientRect();
      return r
        ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }
        : null;
    });
    const scroller = root?.querySelector<HTMLElement>('.scroll');
    return {
      sheet: panel.classList.contains('sheet'),
      panel: p,
      close: c,
      overflowY: scroller ? getComputedStyle(scroller).overflowY : '',
      // Without the scrollbars (Firefox shows classic ones): what a fixed element is placed in.
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    };
  });
}

/** The term's first line box on screen now. */
async function termBox(page: Page) {
  const first = (await termRects(page, TERM))[0]?.[0];
  return first ? { top: first.top, bottom: first.bottom } : null;
}

for (const browserName of browserNames) {
  describe(`on a phone (${browserName})`, { timeout: 180_000 }, () => {
    const { started, baseUrl } = useExtension(browserName);

    async function tapTerm(page: Page): Promise<void> {
      // Text is scanned as it nears the viewport: bring the sapo, which names the term, there first.
      await page.evaluate(() => document.querySelector('.sapo')?.scrollIntoView({ block: 'center' }));
      const point = await waitForPointOfTerm(page, TERM);
      await page.touchscreen.tap(point.x, point.y);
      assert.match((await waitForDialog(page, true)) ?? '', /thủ tục hành chính/i);
      await waitInPopup(page, (root) => root?.querySelector('.positioned') !== null, 5_000);
    }

    it('a tap on a term opens a bottom sheet; its ✕ and Escape close it', async () => {
      const page = await started().browser.newPage();
      try {
        await page.setViewport(PHONE);
        await page.goto(`${baseUrl()}/article.html`, { waitUntil: 'load' });
        assert.equal(await page.evaluate(() => innerWidth), 360, 'the page is laid out 360 px wide');

        await tapTerm(page);
        const layout = await sheetLayout(page);
        assert.ok(layout?.panel && layout.close, 'the sheet and its close button are there');
        const where = JSON.stringify(layout);
        assert.ok(layout.sheet, `shown as a sheet (${where})`);
        // Full width, along the bottom edge, at most two thirds of the screen high.
        assert.ok(Math.abs(layout.panel.left) < 1 && Math.abs(layout.panel.right - layout.viewport.width) < 1, where);
        assert.ok(Math.abs(layout.panel.bottom - layout.viewport.height) < 1, `at the bottom edge (${where})`);
        assert.ok(layout.panel.height <= layout.viewport.height * 0.67, `not taller than 2/3 (${where})`);
        assert.equal(layout.overflowY, 'auto', 'its content scrolls');
        // A thumb-sized close button (44 CSS px, WCAG 2.5.5).
        assert.ok(layout.close.width >= 44 && layout.close.height >= 44, `close button size (${where})`);
        // The tapped term is still in sight, above the sheet.
        const term = await termBox(page);
        assert.ok(term && term.top >= 0 && term.bottom <= layout.panel.top, `term hidden: ${JSON.stringify(term)}`);

        // ✕, tapped.
        const root = await popupRoot(page);
        const close = await root.evaluateHandle((r) => r?.querySelector('.close') ?? null);
        const box = await close.asElement()?.boundingBox();
        await close.dispose();
        await root.dispose();
        assert.ok(box);
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        assert.equal(await waitForDialog(page, false), null, 'closed by its ✕');

        // Escape (a phone with a keyboard, or a screen reader's dismiss gesture).
        await tapTerm(page);
        await page.keyboard.press('Escape');
        assert.equal(await waitForDialog(page, false), null, 'closed by Escape');
      } finally {
        await page.close();
      }
    });

    it('a long explanation scrolls inside the sheet, not the page', async () => {
      const page = await started().browser.newPage();
      try {
        await page.setViewport({ ...PHONE, height: 480 });
        await page.goto(`${baseUrl()}/article.html`, { waitUntil: 'load' });
        await tapTerm(page);
        const scrolled = await waitInPopup(
          page,
          (root) => {
            const scroller = root?.querySelector<HTMLElement>('.scroll');
            if (!scroller || scroller.scrollHeight <= scroller.clientHeight) return null;
            scroller.scrollTop = scroller.scrollHeight;
            return { top: scroller.scrollTop, room: scroller.scrollHeight - scroller.clientHeight };
          },
          5_000,
        );
        assert.ok(scrolled && scrolled.top > 0, `the sheet's content scrolled (${JSON.stringify(scrolled)})`);
        assert.ok((await sheetLayout(page))?.sheet, 'still a sheet');
      } finally {
        await page.close();
      }
    });
  });
}
