/** What the content script carries of data/ (scripts/matching-data.ts makes it at build time). */

/** The term gate's patterns (src/glossary/gate-pattern.ts), made from the bundled glossary at build time. */
declare module 'cchc:term-gate' {
  const patterns: import('../glossary/gate-pattern.ts').GatePatterns;
  export default patterns;
}
