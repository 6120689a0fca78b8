/**
 * `scan`: finds administrative-reform terms in .txt and .html files and prints one JSON line per match.
 *
 *   npm run scan -- FILE_OR_DIR…            matches as JSON lines
 *   npm run scan -- --summary FILE_OR_DIR…  counts per term per file
 *   npm run scan -- --list-terms            the glossary, one JSON line per entry
 *   npm run scan -- explain "TERM" [--date YYYY-MM-DD] [--lang vi|en] [--json]
 *                                           what the popup shows for TERM in an article of that date
 *   --glossary FILE                         another glossary file in the same schema
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { indexDocuments } from '../glossary/document-registry.ts';
import type { DocumentRegistry, Entry, GlossaryFile } from '../glossary/types.ts';
import { DEFAULT_DOCUMENTS, DEFAULT_GLOSSARY, explainCommand } from './explain-command.ts';
import { type FileMatch, ScanError, scanFile } from './scan-file.ts';

const SCANNABLE = /\.(txt|html?)$/i;

function usage(): string {
  return 'usage: scan [--summary] [--glossary FILE] FILE_OR_DIR…\n       scan --list-terms [--glossary FILE]\n       scan explain "TERM" [--date YYYY-MM-DD] [--lang vi|en] [--json]';
}

/** Expands directories into their .txt/.html files (sorted, recursive); errors for what can't be used. */
function expand(paths: string[], fail: (path: string, why: string) => void): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      fail(path, 'no such file or directory');
      continue;
    }
    if (stat.isDirectory()) {
      const inside = readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter((name) => SCANNABLE.test(name))
        .sort()
        .map((name) => join(path, name))
        .filter((p) => statSync(p).isFile());
      if (inside.length === 0) fail(path, 'directory has no .txt or .html files');
      files.push(...inside);
    } else files.push(path);
  }
  return files;
}

function summary(matches: FileMatch[], terms: Map<string, Entry>): string {
  const counts = new Map<string, Map<string, number>>();
  for (const m of matches) {
    const perFile = counts.get(m.file) ?? new Map<string, number>();
    perFile.set(m.id, (perFile.get(m.id) ?? 0) + 1);
    counts.set(m.file, perFile);
  }
  const rows = [['file', 'id', 'term', 'count']];
  for (const [file, perFile] of counts) {
    for (const [id, n] of [...perFile].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      rows.push([file, id, terms.get(id)?.term ?? '', String(n)]);
    }
  }
  return rows.map((r) => r.join('\t')).join('\n');
}

export function scanCommand(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  if (argv[0] === 'explain') return explainCommand(argv.slice(1), out, err);
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    err(`scan: ${(e as Error).message}\n${usage()}`);
    return 2;
  }
  const { values, positionals } = args;
  let entries: Entry[];
  const glossaryPath = values.glossary ?? DEFAULT_GLOSSARY;
  try {
    entries = (JSON.parse(readFileSync(glossaryPath, 'utf8')) as GlossaryFile).entries;
  } catch (e) {
    err(`scan: cannot read glossary ${String(glossaryPath)}: ${(e as Error).message}`);
    return 2;
  }
  if (values['list-terms']) {
    for (const e of entries) {
      out(
        JSON.stringify({
          id: e.id,
          term: e.term,
          category: e.category,
          abbreviations: e.abbreviations ?? [],
          sources: e.sources,
          confidence: e.confidence,
        }),
      );
    }
    return 0;
  }
  if (positionals.length === 0) {
    err(usage());
    return 2;
  }
  const documents = indexDocuments(JSON.parse(readFileSync(DEFAULT_DOCUMENTS, 'utf8')) as DocumentRegistry);
  const glossary = compileGlossary(entries, documents.byId);
  let failed = false;
  const fail = (path: string, why: string) => {
    failed = true;
    err(`${path}: ${why}`);
  };
  const all: FileMatch[] = [];
  for (const file of expand(positionals, fail)) {
    try {
      const found = scanFile(file, glossary);
      if (values.summary) all.push(...found);
      else for (const m of found) out(JSON.stringify(m));
    } catch (e) {
      fail(
        file,
        e instanceof ScanError
          ? e.message
          : `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
  }
  if (values.summary) out(summary(all, new Map(entries.map((e) => [e.id, e]))));
  return failed ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      summary: { type: 'boolean', default: false },
      'list-terms': { type: 'boolean', default: false },
      glossary: { type: 'string' },
    },
  });
}
