/**
 * The explanations and the legal registry (data/glossary.json's entries, data/documents.json), as the
 * build bundles them into the background (scripts/build-extension.ts): a function that parses them, so a
 * wake of the service worker that is not for an explanation does not.
 */
declare module 'cchc:explanation-data' {
  const readExplanationData: () => {
    entries: import('../glossary/types.ts').Entry[];
    documents: import('../glossary/types.ts').DocumentRegistry;
  };
  export default readExplanationData;
}
