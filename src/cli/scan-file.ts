import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { CompiledGlossary } from '../glossary/compile-glossary.ts';
import { findTerms, type TermMatch } from '../glossary/find-terms.ts';
import { findArticleExtent } from '../shared/article-extent.ts';
import { INLINE_TAGS, isNotPageText } from '../shared/page-text.ts';
import { type ReadRule, visibleText } from './visible-text.ts';

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
 * The extension's reading of a page (article-extent.ts, page-text.ts), measured on the page parsed by
 * linkedom (the parser the raw reading uses too, so elements come in the same order): the elements
 * whose own text is read are those inside a part of the article and under nothing that is not page
 * text. Undefined (read all visible text) if the two parses disagree on the elements.
 */
function extensionRule(html: string): ReadRule | undefined {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const elements = [...document.querySelectorAll('*')];
  const tags: string[] = [];
  new Parser({ onopentagname: (name) => tags.push(name) }, { lowerCaseTags: true }).end(html);
  if (tags.length !== elements.length || tags.some((tag, i) => elements[i]?.localName !== tag)) return undefined;
  const { parts } = findArticleExtent(document);
  const read = new Set<Element>();
  const walk = (element: Element) => {
    if (isNotPageText(element)) return;
    read.add(element);
    for (const child of element.children) walk(child);
  };
  for (const part of parts) walk(part);
  const ordinals = new Set(elements.flatMap((e, i) => (read.has(e) ? [i] : [])));
  return {
    reads: (ordinal) => ordinals.has(ordinal),
    endsLine: (tag) => !INLINE_TAGS.has(tag),
  };
}

/**
 * Scans one .txt file as it is, or one .html file as the extension reads it (the article only, the
 * same page text); HTML matches are reported at
 * their place in the raw file, with `text` as the reader sees it (entities decoded).
 */
export function scanFile(path: string, glossary: CompiledGlossary): FileMatch[] {
  const raw = readText(path);
  if (!/\.html?$/i.test(path)) return findTerms(raw, glossary).map((m) => ({ file: path, ...m }));
  const visible = visibleText(raw, extensionRule(raw));
  return findTerms(visible.text, glossary).map((m) => ({
    file: path,
    ...m,
    start: visible.rawStart[m.start] as number,
    end: visible.rawEnd[m.end - 1] as number,
  }));
}
