import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import manifest from '../../manifest.json' with { type: 'json' };
import { answerTabMessage, isTabMessage, type TabHandlers, termCommands } from './messages-to-tab.ts';

describe('tab messages', () => {
  it('accepts exactly the move-to-term message', () => {
    assert.equal(isTabMessage({ type: 'move-to-term', direction: 'next' }), true);
    assert.equal(isTabMessage({ type: 'move-to-term', direction: 'previous' }), true);
    assert.equal(isTabMessage({ type: 'move-to-term', direction: 'up' }), false);
    assert.equal(isTabMessage({ type: 'move-to-term', direction: 'next', extra: 1 }), false);
    assert.equal(isTabMessage({ type: 'ping' }), false);
    assert.equal(isTabMessage(null), false);
    assert.equal(isTabMessage('move-to-term'), false);
  });

  it('accepts the toolbar popup’s questions, with a glossary id and nothing more', () => {
    assert.equal(isTabMessage({ type: 'get-page-terms' }), true);
    assert.equal(isTabMessage({ type: 'get-page-terms', all: true }), false);
    assert.equal(isTabMessage({ type: 'show-term', id: 'thu-tuc-hanh-chinh' }), true);
    for (const id of ['', 'Thu tuc', '<img>', 'a--b', 42, undefined, 'x'.repeat(201)]) {
      assert.equal(isTabMessage({ type: 'show-term', id }), false, String(id));
    }
    assert.equal(isTabMessage({ type: 'show-term', id: 'a', extra: 1 }), false);
    assert.equal(isTabMessage({ type: 'toString' }), false);
    assert.equal(isTabMessage([]), false);
  });

  it('accepts a selection to explain, of a term’s length, and nothing more', () => {
    assert.equal(isTabMessage({ type: 'explain-selection', text: 'một cửa liên thông' }), true);
    assert.equal(isTabMessage({ type: 'explain-selection', text: '' }), true);
    assert.equal(isTabMessage({ type: 'explain-selection', text: 'x'.repeat(301) }), false);
    assert.equal(isTabMessage({ type: 'explain-selection', text: 3 }), false);
    assert.equal(isTabMessage({ type: 'explain-selection', text: 'a', html: '<b>' }), false);
  });

  it('has a manifest command with a suggested key and a description for each term command', () => {
    const commands = manifest.commands as Record<
      string,
      { suggested_key?: { default?: string }; description?: string }
    >;
    for (const name of Object.keys(termCommands)) {
      assert.match(commands[name]?.suggested_key?.default ?? '', /^Alt\+Shift\+/);
      assert.match(commands[name]?.description ?? '', /^__MSG_\w+__$/);
    }
  });
});

describe('answerTabMessage', () => {
  const handlers: TabHandlers = {
    'move-to-term': () => undefined,
    'get-page-terms': () => ({ host: 'a.vn', enabled: true, terms: [] }),
    'show-term': ({ id }) => ({ shown: id === 'x' }),
    'explain-selection': ({ text }) => ({ found: text === '' ? undefined : 'x' }),
  };

  it('passes a well-formed message to its handler and returns its answer', async () => {
    assert.deepEqual(await answerTabMessage(handlers, { type: 'show-term', id: 'x' }), { shown: true });
    assert.deepEqual(await answerTabMessage(handlers, { type: 'get-page-terms' }), {
      host: 'a.vn',
      enabled: true,
      terms: [],
    });
  });

  it('rejects a malformed or unknown message', async () => {
    await assert.rejects(answerTabMessage(handlers, { type: 'show-term', id: '<b>' }), /malformed or unknown/);
    await assert.rejects(answerTabMessage(handlers, { type: 'ping' }), /malformed or unknown/);
  });
});
