import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerBackgroundRequest, type BackgroundHandlers, isBackgroundRequest } from './messages-to-background.ts';

const handlers: BackgroundHandlers = {
  ping: () => ({ pong: true, version: '9.9.9' }),
  'report-terms': ({ count }, sender) => ({ badge: `${count}@${sender.tabId}` }),
  'add-own-term': () => ({ opened: true }),
  'site-granted': () => ({ done: true }),
  'explanation-data': () => ({ entries: [], documents: { checked: '2026-01-01', documents: [] } }),
  'change-list-setting': ({ item }) => ({ list: [item] }),
  'hide-term': ({ id }) => ({ list: [id] }),
  'migrate-storage': () => ({ quarantined: [] }),
  'load-content-ui': () => ({ injected: true }),
  'find-terms': () => ({ spans: [], entries: [], extras: {} }),
  'term-of-selection': () => ({ found: null }),
};

describe('isBackgroundRequest', () => {
  it('accepts a well-formed ping', () => {
    assert.equal(isBackgroundRequest({ type: 'ping' }), true);
  });

  it('accepts a request for the explanation data, and nothing added to it', () => {
    assert.equal(isBackgroundRequest({ type: 'explanation-data' }), true);
    assert.equal(isBackgroundRequest({ type: 'explanation-data', ids: ['x'] }), false);
  });

  it('accepts a text to match with its own-terms fingerprint, of bounded size, and nothing more', () => {
    assert.equal(isBackgroundRequest({ type: 'find-terms', text: 'thủ tục', own: '' }), true);
    assert.equal(isBackgroundRequest({ type: 'find-terms', text: 'thủ tục' }), false);
    assert.equal(isBackgroundRequest({ type: 'find-terms', text: 1, own: '' }), false);
    assert.equal(isBackgroundRequest({ type: 'find-terms', text: 'x', own: 'k'.repeat(65) }), false);
    assert.equal(isBackgroundRequest({ type: 'find-terms', text: 'x'.repeat(1_000_001), own: '' }), false);
    assert.equal(isBackgroundRequest({ type: 'find-terms', text: 'x', own: '', extra: 1 }), false);
    assert.equal(isBackgroundRequest({ type: 'term-of-selection', text: 'UBND', own: '' }), true);
    assert.equal(isBackgroundRequest({ type: 'term-of-selection', text: 'x'.repeat(100_001), own: '' }), false);
  });

  it('accepts a request for the UI code, and nothing added to it (no file name a page could choose)', () => {
    assert.equal(isBackgroundRequest({ type: 'load-content-ui' }), true);
    assert.equal(isBackgroundRequest({ type: 'load-content-ui', file: 'background.js' }), false);
  });

  it('accepts a term count for the badge, and only a whole number in range', () => {
    assert.equal(isBackgroundRequest({ type: 'report-terms', count: 0 }), true);
    assert.equal(isBackgroundRequest({ type: 'report-terms', count: 12 }), true);
    for (const count of [-1, 1.5, '3', Number.NaN, 1e9, null]) {
      assert.equal(isBackgroundRequest({ type: 'report-terms', count }), false, String(count));
    }
    assert.equal(isBackgroundRequest({ type: 'report-terms' }), false);
    assert.equal(isBackgroundRequest({ type: 'report-terms', count: 1, tabId: 3 }), false);
  });

  it('accepts a list change only for a list setting and an item of its kind', () => {
    assert.equal(
      isBackgroundRequest({ type: 'change-list-setting', name: 'hiddenTerms', item: 'mot-cua', present: true }),
      true,
    );
    assert.equal(
      isBackgroundRequest({ type: 'change-list-setting', name: 'disabledSites', item: 'a.vn', present: false }),
      true,
    );
    assert.equal(
      isBackgroundRequest({ type: 'change-list-setting', name: 'hiddenCategories', item: 'procedure', present: true }),
      true,
    );
    for (const bad of [
      { name: 'showBadge', item: 'x', present: true },
      { name: 'hiddenCategories', item: 'nope', present: true },
      { name: 'disabledSites', item: 'a b', present: true },
      { name: 'hiddenTerms', item: 'Mot Cua', present: true },
      { name: 'hiddenTerms', item: 'x', present: 'yes' },
    ]) {
      assert.equal(isBackgroundRequest({ type: 'change-list-setting', ...bad }), false, JSON.stringify(bad));
    }
    assert.equal(isBackgroundRequest({ type: 'hide-term', id: 'mot-cua' }), true);
    assert.equal(isBackgroundRequest({ type: 'hide-term', id: '<b>' }), false);
  });

  it('takes list changes and migrations from our pages only, hiding a term from a tab too', async () => {
    const page = { tabId: 3, frameId: 0 };
    const ours = { extensionPage: true };
    const change = { type: 'change-list-setting', name: 'disabledSites', item: 'a.vn', present: true };
    await assert.rejects(answerBackgroundRequest(handlers, change, page), /not accepted/);
    assert.deepEqual(await answerBackgroundRequest(handlers, change, ours), { list: ['a.vn'] });
    await assert.rejects(answerBackgroundRequest(handlers, { type: 'migrate-storage' }, page), /not accepted/);
    assert.deepEqual(await answerBackgroundRequest(handlers, { type: 'hide-term', id: 'x' }, page), { list: ['x'] });
  });

  it('refuses unknown types, extra fields and non-objects', () => {
    for (const value of [
      { type: 'pong' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'ping', extra: 1 },
      {},
      [],
      null,
      undefined,
      'ping',
      42,
    ]) {
      assert.equal(isBackgroundRequest(value), false, JSON.stringify(value));
    }
  });
});

