// The extension starts in real browsers: the content script runs on a news article, and the
// toolbar popup and the options page render in Vietnamese with the version the background answers.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import type { Page } from 'puppeteer-core';
import { projectRoot } from '../../scripts/build-extension.ts';
import { browserNames } from './browsers.ts';
import { waitForContentScript } from './content-script-state.ts';
import { useExtension } from './use-extension.ts';

const vi: Record<string, { message: string }> = JSON.parse(
  readFileSync(path.join(projectRoot, 'src/_locales/vi/messages.json'), 'utf8'),
);
const text = (name: string) => vi[name]?.message ?? assert.fail(`no message ${name}`);

/** What an extension page shows once the background has answered. */
async function readRenderedPage(page: Page) {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('#version')?.dataset.version, {
    timeout: 10_000,
  });
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    heading: document.querySelector('h1')?.textContent,
    intro: document.querySelector('#intro')?.textContent,
    version: document.querySelector('#version')?.textContent,
  }));
}

/** A name only webextension-polyfill's body has (its bundles keep names: they are not minified). */
const POLYFILL_MARKER = 'CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE';

/** Each test's limit: generous for a slow CI machine, but a hang still fails. */
const bounded = { timeout: 30_000 };

const notVietnamese =
  'the page is not in Vietnamese: the browser needs its Vietnamese UI (on Debian the packages chromium-l10n ' +
  'and firefox-esr-l10n-vi, which .ci/run installs; Google Chrome and Edge have every language; a Firefox ' +
  'needs the Vietnamese language pack of its installation, e.g. Fedora’s firefox-langpacks, since the ' +
  'tests start from a fresh profile)';

