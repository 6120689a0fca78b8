import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { Entry } from '../../src/glossary/types.ts';
import { exampleOwnEntry } from '../../src/shared/example-own-entry.ts';
import { STORAGE_VERSION, STORAGE_VERSION_KEY } from '../../src/shared/stored-format.ts';
import { browserNames } from './browsers.ts';
import { useExtension } from './use-extension.ts';

/**
 * The stored formats (src/shared/stored-format.ts): the extension started over a store an older version
 * wrote converts it without losing anything, and list changes made in two contexts at once both land.
 */

// The shared example entry, its explanation longer, as the stored shapes below repeat it.
const laiChau: Entry = exampleOwnEntry('own-lai-chau', {
  explanation: { vi: 'Một tỉnh miền núi phía Bắc, giáp Trung Quốc.' },
});

/** A store as format 1 could hold it: each value in a shape this version no longer writes, some partly bad. */
const older = {
  // The site switch wrote addresses once; one item is junk.
  disabledSites: ['https://www.Example.vn/thoi-su', 'www.b.vn', 42],
  hiddenCategories: ['Index'],
  hiddenTerms: ['nd-63-2010', 'Cai-Cach-Hanh-Chinh'],
  showBadge: 'false',
  markOwnTermsOnPage: 'true',
  highlightStyle: 'Underline',
  // The export file's shape, with an entry of the older entry shape and one that cannot be converted.
  ownTerms: {
    entries: [
      {
        id: 'lai-chau',
        term: 'Lai Châu',
        category: 'local-government',
        forms: 'Lai Châu',
        explanation: 'Một tỉnh miền núi phía Bắc, giáp Trung Quốc.',
        sources: 'https://laichau.gov.vn/',
      },
      { id: 'own-cu', term: 'Cũ', forms: 'Một dạng cũ' },
    ],
  },
};

const bounded = { timeout: 45_000 };

async function waitFor(what: string, check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The page's highlighted texts (own terms included once they are marked on the page), sorted. */
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
    return texts;
  });
}

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);

    it('converts a store of the older format and loses nothing of it', bounded, async () => {
      await started().storage.set(older);
      const options = await started().openExtensionPage('options.html');
      try {
        await options.waitForSelector('body[data-ready]', { timeout: 10_000 });
        const stored = await started().storage.get();
        assert.equal(stored[STORAGE_VERSION_KEY], STORAGE_VERSION);
        assert.deepEqual(stored.disabledSites, ['example.vn', 'b.vn']);
        assert.deepEqual(stored.hiddenCategories, ['index']);
        assert.deepEqual(stored.hiddenTerms, ['nd-63-2010', 'cai-cach-hanh-chinh']);
        assert.equal(stored.showBadge, false);
        assert.equal(stored.markOwnTermsOnPage, true);
        assert.equal(stored.highlightStyle, 'underline');
        assert.deepEqual(stored.ownTerms, [laiChau]);
        // What could not be converted is kept, unchanged, beside the converted part.
        assert.deepEqual(stored['quarantine.disabledSites'], older.disabledSites);
        assert.deepEqual(stored['quarantine.ownTerms'], older.ownTerms);
        assert.equal(stored['quarantine.hiddenTerms'], undefined, 'a converted list is not quarantined');

        // The reader is told, and sees the converted values.
        const shown = await options.evaluate(() => ({
          notice: document.querySelector<HTMLElement>('#settings-notice')?.hidden
            ? ''
            : document.querySelector('#settings-notice')?.textContent,
          deleteShown: !document.querySelector<HTMLElement>('#quarantine-delete')?.hidden,
          sites: [...document.querySelectorAll<HTMLElement>('#sites-list li[data-host]')].map((li) => li.dataset.host),
          hiddenTerms: [...document.querySelectorAll<HTMLElement>('#hidden-terms-list li[data-id]')].map(
            (li) => li.dataset.id,
          ),
          ownTerms: [...document.querySelectorAll<HTMLElement>('#own-terms-list li[data-id]')].map(
            (li) => li.dataset.id,
          ),
          badge: document.querySelector<HTMLInputElement>('#show-badge')?.checked,
          category: document.querySelector<HTMLInputElement>('#category-index')?.checked,
        }));
        assert.match(shown.notice ?? '', /disabledSites, ownTerms/);
        assert.equal(shown.deleteShown, true);
        assert.deepEqual(shown.sites?.sort(), ['b.vn', 'example.vn']);
        assert.deepEqual(shown.hiddenTerms?.sort(), ['cai-cach-hanh-chinh', 'nd-63-2010']);
        assert.deepEqual(shown.ownTerms, ['own-lai-chau']);
        assert.equal(shown.badge, false);
        assert.equal(shown.category, false);

        // A page reads the converted store: the converted own term is marked (markOwnTermsOnPage).
        const page = await started().browser.newPage();
        try {
          await page.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
          await page.bringToFront();
          await waitFor('the converted own term is highlighted', async () =>
            (await highlighted(page)).includes('Lai Châu'),
          );
        } finally {
          await page.close();
        }

        // Deleting what was kept aside is the reader's press, and only removes the kept copies.
        await options.bringToFront();
        await options.click('#quarantine-delete');
        await waitFor('the kept copies deleted', async () =>
          Object.keys(await started().storage.get()).every((key) => !key.startsWith('quarantine.')),
        );
        assert.deepEqual((await started().storage.get()).ownTerms, [laiChau]);
      } finally {
        await options.close();
        await started().storage.clear();
      }
    });

    it('keeps both of two list changes made at the same moment in two pages', bounded, async () => {
      const ids = ['thu-tuc-hanh-chinh', 'cai-cach-hanh-chinh', 'ho-so-tthc'];
      const pages = await Promise.all(ids.map((id) => started().openExtensionPage(`glossary.html#${id}`)));
      try {
        for (const glossary of pages) await glossary.waitForSelector('body[data-ready] #hide-term');
        // Each page presses its "don't highlight" button at the same planned moment: each reads the list
        // before any has written it back.
        const at = Date.now() + 1_000;
        await Promise.all(
          pages.map((glossary) =>
            glossary.evaluate((when) => {
              setTimeout(() => document.querySelector<HTMLButtonElement>('#hide-term')?.click(), when - Date.now());
            }, at),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, at - Date.now() + 200));
        await waitFor(
          'every hidden term stored',
          async () => {
            const hidden = (await started().storage.get()).hiddenTerms;
            return Array.isArray(hidden) && hidden.length === ids.length;
          },
          5_000,
        ).catch(async () => {
          assert.deepEqual((await started().storage.get()).hiddenTerms, [...ids].sort(), 'a change was lost');
        });
        assert.deepEqual((await started().storage.get()).hiddenTerms, [...ids].sort());
      } finally {
        for (const glossary of pages) await glossary.close();
        await started().storage.clear();
      }
    });
  });
}
