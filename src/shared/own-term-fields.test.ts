import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOwnEntries } from './check-own-entries.ts';
import { entryFromFields, fieldsOfEntry, ownIdFor } from './own-term-fields.ts';

describe('own terms: the editor’s fields', () => {
  it('builds an entry from the editor’s fields, and back', () => {
    const entry = entryFromFields('own-ho-so', {
      term: ' hồ sơ riêng ',
      forms: ['hồ sơ riêng', '', 'HSR', 'hồ sơ riêng'],
      explanation: 'Giải thích.',
      explanationEn: ' ',
      source: '',
      category: 'procedure',
    });
    assert.deepEqual(entry, {
      id: 'own-ho-so',
      term: 'hồ sơ riêng',
      category: 'procedure',
      forms: ['hồ sơ riêng'],
      abbreviations: ['HSR'],
      gloss: { vi: 'hồ sơ riêng' },
      explanation: { vi: 'Giải thích.' },
      legal: [],
      related: [],
      confidence: 'high',
      sources: [],
    });
    assert.deepEqual(checkOwnEntries([entry]), []);
    assert.deepEqual(fieldsOfEntry(entry), {
      term: 'hồ sơ riêng',
      forms: ['hồ sơ riêng', 'HSR'],
      explanation: 'Giải thích.',
      category: 'procedure',
    });
    // No forms given: the term is the form.
    const bare = entryFromFields('own-x', { term: 'Lai Châu', forms: [], explanation: 'x', category: 'procedure' });
    assert.deepEqual(bare.forms, ['Lai Châu']);
  });

  it('makes own- ids from the term, unique', () => {
    assert.equal(ownIdFor('Thuật ngữ Đặc biệt!', new Set()), 'own-thuat-ngu-dac-biet');
    assert.equal(ownIdFor('Lai Châu', new Set(['own-lai-chau', 'own-lai-chau-2'])), 'own-lai-chau-3');
    assert.equal(ownIdFor('…', new Set()), 'own-term');
  });
});
