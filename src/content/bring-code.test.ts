import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bringCode, CONTENT_MAIN_FILE, type ExtensionGlobals, hasNativeBrowser, POLYFILL_FILE } from './bring-code.ts';

describe('bringCode', () => {
  const runtime = { id: 'abc' };

  it("imports only the content script's code where `browser` is the browser's own (Chromium 148+)", async () => {
    const imported: string[] = [];
    const shared = { browser: { runtime }, chrome: { runtime } };
    assert.equal(hasNativeBrowser(shared), true);
    await bringCode(shared, async (file) => void imported.push(file));
    assert.deepEqual(imported, [CONTENT_MAIN_FILE]);
  });

  it('imports the polyfill first, and waits for it, where `browser` is missing or a page element so named', async () => {
    // A form named "browser" with a field named "runtime" whose id is a string fools a `runtime.id` test.
    const element = { runtime: { id: 'field' } };
    for (const browser of [undefined, {}, { runtime: {} }, element]) {
      const shared: ExtensionGlobals = { browser, chrome: { runtime } };
      assert.equal(hasNativeBrowser(shared), false);
      const imported: string[] = [];
      let polyfillDone = false;
      await bringCode(shared, async (file) => {
        if (file === POLYFILL_FILE) assert.equal(shared.browser, undefined, 'the element is not covered');
        if (file === CONTENT_MAIN_FILE) assert.equal(polyfillDone, true, 'the code came before the polyfill ran');
        imported.push(file);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (file === POLYFILL_FILE) polyfillDone = true;
      });
      assert.deepEqual(imported, [POLYFILL_FILE, CONTENT_MAIN_FILE]);
    }
  });
});
