// Article text inside web components' open shadow roots (some news sites build their article that way):
// found, coloured, explained on a click or the keyboard, shown in the hover card, rescanned when the
// component's text changes, and the page's shadow trees left as they were. A closed shadow root cannot
// be read by any extension: its term stays plain. Page: test/fixtures/web-components/article.html.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { browserNames } from './browsers.ts';
import { hoverCardText, waitForDialog } from './explanation-dialog.ts';
import { termRects, waitForPointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const PAGE = '/web-components/article.html';
/** Terms in the article: the headline (light DOM), the sapo and body (shadow root), a link in it, a quote one shadow root deeper. */
const READ = [
  'thủ tục hành chính',
  'Trung tâm Phục vụ hành chính công',
  'cơ chế một cửa liên thông',
  'dịch vụ công trực tuyến toàn trình',
  'tài khoản định danh điện tử',
];
/** Terms that must stay plain: the menu, the related list inside the shadow root, the footer, the closed root. */
const NOT_READ = ['Cổng Dịch vụ công quốc gia', 'Chính quyền số', 'Chính phủ điện tử', 'chuyển đổi số', 'Đề án 06'];
const NESTED = 'tài khoản định danh điện tử';

/** The colour our highlight gives the term's text, as the engine computes it for that element. */
function highlightColour(page: Page, text: string): Promise<string | null> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('cchc-')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const element = range.startContainer.parentElement;
        if (range.toString() === wanted && element) {
          return getComputedStyle(element, `::highlight(${name})`).backgroundColor;
        }
      }
    }
    return null;
  }, text);
}

/** The page's shadow trees as markup (the open ones), outer then nested. */
function shadowMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const outer = document.querySelector('news-article')?.shadowRoot;
    const inner = outer?.querySelector('news-quote')?.shadowRoot;
    return [outer?.innerHTML ?? '', inner?.innerHTML ?? ''];
  });
}

