// The reader's own terms: added on the options page, listed live for an open page (and, once the reader
// opts in, highlighted there beside the bundled glossary and explained on a click); edited and deleted live; imported (a bad file changes nothing and
// says why) and exported as a JSON file in the glossary's schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { projectRoot } from '../../scripts/build-extension.ts';
import { joinBlocks } from '../../src/content/text-blocks.ts';
import { bundledDocuments } from '../../src/glossary/bundled-documents.ts';
import { compileGlossary } from '../../src/glossary/compile-glossary.ts';
import { findTerms } from '../../src/glossary/find-terms.ts';
import type { Entry } from '../../src/glossary/types.ts';
import { drawnOnce } from '../../src/shared/everyday-terms.ts';
import { exampleOwnEntry } from '../../src/shared/example-own-entry.ts';
import { withOwnTerms } from '../../src/shared/with-own-terms.ts';
import { BYLINE, extraParagraphs, readSeeds } from '../fixtures/news-pages.ts';
import { browserNames, type ExtensionApi } from './browsers.ts';
import { waitForContentScript } from './content-script-state.ts';
import { inPopup } from './explanation-dialog.ts';
import { pointOfTerm } from './point-of-term.ts';
import { useExtension } from './use-extension.ts';

const bundled = (glossaryFile as { entries: Entry[] }).entries;
const seed = readSeeds()[0] ?? assert.fail('no seed article');
const vi: Record<string, { message: string }> = JSON.parse(
  readFileSync(path.join(projectRoot, 'src/_locales/vi/messages.json'), 'utf8'),
);
const message = (name: string) => vi[name]?.message ?? assert.fail(`no message ${name}`);

/**
 * Matches on seed-000.html with these own terms, as the content script's matcher finds them and draws
 * them by default: an everyday term's first occurrence only (everyday-terms.ts).
 */
function expectedMatches(own: Entry[]): { id: string; text: string }[] {
  const blocks = [seed.title, ...seed.paragraphs, ...extraParagraphs(), BYLINE];
  const seen = new Set<string>();
  return findTerms(
    joinBlocks(blocks.map((text) => ({ text }))).text,
    compileGlossary(withOwnTerms(bundled, own), bundledDocuments().byId),
  ).filter((m) => {
    const again = drawnOnce('everyday-once', m.id) && seen.has(m.id);
    seen.add(m.id);
    return !again;
  });
}

/** The page's highlighted texts, in no particular order, sorted. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('cchc-') || name === 'cchc-current') continue;
      for (const r of h) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
    }
    return texts.sort();
  });
}

async function waitForHighlighted(page: Page, expected: string[], what: string): Promise<void> {
  const want = [...expected].sort();
  const deadline = Date.now() + 8_000;
  let now: string[] = [];
  while (Date.now() < deadline) {
    now = await highlighted(page);
    if (JSON.stringify(now) === JSON.stringify(want)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.deepEqual(now, want, what);
}

/** The open explanation's heading, own-term label and explanation, waiting for it to open. */
async function openExplanation(page: Page): Promise<{ title?: string; own?: string; explanation?: string } | null> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const shown = await inPopup(page, (root) => {
      if (!root?.querySelector('[role="dialog"]')) return null;
      return {
        title: root.querySelector('.title')?.textContent ?? undefined,
        own: root.querySelector('.category .own')?.textContent ?? undefined,
        explanation: root.querySelector('.explanation')?.textContent ?? undefined,
      };
    });
    if (shown !== null || Date.now() > deadline) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const storedItems = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get());

