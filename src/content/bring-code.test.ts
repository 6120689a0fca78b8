import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bringCode, CONTENT_MAIN_FILE, POLYFILL_FILE } from './bring-code.ts';

describe('bringCode', () => {
  const importer = () => {
    const imported: string[] = [];
    return { imported, importFile: async (file: string) => void imported.push(file) };
  };

  it("imports only the content script's code where the browser has its own `browser` (Firefox, Chromium 148+)", async () => {
    const { imported, importFile } = importer();
    await bringCode({ browser: { runtime: { id: 'abc' } } }, importFile);
    assert.deepEqual(imported, [CONTENT_MAIN_FILE]);
  });

  it('imports the polyfill first, and waits for it, where `browser` is missing or not the extension API', async () => {
    for (const shared of [{}, { browser: {} }, { browser: { runtime: {} } }]) {
      const imported: string[] = [];
      let polyfillDone = false;
      await bringCode(shared, async (file) => {
        if (file === CONTENT_MAIN_FILE) assert.equal(polyfillDone, true, 'the code came before the polyfill ran');
        imported.push(file);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (file === POLYFILL_FILE) polyfillDone = true;
      });
      assert.deepEqual(imported, [POLYFILL_FILE, CONTENT_MAIN_FILE]);
    }
  });
});