describe('the built content script', () => {
  // Issue 12: every page pays for the content script's code; the popup's and hover card's code (and
  // @floating-ui) comes on first use, never as a web-accessible file a page could probe at a fixed
  // address (issue 13): imported under a per-session address in Chromium, injected in Firefox.
  for (const browser of ['chrome', 'firefox']) {
    it(`carries no popup or hover-card code (content-ui.js brings it), nor the glossary (the background's) (${browser})`, () => {
      const dist = path.join(projectRoot, 'dist', browser);
      // Chromium's loader imports the code; Firefox's runs after it and imports nothing (content-start.ts).
      const loaderName = browser === 'chrome' ? 'content.js' : 'content-start.js';
      const loader = readFileSync(path.join(dist, loaderName), 'utf8');
      const content = readFileSync(path.join(dist, 'content-main.js'), 'utf8');
      const ui = readFileSync(path.join(dist, 'content-ui.js'), 'utf8');
      // The article's date too: only the popup shows it.
      const markers = ['computePosition = ', 'function createExplanationPopup(', 'function createHoverCard('];
      for (const marker of [...markers, 'function findArticleDate(']) {
        assert.equal(content.includes(marker), false, `content-main.js has ${marker}`);
        assert.equal(ui.includes(marker), true, `content-ui.js lacks ${marker}`);
      }
      // The glossary, the matcher and the own-term checker are the background's (page-matcher.ts).
      const background = readFileSync(path.join(dist, 'background.js'), 'utf8');
      for (const marker of ['function findTerms(', 'cchc_packed_glossary_default', 'function readOwnTerms(']) {
        assert.equal(content.includes(marker), false, `content-main.js has ${marker}`);
        assert.equal(background.includes(marker), true, `background.js lacks ${marker}`);
      }
      // No polyfill in the content script's bundles: they use the browser's own `browser` (native-browser.ts);
      // Chromium's loader imports browser-polyfill.js first where there is none (before 148: bring-code.ts).
      for (const [name, text] of [
        ['content-main.js', content],
        ['content-ui.js', ui],
      ]) {
        assert.equal(text?.includes(POLYFILL_MARKER), false, `${name} carries the polyfill`);
      }
      const polyfill = path.join(dist, 'browser-polyfill.js');
      assert.equal(existsSync(polyfill), browser === 'chrome', 'browser-polyfill.js: Chromium only');
      if (browser === 'chrome') assert.ok(readFileSync(polyfill, 'utf8').includes(POLYFILL_MARKER));
      // The loader stays a few lines: no polyfill, no glossary (content-loader.ts).
      assert.ok(loader.length < 3000, `${loaderName} is ${loader.length} characters`);
      // The one import() is Chromium's loader's (web-ext lint refuses one with a computed address).
      assert.equal(loader.includes('import('), browser === 'chrome', `${loaderName}: import()`);
      assert.equal(content.includes('import('), false, 'content-main.js has an import()');
      assert.equal(existsSync(path.join(dist, browser === 'chrome' ? 'content-start.js' : 'content.js')), false);
      // Only Chromium imports the code, and only under a per-session address (manifest-for.ts).
      const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
      const accessible = manifest.web_accessible_resources ?? [];
      assert.deepEqual(
        accessible,
        browser === 'chrome'
          ? [
              {
                resources: ['content-main.js', 'content-ui.js', 'browser-polyfill.js'],
                matches: ['<all_urls>'],
                use_dynamic_url: true,
              },
            ]
          : [],
      );
      // Chromium compiles the imported module's functions on its streaming thread (compileHinted).
      assert.equal(
        content.startsWith('//# allFunctionsCalledOnLoad\n'),
        true,
        'content-main.js lacks the compile hint',
      );
      // ASCII only, so V8 keeps each frame's copy of the source as one byte per character (asciiBundle).
      for (const [name, text] of [
        [loaderName, loader],
        ['content-main.js', content],
        ['content-ui.js', ui],
      ]) {
        assert.equal(/[\u0080-\uffff]/.test(text ?? ''), false, `${name} has a character above U+007F`);
      }
      // No lazy module initializers (what a dynamic import() inside the bundle makes esbuild write):
      // compiling and calling them was about a fifth of the script's start on every page.
      assert.equal(/\b__esm\(/.test(content), false, 'content-main.js wraps its modules in lazy initializers');
    });
  }

  it("has Chromium's browser-polyfill.js define `browser` where there is none", () => {
    const code = readFileSync(path.join(projectRoot, 'dist/chrome/browser-polyfill.js'), 'utf8');
    // Chromium before 148: only `chrome`. The polyfill wraps it (promises instead of callbacks).
    const sendMessage = (_message: unknown, reply: (answer: unknown) => void) => reply('pong');
    const old: Record<string, unknown> = { chrome: { runtime: { id: 'x', sendMessage } } };
    vm.runInNewContext(code, old);
    const wrapped = old.browser as { runtime: { id: string; sendMessage(message: unknown): Promise<unknown> } };
    assert.equal(wrapped.runtime.id, 'x');
    assert.ok(wrapped !== old.chrome, 'the polyfill should wrap chrome, not hand it back');
    // The loader covers a page's element named "browser" with `undefined` first (bring-code.ts): the
    // polyfill then wraps `chrome` too, and its `browser` replaces the cover.
    const covered: Record<string, unknown> = { chrome: { runtime: { id: 'x', sendMessage } }, browser: undefined };
    vm.runInNewContext(code, covered);
    assert.equal((covered.browser as { runtime: { id: string } }).runtime.id, 'x');
  });
});

for (const browserName of browserNames) {
  describe(browserName, () => {
    const { started, baseUrl } = useExtension(browserName);

    it('runs the content script on a news article, and leaves no mark of it on <html>', bounded, async () => {
      const page = await started().browser.newPage();
      await page.goto(`${baseUrl()}/article.html`, { waitUntil: 'load' });
      const answer = await waitForContentScript(started(), (a) => a.host === '127.0.0.1' && a.terms.length > 0);
      assert.equal(answer.enabled, true);
      // A site must not learn that the reader has the extension, or which version (issue 13).
      const marks = await page.evaluate(() => document.documentElement.getAttributeNames());
      assert.deepEqual(
        marks.filter((name) => name.includes('cchc')),
        [],
      );
      await page.close();
    });

    it('shows the toolbar popup in Vietnamese with the version from the background', bounded, async () => {
      const shown = await readRenderedPage(await started().openToolbarPopup());
      assert.equal(shown.lang, 'vi', notVietnamese);
      assert.equal(shown.title, text('extName'));
      assert.equal(shown.heading, 'Thuật ngữ CCHC');
      assert.equal(shown.intro, text('pageIntro'));
      assert.equal(shown.version, `Phiên bản ${started().version}`);
    });

    it('opens the options page from the popup’s button', bounded, async () => {
      const popup = await started().openToolbarPopup();
      // The popup closes itself once the options page is open, at times before the click's own
      // protocol call returns: that close is the expected outcome, not a failure.
      await popup.click('#open-options').catch((error: Error) => {
        if (!/Target closed/i.test(error.message)) throw error;
      });
      const options = await started().waitForExtensionPage('options.html');
      assert.equal(await options.evaluate(() => document.querySelector('h1')?.textContent), text('optionsTitle'));
    });

    it('shows the options page in Vietnamese with the version from the background', bounded, async () => {
      const shown = await readRenderedPage(await started().openExtensionPage('options.html'));
      assert.equal(shown.lang, 'vi', notVietnamese);
      assert.equal(shown.heading, text('optionsTitle'));
      assert.equal(shown.intro, text('pageIntro'));
      assert.equal(shown.version, `Phiên bản ${started().version}`);
    });

    it('has the background answer a ping and refuse an unknown message', bounded, async () => {
      const page = await started().openExtensionPage('options.html');
      const answers = await page.evaluate(async () => {
        // The extension pages' own `browser` namespace (native in both browsers here).
        const runtime = (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).browser.runtime;
        const ping = await runtime.sendMessage({ type: 'ping' });
        const unknown = await runtime.sendMessage({ type: 'format-disk' }).then(
          () => 'answered',
          (error: Error) => `refused: ${error.message}`,
        );
        return { ping, unknown };
      });
      assert.deepEqual(answers.ping, { pong: true, version: started().version });
      assert.match(answers.unknown, /^refused: .*malformed or unknown/);
    });
  });
}
