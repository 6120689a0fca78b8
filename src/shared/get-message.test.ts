import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const localesDir = new URL('../_locales/', import.meta.url);
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, localesDir), 'utf8'));
const locales = readdirSync(localesDir);
const vi = read('vi');

// getMessage() is typed by the Vietnamese (default) file; these checks keep the other locales in step.
describe('UI strings', () => {
  it('come in Vietnamese and English', () => {
    assert.deepEqual(locales.sort(), ['en', 'vi']);
  });

  for (const locale of locales) {
    it(`${locale} has exactly the Vietnamese names, placeholders and no empty message`, () => {
      const messages = read(locale);
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(vi).sort());
      for (const [name, entry] of Object.entries(messages)) {
        assert.ok(entry.message.trim() !== '', `${locale}.${name} is empty`);
        assert.deepEqual(Object.keys(entry.placeholders ?? {}), Object.keys(vi[name]?.placeholders ?? {}), name);
      }
      assert.equal(messages.lang?.message, locale);
    });
  }

  it('keep the store description within 132 characters', () => {
    for (const locale of locales) assert.ok([...(read(locale).extDescription?.message ?? '')].length <= 132, locale);
  });
});
