import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextStart } from './start-mode.ts';

describe('nextStart', () => {
  it('starts once, in the mode asked for', () => {
    assert.deepEqual(nextStart(undefined, 'full'), { mode: 'full', action: 'start' });
    assert.deepEqual(nextStart(undefined, 'explain'), { mode: 'explain', action: 'start' });
  });

  it('never starts twice in a frame (the manifest, the registered script and executeScript may all run it)', () => {
    assert.deepEqual(nextStart('full', 'full'), { mode: 'full', action: 'none' });
    assert.deepEqual(nextStart('explain', 'explain'), { mode: 'explain', action: 'none' });
  });

  it('upgrades an explain-only start when the site is turned on, and never steps down', () => {
    assert.deepEqual(nextStart('explain', 'full'), { mode: 'full', action: 'upgrade' });
    assert.deepEqual(nextStart('full', 'explain'), { mode: 'full', action: 'none' });
  });
});
