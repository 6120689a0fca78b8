// The reader's controls: the toolbar popup (per-site switch, the page's terms, showing one of them),
// the toolbar badge, and the options page (categories live on the page, the other settings, shortcuts,
// sites turned off, a notice for corrupt stored settings).
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
import { drawnOnce, type OccurrenceRule } from '../../src/shared/everyday-terms.ts';
import { BYLINE, extraParagraphs, readSeeds } from '../fixtures/news-pages.ts';
import { browserNames, type ExtensionApi, launchWithExtension } from './browsers.ts';
import { waitForContentScript } from './content-script-state.ts';
import { waitForDialog } from './explanation-dialog.ts';
import { useExtension } from './use-extension.ts';

const entries = (glossaryFile as { entries: Entry[] }).entries;
const entryById = new Map(entries.map((e) => [e.id, e]));
const glossary = compileGlossary(entries, bundledDocuments().byId);
const seed = readSeeds()[0] ?? assert.fail('no seed article');
const readMessages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.join(projectRoot, `src/_locales/${locale}/messages.json`), 'utf8'));
const vi = readMessages('vi');
const en = readMessages('en');

/** Occurrences per glossary id on seed-000.html, as the matcher finds them in its blocks. */
function expectedCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  const blocks = [seed.title, ...seed.paragraphs, ...extraParagraphs(), BYLINE];
  for (const m of findTerms(joinBlocks(blocks.map((text) => ({ text }))).text, glossary)) {
    counts[m.id] = (counts[m.id] ?? 0) + 1;
  }
  return counts;
}

/** How many highlights seed-000.html shows under `rule` (by default everyday terms once, the others each time). */
function expectedDrawn(rule: OccurrenceRule = 'everyday-once'): number {
  const blocks = [seed.title, ...seed.paragraphs, ...extraParagraphs(), BYLINE];
  const seen = new Set<string>();
  let count = 0;
  for (const m of findTerms(joinBlocks(blocks.map((text) => ({ text }))).text, glossary)) {
    if (drawnOnce(rule, m.id) && seen.has(m.id)) continue;
    seen.add(m.id);
    count++;
  }
  return count;
}

/** Our highlights on the page, per highlight name (category), without the current-term mark. */
function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('cchc-') && name !== 'cchc-current') sizes[name] = h.size;
    return sizes;
  });
}

const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);

