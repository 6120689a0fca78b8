import type { DocumentRegistry, Entry, GlossaryFile, LegalDocument } from '../src/glossary/types.ts';

/**
 * An entry reduced to what the page's matcher, the toolbar list and "Explain term" read; the
 * explanation fields stay as empty placeholders so the object keeps its type. The content script ships
 * this (about a tenth of the glossary) and asks the background for the rest on the first explanation.
 */
export function matchingEntry(entry: Entry): Entry {
  const { id, term, category, forms, abbreviations, documents, citationCodes, context } = entry;
  return {
    id,
    term,
    category,
    forms,
    ...(abbreviations && { abbreviations }),
    ...(documents && { documents }),
    ...(citationCodes && { citationCodes }),
    ...(context && { context }),
    gloss: { vi: '' },
    explanation: { vi: '' },
    legal: [],
    related: [],
    confidence: entry.confidence,
    sources: [],
  };
}

/** A registry record reduced to what compiling the glossary reads (its number, to find it in text). */
export function matchingDocument(doc: LegalDocument): LegalDocument {
  return { id: doc.id, type: doc.type, number: doc.number, title: { vi: '' }, issuer: { vi: '' }, sources: [] };
}

export function matchingGlossary(file: GlossaryFile): GlossaryFile {
  return { entries: file.entries.map(matchingEntry) };
}

export function matchingDocuments(registry: DocumentRegistry): DocumentRegistry {
  return { checked: registry.checked, documents: registry.documents.map(matchingDocument) };
}
