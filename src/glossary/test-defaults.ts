import type { Entry } from './types.ts';

/**
 * The fields of an entry that matching does not read, for tests that build small glossaries:
 * `{ ...testDefaults, id, term, category, forms }` is a valid entry.
 */
export const testDefaults: Pick<Entry, 'gloss' | 'explanation' | 'legal' | 'related' | 'confidence' | 'sources'> = {
  gloss: { vi: '-' },
  explanation: { vi: '-' },
  legal: [],
  related: [],
  confidence: 'high',
  sources: ['https://example.org/'],
};
