// The pointer's ways to a term beyond a click: the hover card (a cue that a highlight can be clicked,
// with the term's gloss), its button for terms inside links, the keyboard reaching linked terms, and a
// long press on a phone; a plain click or tap on a linked term still follows the link.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { SHOW_DELAY_MS } from '../../src/content/term-pointer.ts';
import type { Entry } from '../../src/glossary/types.ts';
import { browserNames } from './browsers.ts';
import { clickHoverCardButton, hoverCardText, hoverCardTransition, waitForDialog } from './explanation-dialog.ts';
import { waitForPointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const entries = (glossaryFile as { entries: Entry[] }).entries;
const entry = (id: string) => entries.find((e) => e.id === id) ?? assert.fail(id);
const bounded = { timeout: 40_000 };
const LINKED = 'cải cách hành chính';

/** Waits up to `ms` for the hover card to show (or, with `shown` false, to be gone); returns its text. */
async function waitForCard(page: Page, shown = true, ms = 5_000): Promise<string | null> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = await hoverCardText(page);
    if ((text !== null) === shown || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The middle of the link holding the linked term, scrolled into view, with no address fragment. */
async function linkedPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    history.replaceState(null, '', location.pathname);
    const link = document.querySelector('#linked-term');
    link?.scrollIntoView({ block: 'center' });
    const r = link?.getBoundingClientRect();
    return r ? { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 } : null;
  });
  return point ?? assert.fail('no #linked-term');
}

/** Starts recording, in the page, when our hover host comes and goes and when the mouse last moved. */
function recordHover(page: Page): Promise<void> {
  return page.evaluate(() => {
    const log: { added: number[]; removed: number[]; firstMove: number; lastMove: number; bodyHtml: string } = {
      added: [],
      removed: [],
      firstMove: 0,
      lastMove: 0,
      bodyHtml: document.body.innerHTML,
    };
    (window as unknown as { hoverLog: typeof log }).hoverLog = log;
    addEventListener('pointermove', () => {
      log.lastMove = performance.now();
      log.firstMove ||= log.lastMove;
    });
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes)
          if (n instanceof Element && n.hasAttribute('data-cchc-hover')) log.added.push(performance.now());
        for (const n of r.removedNodes)
          if (n instanceof Element && n.hasAttribute('data-cchc-hover')) log.removed.push(performance.now());
      }
    }).observe(document.documentElement, { childList: true });
  });
}

