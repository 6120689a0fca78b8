/**
 * Checks data/documents.json: its JSON Schema, then what a schema cannot say — ids by the one rule, dates in
 * order, a status that agrees with the dates and the links, successors and amendments that exist and fit in
 * time, and only sources a careful reader accepts (every fact not listed as unconfirmed was read in one).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentIdFor } from '../src/glossary/document-registry.ts';
import type { DocumentRegistry, LegalDocument, UnconfirmedFact } from '../src/glossary/types.ts';
import { schemaValidator } from './schema-validator.ts';
import { sourceKind } from './source-quality.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA_PATH = resolve(here, '../data/documents.schema.json');

const schemaValidatorOf = schemaValidator(SCHEMA_PATH);

const FACTS: readonly UnconfirmedFact[] = ['number', 'title', 'issuer', 'signed', 'effective', 'ended', 'status'];

/** Problems of one record on its own and against the others. */
function checkDocument(doc: LegalDocument, byId: ReadonlyMap<string, LegalDocument>, checked: string): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${doc.id}: ${text}`);
  const expected = documentIdFor(doc.number, doc.signed);
  // Without a known signing day, a yearless number still needs its year in the id to stay unique.
  const yearKnownElsewhere = !doc.signed && new RegExp(`^${expected}-(19|20)[0-9]{2}$`).test(doc.id);
  if (doc.id !== expected && !yearKnownElsewhere) say(`id should be "${expected}" (from its number and signing year)`);
  if (doc.signed && doc.effective && doc.effective < doc.signed) say('in force before it was signed');
  if (doc.effective && doc.ended && doc.ended <= doc.effective) say('ends before it begins');
  if (doc.signed && doc.signed > checked) say(`signed after the registry's check date ${checked}`);

  const ends = doc.status === 'replaced' || doc.status === 'expired' || doc.status === 'repealed';
  if (ends && !doc.ended) say(`status ${doc.status} needs the day it ended`);
  if (ends && doc.ended && doc.ended > checked) say(`status ${doc.status} but it ends only on ${doc.ended}`);
  if ((doc.status === 'in-force' || doc.status === 'amended') && doc.ended && doc.ended <= checked)
    say(`status ${doc.status} but it ended on ${doc.ended}`);
  if (doc.status === 'replaced' && !doc.replacedBy) say('status replaced needs replacedBy');
  if (doc.replacedBy && doc.status !== 'replaced') say(`has replacedBy but status ${doc.status}`);
  if (doc.status === 'amended' && !doc.amendedBy) say('status amended needs amendedBy');
  if (doc.status === 'in-force' && doc.amendedBy) say('has amendedBy but status in-force (say amended)');
  for (const fact of doc.unconfirmed ?? []) {
    if (doc[fact] === undefined) say(`lists ${fact} as unconfirmed but gives none`);
  }
  if (doc.statusSince && doc.statusSince > checked) say('statusSince is after the check date');

  for (const id of doc.replacedBy ?? []) {
    const next = byId.get(id);
    if (!next) say(`replacedBy "${id}" is not in the registry`);
    else if (doc.ended && next.effective && next.effective > doc.ended)
      say(`ends ${doc.ended} but its successor ${id} starts only on ${next.effective}`);
  }
  for (const id of doc.amendedBy ?? []) {
    const amending = byId.get(id);
    if (!amending) say(`amendedBy "${id}" is not in the registry`);
    else if (amending.effective && doc.effective && amending.effective <= doc.effective)
      say(`amended by ${id}, in force from ${amending.effective}, not after it began`);
    else if (amending.effective && doc.ended && amending.effective >= doc.ended)
      say(`amended by ${id} only after it ended`);
  }

  // Every source is shown to the reader, so none may be weak, confirmed or not.
  for (const s of doc.sources) {
    if (sourceKind(s.url) === 'not-accepted')
      say(`source ${s.url} is not one a reader can trust (see source-quality.ts)`);
  }
  const confirmedFacts = FACTS.filter((fact) => doc[fact] !== undefined && !doc.unconfirmed?.includes(fact));
  if (doc.sources.length === 0 && confirmedFacts.length > 0)
    say(`no source, so ${confirmedFacts.join(', ')} must be listed as unconfirmed`);
  return problems;
}

/** Every problem of the registry; empty when it is sound. */
export function validateDocuments(data: unknown): string[] {
  const problems: string[] = [];
  const validate = schemaValidatorOf();
  if (!validate(data)) {
    for (const err of validate.errors ?? [])
      problems.push(`documents: schema: ${err.instancePath || '/'} ${err.message}`);
    return problems;
  }
  const registry = data as DocumentRegistry;
  const byId = new Map<string, LegalDocument>();
  for (const doc of registry.documents) {
    if (byId.has(doc.id)) problems.push(`${doc.id}: duplicate id`);
    byId.set(doc.id, doc);
  }
  for (const doc of registry.documents) problems.push(...checkDocument(doc, byId, registry.checked));
  return problems;
}

/** The share of records with any fact not confirmed (a missing status too), for the build's report and the target. */
export function unconfirmedShare(registry: DocumentRegistry): number {
  return registry.documents.filter((d) => d.unconfirmed || !d.status).length / registry.documents.length;
}
