import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedList } from '../shared/settings-values.ts';
import { serial } from './storage-queue.ts';

/** A store whose reads and writes each take a turn of the event loop, as `storage.local` does. */
function slowStore(initial: string[]) {
  let list = initial;
  const turn = () => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    read: async () => {
      await turn();
      return list;
    },
    write: async (next: string[]) => {
      await turn();
      list = next;
    },
    now: () => list,
  };
}

describe('storage queue', () => {
  it('keeps every one of several list changes asked for at once', async () => {
    const store = slowStore(['a.vn']);
    const add = (site: string) =>
      serial(async () => store.write(changedList('disabledSites', await store.read(), site, true)));
    await Promise.all([add('b.vn'), add('c.vn'), add('d.vn')]);
    assert.deepEqual(store.now(), ['a.vn', 'b.vn', 'c.vn', 'd.vn']);
  });

  it('(the store loses changes without it: the test above can fail)', async () => {
    const store = slowStore(['a.vn']);
    const add = async (site: string) => store.write(changedList('disabledSites', await store.read(), site, true));
    await Promise.all([add('b.vn'), add('c.vn')]);
    assert.equal(store.now().length, 2);
  });

  it('goes on after a failed task', async () => {
    await assert.rejects(serial(() => Promise.reject(new Error('boom'))));
    assert.equal(await serial(async () => 7), 7);
  });
});

describe('changedList', () => {
  it('adds and removes sites and terms sorted, categories in the glossary’s order, once each', () => {
    assert.deepEqual(changedList('hiddenTerms', ['b'], 'a', true), ['a', 'b']);
    assert.deepEqual(changedList('hiddenTerms', ['a', 'b'], 'a', true), ['a', 'b']);
    assert.deepEqual(changedList('disabledSites', ['a.vn', 'b.vn'], 'a.vn', false), ['b.vn']);
    assert.deepEqual(changedList('hiddenCategories', ['index'], 'procedure', true), ['procedure', 'index']);
  });

  it('takes no new item into a list at its limit', () => {
    const full = Array.from({ length: 500 }, (_, i) => `s${i}.vn`);
    assert.equal(changedList('addedSites', full, 'new.vn', true).length, 500);
    assert.equal(changedList('addedSites', full, 's1.vn', false).length, 499);
  });
});
