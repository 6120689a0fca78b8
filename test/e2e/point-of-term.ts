import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';

/** A box on screen, in the viewport's CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The line boxes on screen now of every highlighted occurrence of `text` (ours: `cchc-…` highlights), one
 * list per occurrence in the registry's order. Tests read highlights through here and `pointOfTerm`.
 */
export function termRects(page: Page, text: string): Promise<Box[][]> {
  return page.evaluate((wanted) => {
    const found: { left: number; top: number; right: number; bottom: number }[][] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('cchc-')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== wanted) continue;
        found.push(
          [...range.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom })),
        );
      }
    }
    return found;
  }, text);
}

/** A point inside the first line box of the first highlight that reads `text`, scrolled into view. */
export async function pointOfTerm(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('cchc-')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        // A paragraph taller than the viewport is centred, not the term in it: bring the term itself in.
        const first = range.getClientRects()[0];
        if (first && (first.top < 0 || first.bottom > innerHeight)) window.scrollBy(0, first.top - innerHeight / 2);
        const box = range.getClientRects()[0];
        if (box) return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  return point ?? assert.fail(`no highlight of “${text}”`);
}

/** `pointOfTerm` once the highlight exists: waits up to `ms` for the content script to draw it. */
export async function waitForPointOfTerm(page: Page, text: string, ms = 10_000): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await pointOfTerm(page, text);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
