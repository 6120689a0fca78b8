/**
 * Validates data/glossary.json with data/documents.json: JSON Schemas (draft 2020-12) plus the cross-entry and
 * registry rules a schema cannot express.
 * Usage: tsx scripts/validate-glossary.ts [file]   (prints problems and exits 1, or "glossary ok: N entries")
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DocumentIndex, indexDocuments } from '../src/glossary/document-registry.ts';
import { formKey, syllableCount } from '../src/glossary/form-key.ts';
import type { DocumentRegistry } from '../src/glossary/types.ts';
import { checkLegal } from './check-legal.ts';
import { schemaValidator } from './schema-validator.ts';
import { sourceKind } from './source-quality.ts';
import { unconfirmedShare, validateDocuments } from './validate-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA_PATH = resolve(here, '../data/glossary.schema.json');
const DEFAULT_DATA = resolve(here, '../data/glossary.json');
const DOCUMENTS_DATA = resolve(here, '../data/documents.json');

type Json = Record<string, unknown>;

const schemaValidatorOf = schemaValidator(SCHEMA_PATH);

interface FormInfo {
  text: string;
  hasContext: boolean;
  isAbbreviation: boolean;
}

function formsOf(entry: Json): FormInfo[] {
  const out: FormInfo[] = [];
  const entryCtx = entry.context && typeof entry.context === 'object' && Object.keys(entry.context as Json).length > 0;
  const push = (list: unknown, isAbbreviation: boolean) => {
    if (!Array.isArray(list)) return;
    for (const f of list) {
      if (typeof f === 'string') out.push({ text: f, hasContext: !!entryCtx, isAbbreviation });
      else if (f && typeof f === 'object' && typeof (f as Json).text === 'string') {
        const o = f as Json;
        const own = ['notAfter', 'notBefore', 'requireNear'].some((k) => o[k] !== undefined);
        // an exact-case form is told apart by its capitals
        out.push({ text: o.text as string, hasContext: own || !!entryCtx || o.case === 'exact', isAbbreviation });
      }
    }
  };
  push(entry.forms, false);
  push(entry.abbreviations, true);
  return out;
}

export function validateGlossary(data: unknown, registry: DocumentIndex): string[] {
  const problems: string[] = [];
  const validate = schemaValidatorOf();
  const entries: Json[] =
    data && typeof data === 'object' && Array.isArray((data as Json).entries) ? ((data as Json).entries as Json[]) : [];
  const idAt = (path: string): string => {
    const m = /^\/entries\/(\d+)/.exec(path);
    if (!m) return '(file)';
    const e = entries[Number(m[1])];
    return e && typeof e.id === 'string' ? e.id : `entries[${m[1]}]`;
  };
  if (!validate(data)) {
    for (const err of validate.errors ?? []) {
      problems.push(
        `${idAt(err.instancePath)}: schema: ${err.instancePath || '/'} ${err.message ?? ''} ${err.params ? JSON.stringify(err.params) : ''}`.trim(),
      );
    }
  }
  if (!entries.length) return problems;

  const ids = new Map<string, number>();
  entries.forEach((e, i) => {
    const id = typeof e.id === 'string' ? e.id : `entries[${i}]`;
    ids.set(id, (ids.get(id) ?? 0) + 1);
  });
  for (const [id, n] of ids) if (n > 1) problems.push(`${id}: duplicate id (${n} entries)`);
  const exists = (x: unknown) => typeof x === 'string' && ids.has(x);

  const docOwner = new Map<string, string>();
  const codeOwner = new Map<string, string>();
  const formOwners = new Map<string, Array<{ id: string; hasContext: boolean }>>();

  entries.forEach((e, i) => {
    const id = typeof e.id === 'string' ? e.id : `entries[${i}]`;
    const related = Array.isArray(e.related) ? e.related : [];
    for (const r of related) {
      if (r === id) problems.push(`${id}: relates to itself`);
      else if (!exists(r)) problems.push(`${id}: related id "${String(r)}" does not exist`);
    }
    problems.push(...checkLegal(id, e, registry));
    // A low-confidence entry says so in the popup; any other must rest on a source.
    if ((!Array.isArray(e.sources) || e.sources.length === 0) && e.confidence !== 'low')
      problems.push(`${id}: needs at least one source`);
    for (const source of Array.isArray(e.sources) ? e.sources : []) {
      if (sourceKind(String(source)) === 'not-accepted')
        problems.push(`${id}: source ${String(source)} is not one a reader can trust (see source-quality.ts)`);
    }
    for (const d of Array.isArray(e.documents) ? e.documents : []) {
      if (!registry.byId.has(String(d))) problems.push(`${id}: document "${String(d)}" is not in the registry`);
      const prev = docOwner.get(String(d));
      if (prev && prev !== id) problems.push(`${id}: document "${String(d)}" already belongs to ${prev}`);
      else if (prev === id) problems.push(`${id}: document "${String(d)}" listed twice`);
      docOwner.set(String(d), id);
    }
    for (const c of Array.isArray(e.citationCodes) ? e.citationCodes : []) {
      const prev = codeOwner.get(String(c));
      if (prev && prev !== id) problems.push(`${id}: citation code "${String(c)}" already belongs to ${prev}`);
      else if (prev === id) problems.push(`${id}: citation code "${String(c)}" listed twice`);
      codeOwner.set(String(c), id);
    }
    for (const f of formsOf(e)) {
      const key = formKey(f.text);
      if (!key) {
        problems.push(`${id}: empty surface form`);
        continue;
      }
      if (!f.isAbbreviation && !f.hasContext && syllableCount(f.text) < 2)
        problems.push(`${id}: form "${f.text}" is a single syllable; make it an abbreviation or give it context rules`);
      const list = formOwners.get(key) ?? [];
      list.push({ id, hasContext: f.hasContext });
      formOwners.set(key, list);
    }
  });

  for (const [form, owners] of formOwners) {
    const distinct = [...new Set(owners.map((o) => o.id))];
    if (distinct.length < 2) continue;
    if (owners.some((o) => o.hasContext)) continue;
    problems.push(
      `${distinct.join(', ')}: surface form "${form}" is shared by ${distinct.length} entries without context rules`,
    );
  }
  return problems;
}

/** The registry's and the glossary's problems together: entries are checked against the registry. */
export function validateData(glossary: unknown, documents: unknown): string[] {
  const problems = validateDocuments(documents);
  if (problems.length > 0) return problems;
  return validateGlossary(glossary, indexDocuments(documents as DocumentRegistry));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`cannot read ${file}: ${(err as Error).message}`);
    process.exit(1);
  }
}

function main(): void {
  const file = resolve(process.argv[2] ?? DEFAULT_DATA);
  const documents = readJson(DOCUMENTS_DATA) as DocumentRegistry;
  const problems = validateData(readJson(file), documents);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`${problems.length} problem(s) in ${file} and ${DOCUMENTS_DATA}`);
    process.exit(1);
  }
  const glossary = readJson(file) as { entries: unknown[] };
  const share = Math.round(unconfirmedShare(documents) * 1000) / 10;
  console.log(
    `glossary ok: ${glossary.entries.length} entries, ${documents.documents.length} documents (${share}% not confirmed), checked ${documents.checked}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
