import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../glossary/types.ts';
import { EntriesById } from './entries-by-id.ts';

const entry = (id: string): Entry => ({
  id,
  term: id,
  category: 'procedure',
  forms: [id],
  gloss: { vi: '' },
  explanation: { vi: '' },
  legal: [],
  related: [],
  confidence: 'high',
  sources: [],
});

describe('EntriesById (the bundled entries, made on first use)', () => {
  it('reads its source only when first used, and only once', () => {
    let reads = 0;
    const map = new EntriesById(() => {
      reads++;
      return [entry('a'), entry('b')];
    });
    assert.equal(reads, 0);
    assert.equal(map.get('a')?.id, 'a');
    assert.equal(map.size, 2);
    assert.deepEqual([...map.keys()], ['a', 'b']);
    assert.equal(reads, 1);
  });

  it('every way of reading or changing it sees the source first (own entries after the bundled ones)', () => {
    const uses: [string, (m: EntriesById) => unknown, unknown][] = [
      ['size', (m) => m.size, 2],
      ['has', (m) => m.has('b'), true],
      ['get', (m) => m.get('b')?.id, 'b'],
      ['iterator', (m) => [...m].map(([id]) => id), ['a', 'b']],
      ['entries', (m) => [...m.entries()].map(([id]) => id), ['a', 'b']],
      ['values', (m) => [...m.values()].map((e) => e.id), ['a', 'b']],
      ['keys', (m) => [...m.keys()], ['a', 'b']],
      [
        'forEach',
        (m) => {
          const ids: string[] = [];
          m.forEach((_, id) => {
            ids.push(id);
          });
          return ids;
        },
        ['a', 'b'],
      ],
      ['set', (m) => [...m.set('own-c', entry('own-c')).keys()], ['a', 'b', 'own-c']],
      ['delete', (m) => [m.delete('a'), [...m.keys()]], [true, ['b']]],
    ];
    for (const [name, use, expected] of uses) {
      assert.deepEqual(use(new EntriesById(() => [entry('a'), entry('b')])), expected, name);
    }
    // A list is used as it is (unit tests pass the entries themselves).
    assert.deepEqual([...new EntriesById([entry('x')]).keys()], ['x']);
  });
});
