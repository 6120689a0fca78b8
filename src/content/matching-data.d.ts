/**
 * What the content script carries of data/ (scripts/matching-data.ts makes it at build time): the
 * glossary compiled and packed (packed-glossary.ts), with each entry's id, term and category
 * (`packedEntries` makes placeholder entries of them). The explanations and the legal registry come
 * from the background when the reader opens the first one (`lazy-explanation-popup.ts`).
 */
declare module 'cchc:packed-glossary' {
  /** Parses the packed glossary (each call a new copy): nothing parsed stays in memory unless kept. */
  const readPacked: () => import('../glossary/packed-glossary.ts').PackedGlossary;
  export default readPacked;
}

/** The term gate's patterns (src/glossary/gate-pattern.ts), made from the bundled glossary at build time. */
declare module 'cchc:term-gate' {
  const patterns: import('../glossary/gate-pattern.ts').GatePatterns;
  export default patterns;
}
