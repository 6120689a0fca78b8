import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readOwnTerms } from './check-own-entries.ts';
import { exampleOwnEntry as own } from './example-own-entry.ts';

// The checker's rules are tested through importOwnTerms (own-terms-file.test.ts), the path files take.
describe('readOwnTerms', () => {
  it('drops corrupt stored entries and counts them', () => {
    assert.deepEqual(readOwnTerms(undefined), { entries: [], dropped: 0 });
    assert.deepEqual(readOwnTerms('x'), { entries: [], dropped: 1 });
    const good = own('own-a');
    assert.deepEqual(readOwnTerms([good, { id: 'own-b' }, own('x-c')]), { entries: [good], dropped: 2 });
  });
});
