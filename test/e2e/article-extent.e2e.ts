// The article and nothing else, in the browsers: on each site's page (test/fixtures/site-pages.ts) the
// reform text put into the headline, sapo, body and a caption is highlighted, the same text in the menu,
// a related list and the footer is not, and every highlight lies from the headline through the body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { INSIDE, PLACED_TERMS, SITE_PAGES } from '../fixtures/site-pages.ts';
import { browserNames } from './browsers.ts';
import { useExtension } from './use-extension.ts';

const PLACED = new Set<string>(Object.values(PLACED_TERMS));
// One page load per site (18 sites), about a second each; room for a loaded machine.
const bounded = { timeout: 120_000 };

/** Each highlight's text and whether it lies from `from` through `through`; waits until the scan has settled. */
async function highlights(page: Page, from: string, through: string): Promise<{ text: string; inArticle: boolean }[]> {
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await page.evaluate(
      (fromSelector, throughSelector) => {
        const first = document.querySelector(fromSelector);
        const last = document.querySelector(throughSelector);
        return [...CSS.highlights]
          .filter(([name]) => name.startsWith('cchc-') && name !== 'cchc-current')
          .flatMap(([, highlight]) =>
            [...highlight].map((r) => {
              const range = document.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
              const node = r.startContainer;
              const afterStart = !!first && (first.contains(node) || !!(first.compareDocumentPosition(node) & 4));
              const beforeEnd = !!last && (last.contains(node) || !!(node.compareDocumentPosition(last) & 4));
              return { text: range.toString(), inArticle: afterStart && beforeEnd };
            }),
          );
      },
      from,
      through,
    );
    if (found.length !== last) {
      last = found.length;
      stableSince = Date.now();
    } else if (found.length > 0 && Date.now() - stableSince > 400) return found;
    if (Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);
    it(
      'highlights headline, sapo, body and caption on every site page, and nothing outside the article',
      bounded,
      async () => {
        const page = await started().browser.newPage();
        // Highlights are registered near the viewport only (highlight-terms.ts): a tall one holds the article.
        await page.setViewport({ width: 1280, height: 6000 });
        try {
          for (const site of SITE_PAGES) {
            await page.goto(`${baseUrl()}/news/site-${site.site}.html`, { waitUntil: 'load' });
            const found = await highlights(page, site.from, site.through);
            const placed = found.map((h) => h.text).filter((t) => PLACED.has(t));
            assert.deepEqual(placed.sort(), INSIDE.map((p) => PLACED_TERMS[p]).sort(), site.site);
            for (const h of found)
              assert.ok(h.inArticle, `${site.site}: “${h.text}” is highlighted outside the article`);
          }
        } finally {
          await page.close();
        }
      },
    );
  });
}
