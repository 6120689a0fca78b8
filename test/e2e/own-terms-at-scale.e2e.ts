// The largest list of own terms the options page and the import accept, on a matched page: the page's
// own 16 ms heartbeat must never wait more than 50 ms because of them (the background checks and compiles
// them; the page only fingerprints the stored list, own-terms-key.ts). The Long Tasks API missed a 2.25 s block once; a timer on the page does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { Entry } from '../../src/glossary/types.ts';
import { checkOwnEntries } from '../../src/shared/check-own-entries.ts';
import { MAX_FORM_LENGTH, MAX_OWN_FORMS, MAX_OWN_TERMS } from '../../src/shared/own-terms.ts';
import { browserNames } from './browsers.ts';
import { useExtension } from './use-extension.ts';

const SYLLABLES = ['quản', 'lý', 'hành', 'chính', 'công', 'dân', 'số', 'hóa', 'trung', 'ương', 'địa', 'phương'];

/** MAX_OWN_TERMS entries of MAX_OWN_FORMS distinct forms of MAX_FORM_LENGTH characters; one form is on the page. */
function largestList(): Entry[] {
  let k = 0;
  const entries: Entry[] = [];
  for (let i = 0; i < MAX_OWN_TERMS; i++) {
    const forms: string[] = [];
    for (let j = 0; j < MAX_OWN_FORMS; j++) {
      let x = k++;
      let form = 'mục';
      for (let d = 0; d < 4; d++) {
        form += ` ${SYLLABLES[x % SYLLABLES.length]}`;
        x = Math.floor(x / SYLLABLES.length);
      }
      while (form.length < MAX_FORM_LENGTH - 6) form += ` ${SYLLABLES[(form.length * 7) % SYLLABLES.length]}`;
      forms.push(form.slice(0, MAX_FORM_LENGTH).trim());
    }
    // The last entry has a form seed-000.html contains: its listing says the whole list is in use.
    if (i === MAX_OWN_TERMS - 1) forms[0] = 'Lai Châu';
    entries.push({
      id: `own-muc-${i}`,
      term: forms[0] as string,
      category: 'procedure',
      forms,
      gloss: { vi: 'Mục thử' },
      explanation: { vi: 'Một mục thử của danh sách lớn nhất được nhận.' },
      legal: [],
      related: [],
      confidence: 'high',
      sources: [],
    });
  }
  return entries;
}

/** Starts a 16 ms timer on every new document of `page`, keeping the longest gap between its ticks. */
async function installHeartbeat(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const beat = { last: performance.now(), maxGap: 0 };
    (globalThis as unknown as { heartbeat: typeof beat }).heartbeat = beat;
    setInterval(() => {
      const now = performance.now();
      beat.maxGap = Math.max(beat.maxGap, now - beat.last);
      beat.last = now;
    }, 16);
  });
}

const longestGap = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { heartbeat: { maxGap: number } }).heartbeat.maxGap);

for (const browserName of browserNames) {
  describe(`own terms at scale (${browserName})`, { timeout: 180_000 }, () => {
    const { started, baseUrl } = useExtension(browserName);

    it('with the largest accepted list stored, the page heartbeat sees no freeze (the background checks and compiles it)', async () => {
      const own = largestList();
      assert.deepEqual(checkOwnEntries(own), [], 'the list is not one the options page accepts');
      assert.equal(checkOwnEntries([...own, { ...(own[0] as Entry), id: 'own-one-more' }]).length > 0, true);
      const page = await started().browser.newPage();
      try {
        await installHeartbeat(page);
        /** The longest gap of each of `loads` loads of the seed page, once `wanted` is highlighted. */
        const measure = async (wanted: string, loads: number) => {
          const gaps: number[] = [];
          for (let load = 0; load < loads; load++) {
            await page.goto(`${baseUrl()}/news/seed-000.html`, { waitUntil: 'load' });
            // Waited for on the page itself: another tab in front would throttle the page's timers.
            await page.waitForFunction(
              (text) =>
                [...CSS.highlights].some(
                  ([name, h]) =>
                    name.startsWith('cchc-') &&
                    [...h].some((r) => r.startContainer.nodeValue?.slice(r.startOffset, r.endOffset) === text),
                ),
              { timeout: 60_000, polling: 100 },
              wanted,
            );
            await new Promise((resolve) => setTimeout(resolve, 300));
            gaps.push(Math.round(await longestGap(page)));
          }
          return gaps;
        };
        await started().storage.set({ markOwnTermsOnPage: true });
        const without = await measure('Trung tâm Phục vụ hành chính công', 3);
        // Marked on the page (not the default) so the page itself shows when the whole list is in use.
        await started().storage.set({ ownTerms: own });
        await page.bringToFront();
        const gaps = await measure('Lai Châu', 3);
        console.log(`# ${browserName}: longest heartbeat gap per load without own terms: ${without} ms`);
        console.log(`# ${browserName}: longest heartbeat gap per load with ${MAX_OWN_TERMS} own terms: ${gaps} ms`);
        // A 16 ms timer waits up to 16 ms by itself: a gap over 66 ms is a block of more than 50 ms. On this
        // shared 2-core machine (load average 15 to 28) the page load alone shows 40 to 400 ms gaps without
        // any own term, so the bound is the median load's longest gap against the longest the same page
        // showed without own terms, plus LOAD_NOISE_MS. When the page still compiled the list itself (before
        // session 9) that failed the unsliced compile and slicing by `scheduler.yield()` (which starves page
        // timers: 1.7 to 3.5 s here); since then the background does it and the page only fingerprints it.
        const LOAD_NOISE_MS = 150;
        const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
        const allowed = Math.max(66, Math.max(...without) + LOAD_NOISE_MS);
        assert.ok(median(gaps) <= allowed, `the page waited ${median(gaps)} ms (allowed ${allowed} ms)`);
      } finally {
        await page.close();
        await started().storage.clear();
      }
    });
  });
}