/** Waits until `check` holds for the page's highlight sizes; returns them. */
async function waitForHighlights(
  page: Page,
  check: (sizes: Record<string, number>) => boolean,
  what: string,
): Promise<Record<string, number>> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const sizes = await highlightSizes(page);
    if (check(sizes)) return sizes;
    if (Date.now() > deadline) assert.fail(`${what}: ${JSON.stringify(sizes)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const bounded = { timeout: 30_000 };

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);
    let page: Page | undefined;
    let all: Record<string, number> = {};
    const news = () => page ?? assert.fail('no news page');

    before(
      async () => {
        page = await started().browser.newPage();
        await page.setViewport({ width: 1280, height: 4000 }); // every term near the viewport: all registered
        await page.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
        const expected = expectedDrawn();
        all = await waitForHighlights(page, (s) => total(s) === expected, 'the seed page is not highlighted');
      },
      { timeout: 60_000 },
    );

    it('lists the page’s terms in the popup by category with the counts the page shows', bounded, async () => {
      const popup = await started().openToolbarPopup(news());
      await popup.waitForSelector('body[data-ready]', { timeout: 10_000 });
      const shown = await popup.evaluate(() => ({
        state: document.querySelector('#state')?.textContent,
        switchOn: document.querySelector<HTMLInputElement>('#site-switch')?.checked,
        terms: [...document.querySelectorAll<HTMLElement>('#terms [data-category] button[data-id]')].map((b) => ({
          id: b.dataset.id as string,
          count: Number(b.dataset.count),
          category: b.closest<HTMLElement>('[data-category]')?.dataset.category,
          name: b.querySelector('.term-name')?.textContent,
        })),
      }));
      await popup.close();
      assert.equal(shown.state, vi.stateOnSite?.message);
      assert.equal(shown.switchOn, true);
      const counts = Object.fromEntries(shown.terms.map((t) => [t.id, t.count]));
      assert.deepEqual(counts, expectedCounts());
      // The list counts every occurrence, drawn or not (everyday terms are drawn once by default).
      assert.equal(
        shown.terms.reduce((n, t) => n + t.count, 0),
        expectedDrawn('all'),
      );
      for (const t of shown.terms) {
        assert.equal(t.category, entryById.get(t.id)?.category, t.id);
        assert.equal(t.name, entryById.get(t.id)?.term, t.id);
        assert.ok((all[`cchc-${t.category}`] ?? 0) > 0, `${t.id}: no ${t.category} highlight on the page`);
      }
    });

    it('scrolls to a term clicked in the popup, marks it and opens its explanation', bounded, async () => {
      const counts = expectedCounts();
      const id = Object.keys(counts).at(-1) ?? assert.fail('no term');
      await news().evaluate(() => window.scrollTo(0, 0));
      const popup = await started().openToolbarPopup(news());
      await popup.waitForSelector(`button[data-id="${id}"]`, { timeout: 10_000 });
      await popup.click(`button[data-id="${id}"]`);
      const name = await waitForDialog(news());
      const term = entryById.get(id)?.term ?? '';
      assert.ok(name?.toLowerCase().includes(term.toLowerCase()), `${name} does not name ${term}`);
      // The mark blinks twice after the scroll (flash-term.ts), ending on: read it once the blink is over.
      await news().waitForFunction(() => CSS.highlights.get('cchc-current')?.size === 1, { timeout: 2000 });
      await new Promise((r) => setTimeout(r, 700));
      const marked = await news().evaluate(() => CSS.highlights.get('cchc-current')?.size ?? 0);
      assert.equal(marked, 1);
      if (!popup.isClosed()) await popup.close();
      await news().keyboard.press('Escape');
    });

    it('draws everyday terms once by default, and every occurrence one click away in the popup', bounded, async () => {
      const every = expectedDrawn('all');
      assert.ok(total(all) < every, `seed-000 should repeat an everyday term (${total(all)} of ${every})`);
      const popup = await started().openToolbarPopup(news());
      await popup.waitForSelector('body[data-ready] #all-occurrences-label:not([hidden])', { timeout: 10_000 });
      assert.equal(await popup.$eval('#all-occurrences', (e) => (e as HTMLInputElement).checked), false);
      await popup.click('#all-occurrences');
      if (!popup.isClosed()) await popup.close();
      await news().bringToFront();
      await waitForHighlights(news(), (s) => total(s) === every, 'every occurrence is not drawn');
      assert.deepEqual(await started().storage.get(), { allOccurrences: true });
      const again = await started().openToolbarPopup(news());
      await again.waitForSelector('body[data-ready] #all-occurrences-label:not([hidden])', { timeout: 10_000 });
      assert.equal(await again.$eval('#all-occurrences', (e) => (e as HTMLInputElement).checked), true);
      await again.click('#all-occurrences');
      if (!again.isClosed()) await again.close();
      await news().bringToFront();
      await waitForHighlights(news(), (s) => total(s) === total(all), 'everyday terms are not back to once');
      assert.deepEqual(await started().storage.get(), {});
    });

    it('turns the site off and on from the popup: highlights go and come back, and it persists', bounded, async () => {
      const popup = await started().openToolbarPopup(news());
      await popup.waitForSelector('body[data-ready]', { timeout: 10_000 });
      await popup.click('#site-switch');
      await waitForHighlights(news(), (s) => total(s) === 0, 'highlights stay on a site turned off');
      await popup.waitForSelector('body[data-ready][data-state="off"]', { timeout: 5_000 });
      assert.equal(await popup.$eval('#state', (e) => e.textContent), vi.stateOffSite?.message);
      await popup.close();
      const stored = await started().storage.get();
      assert.deepEqual(stored, { disabledSites: ['127.0.0.1'] });

      // Still off in a popup opened later; turned on again there.
      const again = await started().openToolbarPopup(news());
      await again.waitForSelector('body[data-ready][data-state="off"]', { timeout: 10_000 });
      assert.equal(await again.$eval('#site-switch', (e) => (e as HTMLInputElement).checked), false);
      await again.click('#site-switch');
      await again.waitForSelector('body[data-ready][data-state="on"]', { timeout: 5_000 });
      await again.close();
      await news().bringToFront();
      await waitForHighlights(news(), (s) => total(s) === total(all), 'the highlights did not come back');
      assert.deepEqual(await started().storage.get(), {});
    });

    it(
      'scans nothing on a site turned off before the page loads, and highlights it when turned on',
      bounded,
      async () => {
        await started().storage.set({
          disabledSites: ['127.0.0.1'],
        });
        const tab = await started().browser.newPage();
        try {
          await tab.setViewport({ width: 1280, height: 4000 });
          await tab.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
          await waitForContentScript(started(), (answer) => answer.host === '127.0.0.1' && !answer.enabled);
          // The popup's state is the content script's answer: "off" means it has applied the stored settings.
          const popup = await started().openToolbarPopup(tab);
          await popup.waitForSelector('body[data-ready][data-state="off"]', { timeout: 10_000 });
          // Text the page adds while the site is off is not scanned then, but is once it is on.
          await tab.evaluate(() => {
            const paragraph = document.createElement('p');
            paragraph.textContent = 'Người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia.';
            document.querySelector('.article-body')?.append(paragraph);
          });
          await new Promise((resolve) => setTimeout(resolve, 700)); // a mutation batch comes within 500 ms
          assert.deepEqual(await highlightSizes(tab), {});
          await popup.click('#site-switch');
          await popup.waitForSelector('body[data-ready][data-state="on"]', { timeout: 5_000 });
          if (!popup.isClosed()) await popup.close();
          await tab.bringToFront();
          await waitForHighlights(tab, (s) => total(s) === total(all) + 1, 'turning the site on did not highlight it');
        } finally {
          await tab.close();
          await started().storage.clear();
        }
        // The first tab went off and on too; the next tests read it.
        await news().bringToFront();
        await waitForHighlights(news(), (s) => total(s) === total(all), 'the first tab did not come back');
      },
    );

    it('shows the number of distinct terms on the toolbar badge, unless turned off', bounded, async () => {
      const distinct = String(Object.keys(expectedCounts()).length);
      const readBadges = () =>
        started().inExtension(async () => {
          const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
          const tabs = await ext.tabs.query({});
          return Promise.all(tabs.map((t) => (t.id === undefined ? '' : ext.action.getBadgeText({ tabId: t.id }))));
        }, null);
      assert.ok((await readBadges()).includes(distinct), `no badge ${distinct}`);
      await started().storage.set({ showBadge: false });
      const deadline = Date.now() + 5_000;
      let now = await readBadges();
      while (now.some((b) => b !== '') && Date.now() < deadline) now = await readBadges();
      assert.deepEqual(new Set(now), new Set(['']));
      await started().storage.clear();
    });

    it('renders the options page; a category turned off loses its highlights live', bounded, async () => {
      const options = await started().openExtensionPage('options.html');
      await options.waitForSelector('body[data-ready]', { timeout: 10_000 });
      const shown = await options.evaluate(() => ({
        categories: document.querySelectorAll('#categories input[type=checkbox]:checked').length,
        style: document.querySelector<HTMLInputElement>('input[name=highlight-style]:checked')?.value,
        language: document.querySelector<HTMLInputElement>('input[name=explanation-language]:checked')?.value,
        firstOnly: document.querySelector<HTMLInputElement>('#first-only')?.checked,
        allOccurrences: document.querySelector<HTMLInputElement>('#all-occurrences')?.checked,
        badge: document.querySelector<HTMLInputElement>('#show-badge')?.checked,
        commands: [...document.querySelectorAll<HTMLElement>('#shortcuts-list dd')].map((d) => d.dataset.command),
        keys: [...document.querySelectorAll('#shortcuts-list kbd')].map((k) => k.textContent),
        sites: document.querySelector('#sites-list')?.textContent,
        notice: document.querySelector<HTMLElement>('#settings-notice')?.hidden,
      }));
      assert.deepEqual(shown, {
        categories: 13,
        style: 'both',
        language: 'vi',
        firstOnly: false,
        allOccurrences: false,
        badge: true,
        commands: ['_execute_action', 'next-term', 'previous-term'].filter((c) => shown.commands.includes(c)),
        keys: shown.keys,
        sites: vi.sitesNone?.message,
        notice: true,
      });
      assert.equal(shown.commands.length, 3);
      // Every command has its suggested key (a key the browser refuses shows as "not set").
      assert.ok(!shown.keys.includes(vi.shortcutNone?.message ?? '-'), shown.keys.join(', '));

      const [name, size] = Object.entries(all).find(([, n]) => n > 0) ?? assert.fail('no highlight');
      const category = name.slice('cchc-'.length);
      await options.click(`#category-${category}`);
      await waitForHighlights(
        news(),
        (s) => (s[name] ?? 0) === 0 && total(s) === total(all) - size,
        `${category} is still highlighted`,
      );
      assert.deepEqual(
        await options.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get()),
        { hiddenCategories: [category] },
      );
      await options.click(`#category-${category}`);
      // Saving reads storage first (a corrupt value is quarantined before it is overwritten): let the write
      // land before the page that makes it is closed.
      await options.waitForFunction(
        async () =>
          Object.keys(await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get()).length ===
          0,
        { timeout: 5_000 },
      );
      await options.close();
      await news().bringToFront();
      await waitForHighlights(news(), (s) => total(s) === total(all), `${category} did not come back`);
    });

    // It launches a second browser, which alone took 36 s at a load average of 30 on the shared test
    // machine (2026-12-06); launching is not what it checks, so it gets the launch's own margin.
    it('shows the popup and the options page in English in an English browser', { timeout: 90_000 }, async () => {
      const english = await launchWithExtension(browserName, { lang: 'en' });
      try {
        const tab = await english.browser.newPage();
        await tab.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
        await tab.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('cchc-')), {
          timeout: 10_000,
        });
        const popup = await english.openToolbarPopup(tab);
        await popup.waitForSelector('body[data-ready][data-state="on"]', { timeout: 10_000 });
        const shownPopup = await popup.evaluate(() => ({
          lang: document.documentElement.lang,
          intro: document.querySelector('#intro')?.textContent,
          state: document.querySelector('#state')?.textContent,
          site: document.querySelector('#site')?.textContent,
        }));
        assert.deepEqual(shownPopup, {
          lang: 'en',
          intro: en.pageIntro?.message,
          state: en.stateOnSite?.message,
          site: 'On for 127.0.0.1',
        });
        // In English each listed term has its English gloss beside it (from the glossary, not made up).
        const glosses = await popup.$$eval('.term-gloss', (spans) => spans.map((span) => span.textContent ?? ''));
        assert.ok(glosses.length > 0, 'the English toolbar list glosses no term');
        const knownGlosses = new Set(entries.map((e) => e.gloss.en));
        for (const gloss of glosses) assert.ok(knownGlosses.has(gloss), `not a glossary gloss: ${gloss}`);
        const options = await english.openExtensionPage('options.html');
        await options.waitForSelector('body[data-ready]', { timeout: 10_000 });
        const headings = await options.$$eval('h1, h2', (hs) => hs.map((h) => h.textContent));
        assert.deepEqual(headings, [
          en.optionsTitle?.message,
          en.optionsHighlighting?.message,
          en.optionsHiddenTerms?.message,
          en.optionsSites?.message,
          en.optionsOwnTerms?.message,
          en.optionsShortcuts?.message,
        ]);
      } finally {
        await english.close();
      }
    });

    it('tells the reader when stored settings were corrupt, and uses the defaults', bounded, async () => {
      await started().storage.set({
        disabledSites: '127.0.0.1',
        highlightStyle: 42,
      });
      try {
        const options = await started().openExtensionPage('options.html');
        await options.waitForSelector('body[data-ready]', { timeout: 10_000 });
        const notice = await options.$eval('#settings-notice', (e) => ({
          hidden: (e as HTMLElement).hidden,
          text: e.textContent,
        }));
        await options.close();
        assert.equal(notice.hidden, false);
        assert.match(notice.text ?? '', /disabledSites, highlightStyle/);
        assert.equal(total(await highlightSizes(news())), total(all));
      } finally {
        await started().storage.clear();
      }
    });
  });
}
