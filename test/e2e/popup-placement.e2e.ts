// The explanation popup opens next to the clicked term, whole and at its own size, whatever the page does
// to its root: zoom on <html> or <body>, a transform, will-change or contain on <html> (each makes <html>
// the containing block of fixed elements), a right-to-left page, or the term inside a scroll container.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { browserNames } from './browsers.ts';
import { inPopup, waitForDialog, waitInPopup } from './explanation-dialog.ts';
import { termRects, waitForPointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const STYLES = [
  'none',
  'html-zoom',
  'html-zoom-2',
  'body-zoom',
  'transform',
  'will-change',
  'contain',
  'rtl',
  'scroller',
];
const TERM = 'thủ tục hành chính';

/** Where the placed panel and the term are on screen, in the viewport's CSS pixels. */
async function layout(page: Page) {
  const lines = (await termRects(page, TERM))[0] ?? [];
  const term = lines.length
    ? {
        left: Math.min(...lines.map((b) => b.left)),
        top: Math.min(...lines.map((b) => b.top)),
        right: Math.max(...lines.map((b) => b.right)),
        bottom: Math.max(...lines.map((b) => b.bottom)),
      }
    : undefined;
  const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
  return { term, viewport };
}

for (const browserName of browserNames) {
  describe(`popup placement (${browserName})`, { timeout: 180_000 }, () => {
    const { started, baseUrl } = useExtension(browserName);

    for (const style of STYLES) {
      it(`opens next to the term, whole and unscaled, with ${style}`, async () => {
        const page = await started().browser.newPage();
        try {
          await page.setViewport({ width: 1000, height: 700 });
          await page.goto(`${baseUrl()}/hostile/placement.html?style=${style}`, { waitUntil: 'load' });
          // Text is scanned as it nears the viewport: bring the term's line there first.
          await page.evaluate(() => document.getElementById('term-line')?.scrollIntoView({ block: 'center' }));
          const point = await waitForPointOfTerm(page, TERM);
          await page.mouse.click(point.x, point.y);
          assert.match((await waitForDialog(page, true)) ?? '', /thủ tục hành chính/i);
          await waitInPopup(page, (root) => root?.querySelector('.positioned') !== null, 5_000);
          const panel = await inPopup(page, (root) => {
            const box = root?.querySelector('[role="dialog"]')?.getBoundingClientRect();
            return box && { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width };
          });
          const { term, viewport } = await layout(page);
          assert.ok(panel && term, 'panel and term are on the page');
          const where = JSON.stringify({ panel, term, viewport });
          // Its own size: 420 CSS px wide, not scaled by the page's zoom.
          assert.ok(Math.abs(panel.width - 420) < 2, `popup width ${panel.width} (${where})`);
          // Whole, inside the viewport.
          assert.ok(panel.left >= 0 && panel.top >= 0, `popup off the top or left (${where})`);
          assert.ok(panel.right <= viewport.width && panel.bottom <= viewport.height, `popup off screen (${where})`);
          // Right below or above the term, and across from it.
          const gap = panel.top >= term.bottom ? panel.top - term.bottom : term.top - panel.bottom;
          assert.ok(gap >= 0 && gap <= 12, `popup ${gap} px from the term (${where})`);
          assert.ok(panel.left <= term.right && panel.right >= term.left, `popup not across from the term (${where})`);
        } finally {
          await page.close();
        }
      });
    }
  });
}
