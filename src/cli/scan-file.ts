import { readFileSync } from 'node:fs';
import type { CompiledGlossary } from '../glossary/compile-glossary.ts';
import { findTerms, type TermMatch } from '../glossary/find-terms.ts';
import { visibleText } from './visible-text.ts';

/** A match located in a file: `start`/`end` index the file's text decoded as UTF-8. */
export interface FileMatch extends TermMatch {
  file: string;
}

/** Why a file could not be scanned, in one line for stderr. */
export class ScanError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file strictly: binary content or invalid UTF-8 is an error, never silently repaired. */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new ScanError('binary file (contains NUL bytes), not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ScanError('not valid UTF-8');
  }
}

/**
 * Scans one .txt file as it is, or one .html file by its visible text; HTML matches are reported at
 * their place in the raw file, with `text` as the reader sees it (entities decoded).
 */
export function scanFile(path: string, glossary: CompiledGlossary): FileMatch[] {
  const raw = readText(path);
  if (!/\.html?$/i.test(path)) return findTerms(raw, glossary).map((m) => ({ file: path, ...m }));
  const visible = visibleText(raw);
  return findTerms(visible.text, glossary).map((m) => ({
    file: path,
    ...m,
    start: visible.rawStart[m.start] as number,
    end: visible.rawEnd[m.end - 1] as number,
  }));
}
