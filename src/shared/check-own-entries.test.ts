import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readOwnTerms, readOwnTermsInSlices } from './check-own-entries.ts';
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

describe('readOwnTermsInSlices', () => {
  it('keeps and drops what readOwnTerms does, pausing once a slice has taken its time', async () => {
    const a = own('own-a');
    const dup = { ...own('own-b'), forms: a.forms };
    const lists: unknown[] = [undefined, 'x', [a, { id: 'own-b' }, own('x-c'), dup, own('own-a'), own('own-d')]];
    let clock = 0;
    let pauses = 0;
    const slicing = {
      now: () => clock++,
      sliceMs: 2,
      pause: async () => {
        pauses++;
      },
    };
    for (const stored of lists) {
      assert.deepEqual(await readOwnTermsInSlices(stored, slicing), readOwnTerms(stored));
    }
    assert.ok(pauses > 0, 'never paused');
  });
});
