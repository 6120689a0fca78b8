import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import type { MessageName } from '../shared/get-message.ts';
import { TITLE_ID } from '../shared/render-explanation.ts';
import { renderUnknownTerm } from './render-unknown-term.ts';

/** Names the message instead of translating it, so the tests see which one was used. */
const t = (name: MessageName) => (name === 'lang' ? 'en' : `[${name}]`);

before(() => {
  // createElement() builds in the global document, as it does in the page.
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  globalThis.document = document as unknown as Document;
});

describe('renderUnknownTerm', () => {
  it('quotes the selection as the focusable heading, in the page’s language, and says it is unknown', () => {
    const content = renderUnknownTerm('một của', { t, pageLang: 'vi', onAdd: undefined });
    const title = content.querySelector(`#${TITLE_ID}`) as HTMLElement;
    assert.equal(title.localName, 'h2');
    assert.equal(title.textContent, '“một của”');
    assert.equal(title.lang, 'vi');
    assert.equal(title.tabIndex, -1);
    assert.equal(content.lang, 'en');
    assert.equal(content.querySelector('.gloss')?.textContent, '[popupUnknown]');
  });

  it('asks for a shorter selection when nothing may be added', () => {
    const content = renderUnknownTerm('x', { t, pageLang: 'vi', onAdd: undefined });
    assert.equal(content.querySelector('button'), null);
    assert.equal(content.querySelector('.caveat')?.textContent, '[popupSelectShorter]');
  });

  it('offers to add it, and ignores a click that a script made', () => {
    let added = 0;
    const content = renderUnknownTerm('Tổ công tác', { t, pageLang: 'vi', onAdd: () => added++ });
    const add = content.querySelector('button.add-own') as HTMLButtonElement;
    assert.equal(add.textContent, '[popupAddOwn]');
    assert.equal(add.type, 'button');
    assert.equal(content.querySelector('.caveat'), null);
    add.dispatchEvent(new (globalThis.document.defaultView as Window & typeof globalThis).Event('click'));
    assert.equal(added, 0);
  });

  it('puts the selection in as text, never as markup', () => {
    const content = renderUnknownTerm('<img src=x onerror=alert(1)>', { t, pageLang: 'vi', onAdd: undefined });
    assert.equal(content.querySelector('img'), null);
    assert.equal(content.querySelector('h2')?.textContent, '“<img src=x onerror=alert(1)>”');
  });
});
