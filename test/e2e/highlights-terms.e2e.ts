// Reading a news page with the extension: its terms are highlighted (and none of their look-alikes)
// without changing the page's DOM or text, text added later is highlighted too, and a click or the
// keyboard opens a term's explanation.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Frame, Page } from 'puppeteer-core';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { projectRoot } from '../../scripts/build-extension.ts';
import { serveDirectory } from '../../scripts/serve.ts';
import { joinBlocks } from '../../src/content/text-blocks.ts';
import { bundledDocuments } from '../../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../../src/glossary/compile-glossary.ts';
import { findTerms } from '../../src/glossary/find-terms.ts';
import type { Entry } from '../../src/glossary/types.ts';
import { BYLINE, extraParagraphs, newsPages, readSeeds } from '../fixtures/news-pages.ts';
import { browserNames, type ExtensionApi } from './browsers.ts';
import { dialogName, inPopup, waitForDialog, waitInPopup } from './explanation-dialog.ts';
import { highlightTexts } from './highlight-texts.ts';
import { snapshot, snapshotWithoutExtension } from './page-without-extension.ts';
import { pointOfTerm, termRects } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const entries = (glossaryFile as { entries: Entry[] }).entries;
const glossary = compileGlossary(entries, bundledDocuments().byId);
const fixtures = path.join(projectRoot, 'test/fixtures');
/** Screenshots of the explanation popup, for people to look at (gitignored). */
const artifacts = path.join(projectRoot, 'artifacts/e2e');
const seeds = readSeeds();

/** What the matcher finds in the blocks of a generated seed page, as the page should show it. */
function expectedTerms(blocks: string[]): string[] {
  return findTerms(joinBlocks(blocks.map((text) => ({ text }))).text, glossary)
    .map((m) => m.text)
    .sort();
}