for (const browserName of browserNames) {
  describe(`article text in open shadow roots (${browserName})`, { timeout: 120_000 }, () => {
    const { started, baseUrl } = useExtension(browserName);

    it('highlights and colours the terms there, nested too, and not those of lists, footer or a closed root', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
        await waitForPointOfTerm(page, NESTED);
        for (const text of READ) {
          assert.equal((await termRects(page, text)).length, 1, `“${text}” is not highlighted`);
          // Firefox does not apply the document's ::highlight() rules inside a shadow tree.
          const colour = (await highlightColour(page, text)) ?? '';
          assert.ok(!/^(rgba\(0, 0, 0, 0\)|transparent)?$/.test(colour), `“${text}” is highlighted but not coloured`);
        }
        for (const text of NOT_READ) assert.deepEqual(await termRects(page, text), [], `“${text}” is highlighted`);
        // What the page can see: our sheet in its shadow roots only where the engine needs it there.
        const ours = await page.evaluate(() => {
          const outer = document.querySelector('news-article')?.shadowRoot;
          const inner = outer?.querySelector('news-quote')?.shadowRoot;
          return [outer, inner].map(
            (root) =>
              (root?.adoptedStyleSheets ?? []).filter((s) => [...s.cssRules].some((r) => r.cssText.includes('cchc-')))
                .length,
          );
        });
        assert.deepEqual(ours, browserName === 'firefox' ? [1, 1] : [0, 0]);
      } finally {
        await page.close();
      }
    });

    it('explains a clicked term in a nested shadow root, and Alt+Shift+. reaches the shadow root’s terms', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
        const point = await waitForPointOfTerm(page, NESTED);
        await page.mouse.click(point.x, point.y);
        assert.match((await waitForDialog(page, true)) ?? '', /định danh điện tử/i);
        await page.keyboard.press('Escape');
        assert.equal(await waitForDialog(page, false), null);
        const names: string[] = [];
        for (let i = 0; i < READ.length; i++) {
          await page.keyboard.down('Alt');
          await page.keyboard.down('Shift');
          await page.keyboard.press('Period');
          await page.keyboard.up('Shift');
          await page.keyboard.up('Alt');
          names.push((await waitForDialog(page, true)) ?? '');
        }
        assert.ok(
          names.some((n) => /Trung tâm Phục vụ hành chính công/i.test(n)),
          `the keyboard never reached the shadow root's terms: ${names.join(' | ')}`,
        );
      } finally {
        await page.close();
      }
    });

    it('shows the hover card over a term in a shadow root', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
        const point = await waitForPointOfTerm(page, 'cơ chế một cửa liên thông');
        await page.mouse.move(point.x, point.y);
        const deadline = Date.now() + 5_000;
        let text = await hoverCardText(page);
        while (text === null && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          text = await hoverCardText(page);
        }
        assert.match(text ?? '', /một cửa liên thông/i);
      } finally {
        await page.close();
      }
    });

    it('wraps, colours and explains the terms there in the wrapping fallback', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}${PAGE}?wrap`, { waitUntil: 'load' });
        const wrapped = () =>
          page.evaluate(() => {
            const outer = document.querySelector('news-article')?.shadowRoot;
            const inner = outer?.querySelector('news-quote')?.shadowRoot;
            return [outer, inner].map((root) =>
              [...(root?.querySelectorAll('cchc-term') ?? [])].map((w) => [
                w.textContent,
                getComputedStyle(w).backgroundColor,
              ]),
            );
          });
        const deadline = Date.now() + 10_000;
        let found = await wrapped();
        while (found[1]?.length === 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          found = await wrapped();
        }
        const [outer = [], inner = []] = found;
        assert.deepEqual(
          outer.map(([text]) => text),
          [
            'Trung tâm Phục vụ hành chính công',
            'cơ chế một cửa liên thông',
            'sở, ngành',
            'dịch vụ công trực tuyến toàn trình',
          ],
        );
        assert.deepEqual(
          inner.map(([text]) => text),
          [NESTED],
        );
        for (const [text, colour] of [...outer, ...inner]) {
          assert.ok(!/^(rgba\(0, 0, 0, 0\)|transparent)?$/.test(colour ?? ''), `“${text}” is wrapped but not coloured`);
        }
        const box = await page.evaluateHandle(() =>
          document
            .querySelector('news-article')
            ?.shadowRoot?.querySelector('news-quote')
            ?.shadowRoot?.querySelector('cchc-term'),
        );
        const rect = await box.asElement()?.boundingBox();
        await box.dispose();
        assert.ok(rect, 'no wrapped term to click');
        await page.mouse.click(rect.x + 5, rect.y + rect.height / 2);
        assert.match((await waitForDialog(page, true)) ?? '', /định danh điện tử/i);
      } finally {
        await page.close();
      }
    });

    it('finds text the component adds later, in both shadow roots, and leaves their markup unchanged', async () => {
      const page = await started().browser.newPage();
      try {
        await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
        await waitForPointOfTerm(page, NESTED);
        const before = await shadowMarkup(page);
        await page.evaluate(() => {
          const outer = document.querySelector('news-article')?.shadowRoot;
          const p = document.createElement('p');
          p.textContent = 'Tỉnh nâng cấp Cổng thông tin điện tử trong quý tới.';
          outer?.querySelector('.article-body')?.append(p);
          const quoted = outer?.querySelector('news-quote')?.shadowRoot?.getElementById('quoted');
          quoted?.append(' Việc này nằm trong Đề án 06.');
        });
        await waitForPointOfTerm(page, 'Cổng thông tin điện tử');
        await waitForPointOfTerm(page, 'Đề án 06');
        // Highlight mode changes no node of the page, inside its shadow trees too.
        const after = await shadowMarkup(page);
        const [outer = '', inner = ''] = before;
        assert.equal(
          after[0],
          outer.replace('</div>', '<p>Tỉnh nâng cấp Cổng thông tin điện tử trong quý tới.</p></div>'),
        );
        assert.equal(after[1], inner.replace('để nộp hồ sơ.</p>', 'để nộp hồ sơ. Việc này nằm trong Đề án 06.</p>'));
        // And before the changes, the same as without the extension (localhost: no content script there).
        const plain = await started().browser.newPage();
        try {
          const address = new URL(`${baseUrl()}${PAGE}`);
          address.hostname = 'localhost';
          await plain.goto(address.href, { waitUntil: 'load' });
          assert.deepEqual(await shadowMarkup(plain), before);
        } finally {
          await plain.close();
        }
      } finally {
        await page.close();
      }
    });
  });
}
