import type { Entry } from '../glossary/types.ts';

// Test support, imported by unit and e2e tests only: no product module imports it.

/** A valid own entry ("Lai Châu"), with `extra` fields replacing its own. */
export function exampleOwnEntry(id: string, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    term: 'Lai Châu',
    category: 'local-government',
    forms: ['Lai Châu'],
    gloss: { vi: 'Lai Châu' },
    explanation: { vi: 'Một tỉnh miền núi phía Bắc.', en: 'A northern mountain province.' },
    legal: [],
    related: [],
    confidence: 'high',
    sources: ['https://laichau.gov.vn/'],
    ...extra,
  };
}
