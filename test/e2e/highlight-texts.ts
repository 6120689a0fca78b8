import type { Frame, Page } from 'puppeteer-core';

/**
 * The texts of our highlights on the page (or in a frame), as the registry holds them now: the
 * registry is shared with the page's world, so the page can read it.
 */
export function highlightTexts(page: Page | Frame): Promise<string[]> {
  const frame = 'mainFrame' in page ? page.mainFrame() : page;
  return frame.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('cchc-') && name !== 'cchc-current')
      .flatMap(([, highlight]) =>
        [...highlight].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      ),
  );
}
