import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rateLimit } from './tab-opening-limit.ts';

describe('rateLimit', () => {
  it('allows max actions per window, then refuses until the oldest leaves the window', () => {
    let now = 0;
    const allow = rateLimit(3, 60_000, () => now);
    assert.deepEqual([allow(), allow(), allow(), allow()], [true, true, true, false]);
    now = 59_999;
    assert.equal(allow(), false);
    now = 60_000; // the three first ones are a full window old
    assert.deepEqual([allow(), allow(), allow(), allow()], [true, true, true, false]);
  });
});
