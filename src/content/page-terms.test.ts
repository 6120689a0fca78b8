import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../glossary/types.ts';
import { pageTerms } from './page-terms.ts';
import type { TermHit } from './term-hit.ts';

describe('pageTerms', () => {
  it('lists each term once, in order of first occurrence, with its count and its glossary name', () => {
    const entries = new Map([
      [
        'thu-tuc-hanh-chinh',
        { term: 'thủ tục hành chính', gloss: { vi: 'thủ tục', en: 'administrative procedure' } } as Entry,
      ],
    ]);
    const hits = [
      { id: 'thu-tuc-hanh-chinh', text: 'TTHC', category: 'procedure' },
      { id: 'own-x', text: 'Tổ công tác', category: 'mechanism' },
      { id: 'thu-tuc-hanh-chinh', text: 'thủ tục hành chính', category: 'procedure' },
    ] as TermHit[];
    assert.deepEqual(pageTerms(hits, entries), [
      {
        id: 'thu-tuc-hanh-chinh',
        term: 'thủ tục hành chính',
        category: 'procedure',
        count: 2,
        // The English gloss, for the English interface's list.
        gloss: 'administrative procedure',
      },
      // Not in the map (an own term just deleted): its text on the page names it.
      { id: 'own-x', term: 'Tổ công tác', category: 'mechanism', count: 1 },
    ]);
  });
});