function hoverLog(page: Page) {
  return page.evaluate(() => {
    const log = (
      window as unknown as {
        hoverLog: { added: number[]; removed: number[]; firstMove: number; lastMove: number; bodyHtml: string };
      }
    ).hoverLog;
    return { ...log, bodyUnchanged: log.bodyHtml === document.body.innerHTML, bodyHtml: '' };
  });
}

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);
    const open = async (width = 1280, height = 900) => {
      const page = await started().browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
      return page;
    };

    it('shows a term’s gloss when the mouse rests on it, without flicker, focus or page change', bounded, async () => {
      const p = await open();
      try {
        const centre = entry('trung-tam-phuc-vu-hanh-chinh-cong');
        const { x, y } = await waitForPointOfTerm(p, 'Trung tâm Phục vụ hành chính công');
        const focused = await p.evaluate(() => document.activeElement?.tagName);
        await recordHover(p);
        // Resting on the term, moving a little within it as a hand does.
        await p.mouse.move(x, y);
        for (const dx of [2, 4, 6, 8]) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          await p.mouse.move(x + dx, y);
        }
        const text = await waitForCard(p);
        assert.ok(text?.includes(centre.term), `card: ${text}`);
        assert.ok(text?.includes(centre.gloss.en ?? '?'), `card without the English gloss: ${text}`);
        assert.ok(text?.includes('Giải thích'), `card without its button: ${text}`);
        await new Promise((resolve) => setTimeout(resolve, 600));
        const log = await hoverLog(p);
        // Shown once, after the pointer rested, and never taken away while it stays.
        assert.equal(log.added.length, 1, JSON.stringify(log));
        assert.equal(log.removed.length, 0, JSON.stringify(log));
        // The card waits for the pointer to rest: it came no sooner than the delay after the mouse reached
        // the term (one move event from where it was), whatever the machine's load made of the moves after.
        assert.ok((log.added[0] ?? 0) - log.firstMove >= SHOW_DELAY_MS - 20, JSON.stringify(log));
        assert.equal(log.bodyUnchanged, true, 'the page’s body changed');
        assert.equal(await p.evaluate(() => document.activeElement?.tagName), focused, 'focus moved');
        assert.equal(await p.evaluate(() => document.querySelectorAll('[data-cchc-hover]').length), 1);
        // Away from every term: the card goes.
        await p.mouse.move(5, 5);
        assert.equal(await waitForCard(p, false), null);
        assert.equal((await hoverLog(p)).removed.length, 1);
        // A click on the term still opens the full explanation.
        await p.mouse.click(x, y);
        assert.match((await waitForDialog(p, true)) ?? '', /Trung tâm Phục vụ hành chính công/);
      } finally {
        await p.close();
      }
    });

    it('waits before showing the card: a mouse passing over a term shows nothing', bounded, async () => {
      const p = await open();
      try {
        const { x, y } = await waitForPointOfTerm(p, 'Trung tâm Phục vụ hành chính công');
        await recordHover(p);
        await p.mouse.move(x, y);
        await p.mouse.move(5, 5);
        await new Promise((resolve) => setTimeout(resolve, 900));
        const log = await hoverLog(p);
        assert.equal(log.added.length, 0, JSON.stringify(log));
      } finally {
        await p.close();
      }
    });

    it('explains a linked term from its hover card; a plain click still follows the link', bounded, async () => {
      const p = await open();
      try {
        await waitForPointOfTerm(p, LINKED);
        const { x, y } = await linkedPoint(p);
        await p.mouse.move(x, y);
        const text = await waitForCard(p);
        assert.ok(text?.includes('liên kết'), `the card does not say the words open the link: ${text}`);
        await clickHoverCardButton(p);
        assert.match((await waitForDialog(p, true)) ?? '', /cải cách hành chính/i);
        assert.equal(await p.evaluate(() => location.hash), '', 'the link was followed');
        assert.equal(await hoverCardText(p), null, 'the card stayed over the explanation');
        await p.keyboard.press('Escape');
        assert.equal(await waitForDialog(p, false), null);
        const again = await linkedPoint(p);
        await p.mouse.click(again.x, again.y);
        await p.waitForFunction(() => location.hash === '#doc-them', { timeout: 5_000 });
        assert.equal(await waitForDialog(p, false), null);
      } finally {
        await p.close();
      }
    });

    it('reaches a linked term with Alt+Shift+. and gives focus back to its link', bounded, async () => {
      const p = await open();
      try {
        await waitForPointOfTerm(p, LINKED);
        const currentLink = () =>
          p.evaluate(() => {
            const r = [...(CSS.highlights.get('cchc-current') ?? [])][0];
            return r ? (r.startContainer.parentElement?.closest('a')?.id ?? '') : null;
          });
        // Term after term, as a keyboard reader goes through the article, until the linked one.
        let presses = 0;
        for (; presses < 80 && (await currentLink()) !== 'linked-term'; presses++) {
          await p.keyboard.down('Alt');
          await p.keyboard.down('Shift');
          await p.keyboard.press('Period');
          await p.keyboard.up('Shift');
          await p.keyboard.up('Alt');
        }
        assert.equal(await currentLink(), 'linked-term', `not reached in ${presses} presses`);
        assert.match((await waitForDialog(p, true)) ?? '', /cải cách hành chính/i);
        await p.keyboard.press('Escape');
        assert.equal(await waitForDialog(p, false), null);
        assert.equal(await p.evaluate(() => document.activeElement?.id), 'linked-term');
        assert.equal(await p.evaluate(() => location.hash), '');
      } finally {
        await p.close();
      }
    });

    it('explains a linked term on a long press on a phone; a plain tap follows the link', bounded, async () => {
      const p = await started().browser.newPage();
      try {
        await p.setViewport({ width: 360, height: 740, hasTouch: true, isMobile: true });
        await p.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
        await waitForPointOfTerm(p, LINKED);
        const { x, y } = await linkedPoint(p);
        await p.touchscreen.touchStart(x, y);
        await new Promise((resolve) => setTimeout(resolve, 900));
        await p.touchscreen.touchEnd();
        assert.match((await waitForDialog(p, true)) ?? '', /cải cách hành chính/i);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await p.evaluate(() => location.hash), '', 'the long press followed the link');
        assert.equal(await hoverCardText(p), null, 'a touch showed the hover card');
        await p.keyboard.press('Escape');
        assert.equal(await waitForDialog(p, false), null);
        const again = await linkedPoint(p);
        await p.touchscreen.tap(again.x, again.y);
        await p.waitForFunction(() => location.hash === '#doc-them', { timeout: 5_000 });
        assert.equal(await waitForDialog(p, false), null);
      } finally {
        await p.close();
      }
    });

    if (browserName === 'chromium') {
      // BiDi cannot emulate prefers-reduced-motion; the rule is the same stylesheet in Firefox.
      it('fades the card in only for readers who have not asked for reduced motion', bounded, async () => {
        const p = await open();
        try {
          const { x, y } = await waitForPointOfTerm(p, 'Trung tâm Phục vụ hành chính công');
          await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
          await p.mouse.move(x, y);
          await waitForCard(p);
          assert.equal(await hoverCardTransition(p), '0s');
          await p.mouse.move(5, 5);
          await waitForCard(p, false);
          await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
          await p.mouse.move(x, y);
          await waitForCard(p);
          assert.notEqual(await hoverCardTransition(p), '0s');
        } finally {
          await p.close();
        }
      });
    }
  });
}