/** Hands `text` to the options page's file input as a chosen file, as the file picker would. */
function chooseFile(page: Page, name: string, text: string): Promise<void> {
  return page.evaluate(
    (file) => {
      const input =
        document.querySelector<HTMLInputElement>('#own-import') ??
        document.body.appendChild(document.createElement('input'));
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

/** The import's error text once shown: the headline and the listed problems. */
async function importErrors(page: Page): Promise<{ headline: string; problems: string[] }> {
  await page.waitForSelector('#own-errors li', { timeout: 5_000 });
  return page.$eval('#own-errors', (e) => ({
    headline: e.querySelector('p')?.textContent ?? '',
    problems: [...e.querySelectorAll('li')].map((li) => li.textContent ?? ''),
  }));
}

// The shared example entry, its explanation longer, as the stored shapes below repeat it.
const laiChau: Entry = exampleOwnEntry('own-lai-chau', {
  explanation: { vi: 'Một tỉnh miền núi phía Bắc, giáp Trung Quốc.' },
});

const bounded = { timeout: 30_000 };

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);
    let page: Page | undefined;
    const news = () => page ?? assert.fail('no news page');
    const bundledTexts = expectedMatches([]).map((m) => m.text);

    async function optionsPage(): Promise<Page> {
      const options = await started().openExtensionPage('options.html');
      await options.waitForSelector('body[data-ready]', { timeout: 10_000 });
      return options;
    }

    before(
      async () => {
        page = await started().browser.newPage();
        await page.setViewport({ width: 1280, height: 4000 }); // every term near the viewport: all registered
        await page.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
        await waitForHighlighted(page, bundledTexts, 'the seed page is not highlighted');
      },
      { timeout: 60_000 },
    );

    it(
      'highlights a term added on the options page live, explains it, and follows edits and deletion',
      bounded,
      async () => {
        const options = await optionsPage();
        try {
          assert.equal(await options.$eval('#own-terms-list', (e) => e.textContent), message('ownTermsNone'));
          // No named helpers inside evaluate(): tsx would wrap them in a function the page lacks.
          await options.evaluate(
            (values) => {
              for (const [selector, value] of values) {
                const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
                  selector,
                );
                if (control) control.value = value;
              }
            },
            [
              ['#own-term', laiChau.term],
              ['#own-forms', laiChau.forms.join('\n')],
              ['#own-explanation', laiChau.explanation.vi],
              ['#own-source', laiChau.sources[0] ?? ''],
              ['#own-category', laiChau.category],
            ] as [string, string][],
          );
          await options.click('#own-save');
          await options.waitForSelector('#own-terms-list li[data-id="own-lai-chau"]', { timeout: 5_000 });
          assert.equal(await options.$eval('#own-status', (e) => e.textContent), 'Đã thêm “Lai Châu”.');
          assert.deepEqual(await storedItems(options), { ownTerms: [laiChau] });

          // Live on the page opened before, without a reload: by default listed in the toolbar popup only,
          // never in the page-readable highlight registry (a page planting phrases would learn own terms).
          const withOwn = expectedMatches([laiChau]);
          assert.ok(withOwn.filter((m) => m.id === laiChau.id).length >= 2, 'Lai Châu is not on the seed page');
          await news().bringToFront();
          const listed = await waitForContentScript(started(), (answer) =>
            answer.terms.some((t) => (t as { id?: string }).id === laiChau.id),
          );
          assert.ok(listed.enabled);
          await news().bringToFront();
          // Polled: the list answers once the scan is done, and on a loaded machine the redraw with the new
          // glossary can come a moment later (read once, the registry was seen empty in between).
          await waitForHighlighted(news(), bundledTexts, 'an own term is readable by the page');

          // The reader opts in to marks on the page.
          await options.bringToFront();
          await options.click('#own-on-page');
          await options.waitForFunction(
            async () =>
              (await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get())
                .markOwnTermsOnPage === true,
            { timeout: 5_000 },
          );
          await news().bringToFront();
          await waitForHighlighted(
            news(),
            withOwn.map((m) => m.text),
            'the own term is not highlighted',
          );
          const { x, y } = await pointOfTerm(news(), 'Lai Châu');
          await news().mouse.click(x, y);
          assert.deepEqual(await openExplanation(news()), {
            title: 'Lai Châu',
            own: message('popupOwnTerm'),
            explanation: laiChau.explanation.vi,
          });
          await news().keyboard.press('Escape');

          // Edited in place: a second form is highlighted too. (A background tab's scan is throttled in
          // headless Chromium: the news tab is brought to the front before its highlights are read.)
          await options.bringToFront();
          await options.click('#own-terms-list li[data-id="own-lai-chau"] button.edit');
          assert.equal(await options.$eval('#own-forms', (e) => (e as HTMLTextAreaElement).value), 'Lai Châu');
          await options.evaluate(() => {
            const forms = document.querySelector<HTMLTextAreaElement>('#own-forms');
            if (forms) forms.value = 'Lai Châu\nCông Tuyên';
          });
          await options.click('#own-save');
          await options.waitForFunction(() => document.querySelector('#own-status')?.textContent?.includes('Đã lưu'), {
            timeout: 5_000,
          });
          const edited = { ...laiChau, forms: ['Lai Châu', 'Công Tuyên'] };
          assert.deepEqual(await storedItems(options), { ownTerms: [edited], markOwnTermsOnPage: true });
          await news().bringToFront();
          await waitForHighlighted(
            news(),
            expectedMatches([edited]).map((m) => m.text),
            'the edited term is not highlighted',
          );
          assert.ok((await highlighted(news())).includes('Công Tuyên'));

          // Deleted: the page is back to the bundled terms, and nothing is left in storage.
          await options.bringToFront();
          await options.click('#own-terms-list li[data-id="own-lai-chau"] button.delete');
          await options.waitForSelector('#own-terms-list li.empty', { timeout: 5_000 });
          assert.deepEqual(await storedItems(options), { markOwnTermsOnPage: true });
          await news().bringToFront();
          await waitForHighlighted(news(), bundledTexts, 'the deleted term is still highlighted');
        } finally {
          await options.evaluate(() =>
            (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.clear(),
          );
          await options.close();
        }
      },
    );

    it(
      'refuses a bad import with its error and keeps the stored terms; imports and exports a good file',
      bounded,
      async () => {
        const options = await optionsPage();
        try {
          await options.evaluate(
            (entry) =>
              (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.set({ ownTerms: [entry] }),
            laiChau,
          );
          await options.waitForSelector('#own-terms-list li[data-id="own-lai-chau"]', { timeout: 5_000 });
          const other = { ...laiChau, id: 'own-dien-bien', term: 'Điện Biên', forms: ['Điện Biên'] };
          const changed = { ...laiChau, explanation: { vi: 'Đổi.' } };

          // Duplicate ids: the error names both, nothing is stored, not even the valid changed entry.
          await chooseFile(options, 'trung.json', JSON.stringify({ entries: [changed, other, other] }, null, 2));
          const duplicate = await importErrors(options);
          assert.equal(duplicate.headline, 'Không nhập được “trung.json”; các thuật ngữ đã lưu vẫn giữ nguyên.');
          assert.deepEqual(duplicate.problems, [
            'entries[2] (own-dien-bien), id: trùng mã với entries[1] (own-dien-bien)',
          ]);
          assert.deepEqual(await storedItems(options), { ownTerms: [laiChau] });

          // Not JSON: the parser's line and column.
          await chooseFile(options, 'hong.json', '{\n  "entries": [\n    { "id": "own-x", }\n  ]\n}\n');
          const broken = await importErrors(options);
          assert.match(broken.problems[0] ?? '', /^Tệp không phải JSON hợp lệ: lỗi ở dòng 3, cột \d+\.$/);
          assert.deepEqual(await storedItems(options), { ownTerms: [laiChau] });

          // A good file: merged by id, in one write; the error is gone.
          await chooseFile(options, 'tot.json', JSON.stringify({ entries: [changed, other] }));
          await options.waitForFunction(
            () => document.querySelector('#own-status')?.textContent === 'Đã nhập 2 thuật ngữ.',
            {
              timeout: 5_000,
            },
          );
          assert.equal(await options.$eval('#own-errors', (e) => e.childElementCount), 0);
          assert.deepEqual(await storedItems(options), { ownTerms: [changed, other] });
          await options.waitForSelector('#own-terms-list li[data-id="own-dien-bien"]', { timeout: 5_000 });

          // Export: the download's contents (the click is kept from downloading), the glossary's shape.
          const exported = await options.evaluate(async () => {
            let href = '';
            document.addEventListener(
              'click',
              (event) => {
                const link = event.target as HTMLAnchorElement;
                if (link.download) {
                  href = link.href;
                  event.preventDefault();
                }
              },
              true,
            );
            document.querySelector<HTMLButtonElement>('#own-export')?.click();
            for (let i = 0; i < 100 && !href; i++) await new Promise((resolve) => setTimeout(resolve, 20));
            return href ? { text: await (await fetch(href)).text() } : null;
          });
          assert.ok(exported, 'no export');
          assert.deepEqual(JSON.parse(exported.text), { entries: [changed, other] });
        } finally {
          await options.evaluate(() =>
            (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.clear(),
          );
          await options.close();
        }
      },
    );
    it(
      'keeps a partly unreadable stored list: adding one term through the form quarantines the original first',
      bounded,
      async () => {
        const older = { id: 'own-cu', term: 'Cũ', forms: 'Một dạng cũ' };
        await started().storage.set({ ownTerms: [laiChau, older] });
        const options = await optionsPage();
        try {
          await options.waitForSelector('#own-terms-list li[data-id="own-lai-chau"]', { timeout: 5_000 });
          await options.evaluate(
            (values) => {
              for (const [selector, value] of values) {
                const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
                  selector,
                );
                if (control) control.value = value;
              }
            },
            [
              ['#own-term', 'Điện Biên'],
              ['#own-forms', 'Điện Biên'],
              ['#own-explanation', 'Một tỉnh miền núi phía Tây Bắc.'],
              ['#own-source', ''],
              ['#own-category', 'local-government'],
            ] as [string, string][],
          );
          await options.click('#own-save');
          await options.waitForSelector('#own-terms-list li[data-id="own-dien-bien"]', { timeout: 5_000 });
          const stored = await storedItems(options);
          assert.deepEqual(
            (stored.ownTerms as Entry[]).map((e) => e.id),
            ['own-lai-chau', 'own-dien-bien'],
          );
          assert.deepEqual(stored['quarantine.ownTerms'], [laiChau, older], 'the unreadable entry was lost');
        } finally {
          await options.evaluate(() =>
            (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.clear(),
          );
          await options.close();
        }
      },
    );
  });
}
