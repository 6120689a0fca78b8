import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';

/** What the tests compare of a page with and without the extension. */
export interface PageSnapshot {
  /** `body.innerText`: the text as rendered. */
  text: string;
  /** The article's (or else the body's) outerHTML. */
  article: string;
  /** The data of every text node in the article, in order: split text nodes show here, not in outerHTML. */
  textNodes: string[];
}

/** Reads a snapshot of the page (no named inner functions: the test runner's transform would reference a helper the page lacks). */
export function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const article = document.querySelector('article') ?? document.body;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const textNodes: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push((node as Text).data);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change
    return { text: document.body.innerText, article: article.outerHTML, textNodes };
  });
}

/**
 * The same page as the browser shows it without the extension: loaded through `localhost`, which the
 * manifest's `http://127.0.0.1/*` does not match, so no content script runs there (checked). A frame in
 * the page itself would not do: the content script runs in same-origin srcdoc and about:blank frames.
 */
export async function snapshotWithoutExtension(browser: Browser, url: string, page: Page): Promise<PageSnapshot> {
  const address = new URL(url);
  address.hostname = 'localhost';
  const plain = await browser.newPage();
  try {
    await plain.setViewport(page.viewport() ?? { width: 1280, height: 800 });
    await plain.goto(address.href, { waitUntil: 'load' });
    // Long enough for the content script to have highlighted the page, were it running here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ran = await plain.evaluate(() => [...CSS.highlights.keys()].some((name) => name.startsWith('cchc-')));
    assert.equal(ran, false, `the content script ran on ${address.href}`);
    return await snapshot(plain);
  } finally {
    await plain.close();
    await page.bringToFront(); // a background tab's scan is throttled in headless Chromium
  }
}