describe('add-own-term', () => {
  it('takes one non-blank term of reasonable length', () => {
    assert.equal(isBackgroundRequest({ type: 'add-own-term', term: 'Bộ phận tiếp nhận' }), true);
    for (const term of ['', '   ', 'x'.repeat(301), 42, undefined]) {
      assert.equal(isBackgroundRequest({ type: 'add-own-term', term }), false, String(term));
    }
    assert.equal(isBackgroundRequest({ type: 'add-own-term', term: 'a', url: 'https://x' }), false);
  });
});

describe('site-granted', () => {
  it('names one host, nothing else', () => {
    assert.equal(isBackgroundRequest({ type: 'site-granted', site: 'baodautu.vn' }), true);
    for (const site of ['', '*://*/*', 'https://baodautu.vn', 'a b', 42]) {
      assert.equal(isBackgroundRequest({ type: 'site-granted', site }), false, String(site));
    }
    assert.equal(isBackgroundRequest({ type: 'site-granted', site: 'a.vn', tabId: 1 }), false);
  });
});

describe('answerBackgroundRequest', () => {
  it('answers a ping through its handler', async () => {
    assert.deepEqual(await answerBackgroundRequest(handlers, { type: 'ping' }), { pong: true, version: '9.9.9' });
  });

  it('passes the sender to the handler', async () => {
    assert.deepEqual(await answerBackgroundRequest(handlers, { type: 'report-terms', count: 4 }, { tabId: 7 }), {
      badge: '4@7',
    });
  });

  it('accepts each request only from its kind of sender', async () => {
    const page = { tabId: 7, frameId: 0 };
    const ours = { tabId: 8, frameId: 0, extensionPage: true };
    await assert.rejects(
      answerBackgroundRequest(handlers, { type: 'site-granted', site: 'a.vn' }, page),
      /not accepted/,
    );
    await assert.rejects(answerBackgroundRequest(handlers, { type: 'report-terms', count: 4 }, ours), /not accepted/);
    await assert.rejects(
      answerBackgroundRequest(handlers, { type: 'add-own-term', term: 'x y' }, ours),
      /not accepted/,
    );
    await assert.rejects(answerBackgroundRequest(handlers, { type: 'add-own-term', term: 'x y' }, {}), /not accepted/);
    assert.deepEqual(await answerBackgroundRequest(handlers, { type: 'ping' }, page), { pong: true, version: '9.9.9' });
    assert.deepEqual(await answerBackgroundRequest(handlers, { type: 'ping' }, ours), { pong: true, version: '9.9.9' });
  });

  it('rejects a malformed or unknown message without calling a handler', async () => {
    let called = false;
    const spy: BackgroundHandlers = {
      ping: () => {
        called = true;
        return { pong: true, version: '0' };
      },
      'report-terms': () => {
        called = true;
        return { badge: '' };
      },
      'add-own-term': () => {
        called = true;
        return { opened: false };
      },
      'site-granted': () => {
        called = true;
        return { done: false };
      },
      'explanation-data': () => {
        called = true;
        return { entries: [], documents: { checked: '2026-01-01', documents: [] } };
      },
      'change-list-setting': () => {
        called = true;
        return { list: [] };
      },
      'hide-term': () => {
        called = true;
        return { list: [] };
      },
      'migrate-storage': () => {
        called = true;
        return { quarantined: [] };
      },
      'load-content-ui': () => {
        called = true;
        return { injected: false };
      },
      'find-terms': () => {
        called = true;
        return { spans: [], entries: [], extras: {} };
      },
      'term-of-selection': () => {
        called = true;
        return { found: null };
      },
    };
    await assert.rejects(answerBackgroundRequest(spy, { type: 'nope' }), /malformed or unknown/);
    await assert.rejects(answerBackgroundRequest(spy, { type: 'ping', payload: '<img>' }), /malformed or unknown/);
    assert.equal(called, false);
  });
});