/** The texts of our highlights on the page (or in a frame), sorted; waits until the scan has settled. */
async function highlightedTexts(page: Page | Frame, atLeast = 1): Promise<string[]> {
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const texts = await highlightTexts(page);
    if (texts.length !== last) {
      last = texts.length;
      stableSince = Date.now();
    } else if (texts.length >= atLeast && Date.now() - stableSince > 300) return texts.sort();
    if (Date.now() > deadline) return texts.sort();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const bounded = { timeout: 30_000 };

describe('fixture pages', () => {
  it('are generated from the seeds and the real page as news-pages.ts builds them', () => {
    for (const [name, html] of newsPages()) {
      assert.equal(
        readFileSync(path.join(fixtures, 'news', name), 'utf8'),
        html,
        `${name} is stale: run npx tsx test/fixtures/news-pages.ts`,
      );
    }
  });
});

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);
    // These tests compare the page with every match the matcher finds: every occurrence drawn, the
    // everyday terms' too (by default those are drawn once: reader-controls.e2e.ts tests that).
    before(() => started().storage.set({ allOccurrences: true }), { timeout: 30_000 });
    let page: Page | undefined;
    const url = (name: string) => `${baseUrl()}/news/${name}`;
    const open = async (name: string) => {
      if (!page) {
        page = await started().browser.newPage();
        // Terms are registered with the Highlight API only near the viewport (highlight-terms.ts): a tall
        // one holds a whole seed article, so the tests can read every highlight of it at once.
        await page.setViewport({ width: 1280, height: 4000 });
      }
      await page.goto(url(name), { waitUntil: 'load' });
      return page;
    };

    it('highlights the terms of every seed article and none of their look-alikes', bounded, async () => {
      for (const [i, seed] of seeds.entries()) {
        const p = await open(`seed-${String(i).padStart(3, '0')}.html`);
        const expected = expectedTerms([seed.title, ...seed.paragraphs, ...extraParagraphs(), BYLINE]);
        const shown = await highlightedTexts(p);
        assert.deepEqual(shown, expected, seed.file);
        for (const lookAlike of ['PCI Express', 'một cửa', 'một cửa hàng', 'trung tâm phục vụ', 'TTXVN']) {
          assert.ok(!shown.includes(lookAlike), `${seed.file}: “${lookAlike}” is highlighted`);
        }
      }
      // The split term of the first seed: "thủ tục <b>hành <i>chính</i></b>" is one highlight.
      assert.ok(seeds[0]?.paragraphs.some((p) => p.includes('thủ tục hành chính')));
    });

    it('highlights the seed text put into a real saved news page', bounded, async () => {
      const p = await open('real-nhandan.html');
      const shown = await highlightedTexts(p);
      const body = expectedTerms(seeds[0]?.paragraphs ?? []);
      const remaining = [...shown];
      for (const term of body) {
        const at = remaining.indexOf(term);
        assert.ok(at >= 0, `“${term}” is not highlighted`);
        remaining.splice(at, 1);
      }
    });

    it('leaves the DOM and the text of the page exactly as they were', bounded, async () => {
      for (const name of ['seed-000.html', 'real-nhandan.html']) {
        const p = await open(name);
        await highlightedTexts(p);
        const shown = await snapshot(p);
        const without = await snapshotWithoutExtension(started().browser, url(name), p);
        assert.ok(shown.text.length > 500, name);
        assert.equal(shown.text, without.text, `${name}: body.innerText differs`);
        assert.equal(shown.article, without.article, `${name}: the article's outerHTML differs`);
        assert.deepEqual(shown.textNodes, without.textNodes, `${name}: the article's text nodes differ`);
      }
    });

    it('highlights text that the page adds later', bounded, async () => {
      const p = await open('seed-000.html');
      const before = await highlightedTexts(p);
      await p.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'Người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia.';
        document.querySelector('.article-body')?.append(paragraph);
      });
      const after = await highlightedTexts(p, before.length + 1);
      assert.ok(after.includes('Cổng Dịch vụ công quốc gia'), JSON.stringify(after));
      assert.equal(after.length, before.length + 1);
    });

    it('rescans when a single-page app replaces the article and the address', bounded, async () => {
      const p = await open('seed-000.html');
      await highlightedTexts(p);
      await p.evaluate(() => {
        const next = document.createElement('article');
        const heading = document.createElement('h1');
        heading.textContent = 'Tin mới';
        const paragraph = document.createElement('p');
        paragraph.textContent = `Người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia. ${'Bài viết đang được cập nhật. '.repeat(10)}`;
        next.append(heading, paragraph);
        history.pushState(null, '', '?trang=2');
        document.querySelector('article')?.replaceWith(next);
      });
      let texts: string[] = [];
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        texts = await highlightedTexts(p);
        if (texts.includes('Cổng Dịch vụ công quốc gia') && !texts.includes('cải cách hành chính')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(texts, ['Cổng Dịch vụ công quốc gia']);
    });

    it('scans a frame of the page’s own origin, and not a framed page of another origin', bounded, async () => {
      const p = await open('seed-000.html');
      await highlightedTexts(p);
      // Another port is another origin, and still matched by the manifest's http://127.0.0.1/*: the
      // content script runs there (all_frames) and must stop at once.
      const other = await serveDirectory(fixtures);
      try {
        const sameUrl = url('seed-001.html');
        const otherUrl = `${other.url}/news/seed-001.html`;
        await p.evaluate(
          async (urls) => {
            for (const src of urls) {
              const frame = document.createElement('iframe');
              frame.style.cssText = 'display:block;width:1200px;height:3900px';
              const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
              frame.src = src;
              document.body.append(frame);
              await loaded;
            }
            document.querySelector('iframe')?.scrollIntoView();
          },
          [sameUrl, otherUrl],
        );
        const same = p.frames().find((f) => f.url() === sameUrl) ?? assert.fail('no same-origin frame');
        const cross = p.frames().find((f) => f.url() === otherUrl) ?? assert.fail('no cross-origin frame');
        const seed = seeds[1] ?? assert.fail('no second seed');
        const expected = expectedTerms([seed.title, ...seed.paragraphs, ...extraParagraphs(), BYLINE]);
        assert.deepEqual(await highlightedTexts(same, expected.length), expected);
        // The top page keeps its own highlights, and nothing of the frame's.
        assert.deepEqual(
          await highlightedTexts(p),
          expectedTerms([seeds[0]?.title ?? '', ...(seeds[0]?.paragraphs ?? []), ...extraParagraphs(), BYLINE]),
        );
        assert.equal(await cross.evaluate(() => [...CSS.highlights.keys()].length), 0);
      } finally {
        await p.evaluate(() => {
          for (const frame of document.querySelectorAll('iframe')) frame.remove();
        });
        await other.close();
      }
    });

    it(
      'scans the srcdoc and about:blank frames a page writes, and not a sandboxed (cross-origin) one',
      bounded,
      async () => {
        const p = await open('seed-000.html');
        const top = await highlightedTexts(p);
        const sentence = 'Người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia.';
        // The content script runs there through the manifest's match_about_blank; scans-frame.ts lets it
        // scan by the origin the frame's document inherits (its location.origin is "null").
        await p.evaluate(async (text) => {
          for (const kind of ['srcdoc', 'blank', 'sandboxed']) {
            const frame = document.createElement('iframe');
            frame.name = kind;
            frame.style.cssText = 'display:block;width:1200px;height:200px';
            if (kind === 'sandboxed') frame.sandbox.value = ''; // an opaque origin: cross-origin to the page
            if (kind === 'blank') {
              document.body.append(frame);
              const doc = frame.contentDocument as Document;
              const paragraph = doc.createElement('p');
              paragraph.textContent = text;
              doc.body.append(paragraph);
            } else {
              const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
              frame.srcdoc = `<!doctype html><html lang="vi"><meta charset="utf-8"><p>${text}</p></html>`;
              document.body.append(frame);
              await loaded;
            }
          }
          document.querySelector('iframe')?.scrollIntoView();
        }, sentence);
        try {
          const frames = new Map<string, Frame>();
          for (const frame of p.frames()) frames.set(await frame.evaluate(() => window.name), frame);
          const frameOf = (name: string) => frames.get(name) ?? assert.fail(`no ${name} frame`);
          for (const kind of ['srcdoc', 'blank']) {
            assert.deepEqual(await highlightedTexts(frameOf(kind)), ['Cổng Dịch vụ công quốc gia'], kind);
          }
          const sandboxed = frameOf('sandboxed');
          assert.equal(await sandboxed.evaluate(() => [...CSS.highlights.keys()].length), 0);
          // The top page keeps its own highlights, and nothing of the frames'.
          assert.deepEqual(await highlightedTexts(p), top);
        } finally {
          await p.evaluate(() => {
            for (const frame of document.querySelectorAll('iframe')) frame.remove();
          });
        }
      },
    );

    it('opens the explanation of a clicked term in a dialog naming it, and Escape closes it', bounded, async () => {
      const p = await open('seed-000.html');
      await highlightedTexts(p);
      const { x, y } = await pointOfTerm(p, 'Trung tâm Phục vụ hành chính công');
      await p.mouse.click(x, y);
      const name = await waitForDialog(p, true);
      assert.match(name ?? '', /Trung tâm Phục vụ hành chính công/i);
      await p.keyboard.press('Escape');
      assert.equal(await waitForDialog(p, false), null);
    });

    it('shows the explanation inside the viewport, light and dark, wide and narrow (screenshots)', {
      timeout: 60_000,
    }, async () => {
      mkdirSync(artifacts, { recursive: true });
      const shot = await started().browser.newPage();
      try {
        // Over WebDriver BiDi (Firefox) puppeteer cannot emulate prefers-color-scheme; a second Firefox
        // launched with a colour-scheme pref would double this test's time, so Firefox shows light only.
        const schemes = browserName === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
        for (const scheme of schemes) {
          for (const width of [1280, 360]) {
            if (browserName === 'chromium') {
              await shot.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            }
            await shot.setViewport({ width, height: width === 360 ? 740 : 800 });
            await shot.goto(url('seed-000.html'), { waitUntil: 'load' });
            await highlightedTexts(shot);
            const term = await pointOfTerm(shot, 'Trung tâm Phục vụ hành chính công');
            await shot.mouse.click(term.x, term.y);
            assert.match((await waitForDialog(shot, true)) ?? '', /Trung tâm Phục vụ hành chính công/i);
            // Placed (and faded in) once floating-ui has computed its position.
            await waitInPopup(
              shot,
              (root) => root?.querySelector('[role="dialog"].positioned') instanceof HTMLElement,
              5_000,
            );
            await new Promise((resolve) => setTimeout(resolve, 250)); // the fade-in transition
            const file = path.join(artifacts, `${browserName}-popup-${scheme}-${width}.png`);
            await shot.screenshot({ path: file as `${string}.png` });
            const layout = await inPopup(shot, (root) => {
              const panel = root?.querySelector('[role="dialog"]');
              if (!(panel instanceof HTMLElement)) return null;
              const box = panel.getBoundingClientRect();
              const style = getComputedStyle(panel);
              return {
                box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width },
                viewport: { width: document.documentElement.clientWidth, height: innerHeight },
                position: style.position,
                background: style.backgroundColor,
              };
            });
            assert.ok(layout, `${file}: no dialog`);
            const { box, viewport } = layout;
            const where = `${file}: ${JSON.stringify(layout)}`;
            // The constructed stylesheet applies (in Firefox it is adopted through wrappedJSObject).
            assert.equal(layout.position, 'fixed', where);
            assert.ok(box.left >= 0 && box.top >= 0, where);
            assert.ok(box.right <= viewport.width && box.bottom <= viewport.height, where);
            // At 360 px the explanation is a sheet across the bottom (test/e2e/phone.e2e.ts tests it on touch).
            if (width === 360) assert.ok(box.width >= viewport.width - 1 && box.bottom >= viewport.height - 1, where);
            // The term, on all of its lines, stays visible: the popup sits above or below it.
            const termLines = (await termRects(shot, 'Trung tâm Phục vụ hành chính công'))[0] ?? [];
            assert.ok(termLines.length > 0, where);
            const covers = termLines.some(
              (r) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom,
            );
            assert.equal(covers, false, `${where} ${JSON.stringify(termLines)}`);
            assert.equal(layout.background, scheme === 'dark' ? 'rgb(30, 34, 40)' : 'rgb(255, 255, 255)', where);
            await shot.keyboard.press('Escape');
            assert.equal(await waitForDialog(shot, false), null);
          }
        }
      } finally {
        await shot.close();
      }
    });

    it('follows a link on a plain click on a term in it, and explains the term on Alt+click', bounded, async () => {
      const p = await open('seed-000.html');
      await highlightedTexts(p);
      const { x, y } = await pointOfTerm(p, 'cải cách hành chính');
      const linked = await p.evaluate(() => {
        history.replaceState(null, '', location.pathname);
        document.querySelector('#linked-term')?.scrollIntoView({ block: 'center' });
        const r = document.querySelector('#linked-term')?.getBoundingClientRect();
        return r ? { x: r.left + 10, y: r.top + r.height / 2 } : null;
      });
      assert.ok(linked);
      await p.mouse.click(linked.x, linked.y);
      await p.waitForFunction(() => location.hash === '#doc-them', { timeout: 5_000 });
      assert.equal(await dialogName(p), null);
      await p.evaluate(() => {
        history.replaceState(null, '', location.pathname);
        document.querySelector('#linked-term')?.scrollIntoView({ block: 'center' });
      });
      const again = await p.evaluate(() => {
        const r = document.querySelector('#linked-term')?.getBoundingClientRect();
        return r ? { x: r.left + 10, y: r.top + r.height / 2 } : null;
      });
      assert.ok(again && x >= 0 && y >= 0);
      await p.keyboard.down('Alt');
      await p.mouse.click(again.x, again.y);
      await p.keyboard.up('Alt');
      assert.match((await waitForDialog(p, true)) ?? '', /cải cách hành chính/i);
      assert.equal(await p.evaluate(() => location.hash), '');
      await p.keyboard.press('Escape');
    });

    it('moves to the next and previous term with the keyboard, and Escape returns focus', bounded, async () => {
      const p = await open('seed-000.html');
      const shown = await highlightedTexts(p);
      await p.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector<HTMLElement>('header a')?.focus();
      });
      const current = () =>
        p.evaluate(() => {
          const r = [...(CSS.highlights.get('cchc-current') ?? [])][0];
          if (!r) return null;
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return { text: range.toString(), top: range.getBoundingClientRect().top + scrollY };
        });
      const press = async (key: 'Period' | 'Comma') => {
        await p.keyboard.down('Alt');
        await p.keyboard.down('Shift');
        await p.keyboard.press(key);
        await p.keyboard.up('Shift');
        await p.keyboard.up('Alt');
      };
      await press('Period');
      // The first move waits for the popup's code, which going to a term comes with (content-ui.js).
      await p.waitForFunction(() => (CSS.highlights.get('cchc-current')?.size ?? 0) > 0, { timeout: 5_000 });
      const first = await current();
      assert.ok(first && shown.includes(first.text), JSON.stringify(first));
      assert.ok((await waitForDialog(p, true))?.length);
      await press('Period');
      await press('Period');
      const third = await current();
      assert.ok(third && third.top >= first.top, 'the third term is not after the first');
      await press('Comma');
      await press('Comma');
      assert.deepEqual(await current(), first);
      await p.keyboard.press('Escape');
      assert.equal(await waitForDialog(p, false), null);
      assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'Báo Mẫu');
    });

    it('moves to the next term when the background forwards the keyboard command', bounded, async () => {
      const p = await open('seed-000.html');
      await highlightedTexts(p);
      await p.evaluate(() => CSS.highlights.get('cchc-current')?.clear());
      const options = await started().openExtensionPage('options.html');
      // What the background sends on the `next-term` command; the browser cannot press it headless.
      // Only the news tab has our content script: the other tabs refuse, which is fine.
      await options.evaluate(async () => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          await api.tabs
            .sendMessage(tab.id, { type: 'move-to-term', direction: 'next' }, { frameId: 0 })
            .catch(() => undefined);
        }
      });
      await options.close();
      await p.waitForFunction(() => (CSS.highlights.get('cchc-current')?.size ?? 0) > 0, { timeout: 5_000 });
      assert.ok((await waitForDialog(p, true))?.length);
    });

    it('highlights only the first occurrence of each term when the setting is on', bounded, async () => {
      const p = await open('seed-002.html');
      const all = await highlightedTexts(p);
      const options = await started().openExtensionPage('options.html');
      const setFirstOnly = (on: boolean) =>
        options.evaluate(async (value) => {
          const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
          await api.storage.local.set({ firstOccurrenceOnly: value });
        }, on);
      try {
        await setFirstOnly(true);
        await p.waitForFunction(
          (n) => {
            let count = 0;
            for (const [name, h] of CSS.highlights)
              if (name.startsWith('cchc-') && name !== 'cchc-current') count += h.size;
            return count < n;
          },
          { timeout: 5_000 },
          all.length,
        );
        const first = await highlightedTexts(p);
        assert.ok(first.length > 0 && first.length < all.length, `${first.length} of ${all.length}`);
        assert.equal(new Set(first).size, first.length, 'a surface form is highlighted twice');
      } finally {
        await setFirstOnly(false);
        await options.close();
      }
      assert.equal((await highlightedTexts(p, all.length)).length, all.length);
    });
  });
}
