import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { drawnOnce, EVERYDAY_TERMS } from './everyday-terms.ts';

describe('everyday terms', () => {
  it('are all glossary entries', () => {
    const ids = new Set((glossaryFile as { entries: { id: string }[] }).entries.map((e) => e.id));
    for (const id of EVERYDAY_TERMS) assert.ok(ids.has(id), `${id} is not in the glossary`);
  });

  it('are drawn once by default, each time with "all", and every term once with "first"', () => {
    assert.equal(drawnOnce('everyday-once', 'ubnd'), true);
    assert.equal(drawnOnce('everyday-once', 'thu-tuc-hanh-chinh'), false);
    assert.equal(drawnOnce('all', 'ubnd'), false);
    assert.equal(drawnOnce('first', 'thu-tuc-hanh-chinh'), true);
  });
});
