/**
 * The glossary compiled and packed at build time (scripts/matching-data.ts, packed-glossary.ts), with
 * each entry's id, term and category (`packedEntries` makes placeholder entries of them): what the
 * background matches pages' texts with (background/page-matcher.ts) and the options page lists.
 */
declare module 'cchc:packed-glossary' {
  /** Parses the packed glossary (each call a new copy): nothing parsed stays in memory unless kept. */
  const readPacked: () => import('../glossary/packed-glossary.ts').PackedGlossary;
  export default readPacked;
}
