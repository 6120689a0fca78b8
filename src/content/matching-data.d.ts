/**
 * What the content script carries of data/: only what matching needs (scripts/matching-data.ts makes it
 * at build time). Entries keep id, term, category, forms, abbreviations, documents, citation codes and
 * context rules; their explanation fields are empty placeholders. Registry records keep id, type and
 * number. The explanations come from the background when the reader opens the first one
 * (`lazy-explanation-popup.ts`).
 */
declare module 'cchc:matching-glossary' {
  const glossary: { entries: import('../glossary/types.ts').Entry[] };
  export default glossary;
}
declare module 'cchc:matching-documents' {
  const documents: import('../glossary/types.ts').DocumentRegistry;
  export default documents;
}
