import documentsFile from '../../data/documents.json' with { type: 'json' };
import { type DocumentIndex, indexDocuments } from './document-registry.ts';
import type { DocumentRegistry, LegalDocument } from './types.ts';

/** The bundled registry indexed, for code that reads it outside the page (tests, scripts). */
export function bundledDocuments(): DocumentIndex {
  return indexDocuments(documentsFile as DocumentRegistry);
}

/** Registry records for tests that build small glossaries: just enough for their numbers to resolve. */
export function testDocuments(...numbers: [id: string, number: string][]): ReadonlyMap<string, LegalDocument> {
  return new Map(
    numbers.map(([id, number]) => [
      id,
      {
        id,
        type: 'nghi-dinh',
        number,
        title: { vi: '-', en: '-' },
        issuer: { vi: '-', en: '-' },
        sources: [],
      },
    ]),
  );
}
