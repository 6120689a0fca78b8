import { compileGlossary } from '../src/glossary/compile-glossary.ts';
import { indexDocuments } from '../src/glossary/document-registry.ts';
import { type GatePatterns, gatePatterns, trieForms } from '../src/glossary/gate-pattern.ts';
import { type PackedGlossary, packGlossary } from '../src/glossary/packed-glossary.ts';
import type { DocumentRegistry, GlossaryFile } from '../src/glossary/types.ts';

/**
 * What the content script carries of data/: the glossary compiled with the registry's numbers, packed
 * (src/glossary/packed-glossary.ts), with each entry's id, term and category. Explanations, notes on
 * documents and the registry itself stay in the background, which sends them on the first explanation.
 */
export function packedGlossary(file: GlossaryFile, registry: DocumentRegistry): PackedGlossary {
  return packGlossary(compileGlossary(file.entries, indexDocuments(registry).byId), file.entries);
}

/** The term gate's patterns for the bundled glossary (src/glossary/gate-pattern.ts): the content script carries them. */
export function termGatePatterns(file: GlossaryFile, registry: DocumentRegistry): GatePatterns {
  return gatePatterns(trieForms(compileGlossary(file.entries, indexDocuments(registry).byId).root));
}

/**
 * A JavaScript expression for `value` that V8 reads fast: JSON.parse of a string, in single quotes so
 * that JSON's many double quotes need no escape.
 */
export function jsonParseExpression(value: unknown): string {
  const literal = JSON.stringify(value)
    .replace(/[\\']/g, '\\$&')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `JSON.parse('${literal}')`;
}
