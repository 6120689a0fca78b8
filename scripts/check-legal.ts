/**
 * The legal side of one glossary entry against the registry: its legal basis exists, and its timeline says
 * what applied at every article date from TIMELINE_START to today — no gap, no overlap, and no period that
 * leans on a document before it took effect or after it ended.
 */
import { type DocumentIndex, dayOf } from '../src/glossary/document-registry.ts';

/** The earliest article date the explanations answer for. */
export const TIMELINE_START = '2005-01-01';

type Json = Record<string, unknown>;

interface PeriodJson {
  from?: string;
  until?: string;
  basis?: string[];
}

function checkTimeline(id: string, timeline: PeriodJson[], registry: DocumentIndex): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${id}: ${text}`);
  const first = timeline[0];
  if (first?.from && dayOf(first.from) > TIMELINE_START)
    say(`timeline starts ${first.from}: say what applied from ${TIMELINE_START} (or that it did not exist yet)`);
  if (timeline.at(-1)?.until) say('timeline ends: its last period must reach today (no until)');
  timeline.forEach((period, k) => {
    const next = timeline[k + 1];
    if (k > 0 && !period.from) say(`timeline[${k}] has no start`);
    if (next && period.until !== next.from)
      say(`timeline[${k}] ends ${period.until ?? '(never)'} but timeline[${k + 1}] starts ${next.from ?? '(always)'}`);
    if (period.from && period.until && dayOf(period.from) >= dayOf(period.until))
      say(`timeline[${k}] from ${period.from} is not before until ${period.until}`);
    const from = dayOf(period.from ?? TIMELINE_START);
    for (const docId of period.basis ?? []) {
      const doc = registry.byId.get(docId);
      if (!doc) {
        say(`timeline[${k}].basis "${docId}" is not in the registry`);
        continue;
      }
      const start = doc.effective ?? doc.signed;
      if (start && dayOf(start) > from)
        say(`timeline[${k}] from ${from} leans on ${docId}, in force only from ${start}`);
      if (doc.ended && (!period.until || dayOf(period.until) > doc.ended))
        say(`timeline[${k}] until ${period.until ?? 'today'} leans on ${docId}, which ended ${doc.ended}`);
    }
  });
  return problems;
}

export function checkLegal(id: string, entry: Json, registry: DocumentIndex): string[] {
  const problems: string[] = [];
  const legal = Array.isArray(entry.legal) ? (entry.legal as Json[]) : [];
  let basisChanged = false;
  legal.forEach((ref, k) => {
    const doc = registry.byId.get(String(ref?.document));
    if (!doc) problems.push(`${id}: legal[${k}].document "${String(ref?.document)}" is not in the registry`);
    else if (doc.ended) basisChanged = true;
  });
  const timeline = Array.isArray(entry.timeline) ? (entry.timeline as PeriodJson[]) : [];
  if (timeline.length > 0) problems.push(...checkTimeline(id, timeline, registry));
  // A document's own entry gets its then-and-now from the registry record; any other entry must say it.
  else if (basisChanged && !(Array.isArray(entry.documents) && entry.documents.length > 0))
    problems.push(`${id}: a document of its legal basis has ended, so it needs a timeline of what applied when`);
  return problems;
}
