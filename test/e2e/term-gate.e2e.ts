// The term gate (issue 12): on a real article without a term (nhandan.vn, a football report) the page's
// code does not start, yet the page is not left behind: text the page adds later that holds a term is
// found and highlighted, and the toolbar popup's question is answered as on any other page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { browserNames } from './browsers.ts';
import { waitForContentScript } from './content-script-state.ts';
import { highlightTexts } from './highlight-texts.ts';
import { useExtension } from './use-extension.ts';

// Its scripts left out: they send an http page to https, which raced the navigation in Firefox.
const PAGE = '/pages/nhandan_tay-ban-nha-vo-dich-world-cup-noscript.html';
const bounded = { timeout: 60_000 };

/**
 * Whether the page's code has started in the content script's own world (Chromium, over CDP): main.ts
 * sets `cchcAnswer` as it starts; the loader and the gate do not.
 */
async function pageCodeStarted(page: Page): Promise<boolean> {
  const cdp = await page.createCDPSession();
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  assert.equal(ours.length, 1, `content script worlds: ${JSON.stringify(contexts)}`);
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: ours[0]?.id,
    expression: `[typeof globalThis.cchcEnter, typeof globalThis.cchcAnswer]`,
    returnByValue: true,
  });
  await cdp.detach();
  const [enter, answer] = result.value as string[];
  assert.equal(enter, 'function', 'the content script code is not in the page');
  return answer === 'function';
}

for (const browserName of browserNames) {
  describe(`term gate (${browserName})`, () => {
    const { started, baseUrl } = useExtension(browserName);

    it(
      'starts nothing on an article without a term, until the page adds one: then it is highlighted',
      bounded,
      async () => {
        const page = await started().browser.newPage();
        try {
          await page.setViewport({ width: 1280, height: 3000 });
          await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
          // The loader waits for the idle moment (load, or 200 ms after DOMContentLoaded), then the gate.
          await new Promise((resolve) => setTimeout(resolve, 1500));
          assert.deepEqual(await highlightTexts(page), []);
          if (browserName === 'chromium') assert.equal(await pageCodeStarted(page), false);
          // A live update of the article, as a news site's script adds it.
          await page.evaluate(() => {
            const p = document.createElement('p');
            p.textContent =
              'Cập nhật: người hâm mộ có thể làm thủ tục hành chính trực tuyến trên Cổng Dịch vụ công quốc gia.';
            document.querySelector('.article__body')?.prepend(p);
          });
          await page.waitForFunction(
            () =>
              [...CSS.highlights].some(
                ([name, h]) => name.startsWith('cchc-') && name !== 'cchc-current' && h.size > 0,
              ),
            { timeout: 10_000 },
          );
          const texts = await highlightTexts(page);
          assert.ok(texts.includes('thủ tục hành chính'), JSON.stringify(texts));
          if (browserName === 'chromium') assert.equal(await pageCodeStarted(page), true);
        } finally {
          await page.close();
        }
      },
    );

    it("answers the toolbar popup's question on such a page: on, with no terms", bounded, async () => {
      const session = started();
      const page = await session.browser.newPage();
      try {
        await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
        await new Promise((resolve) => setTimeout(resolve, 1500));
        if (browserName === 'chromium') assert.equal(await pageCodeStarted(page), false);
        const answer = await waitForContentScript(session, (a) => a.host !== '');
        assert.equal(answer.enabled, true);
        assert.deepEqual(answer.terms, []);
        if (browserName === 'chromium') assert.equal(await pageCodeStarted(page), true);
      } finally {
        await page.close();
      }
    });
  });
}
