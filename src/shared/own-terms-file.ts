import type { Entry } from '../glossary/types.ts';
import { checkOwnEntries, isObject, type OwnTermProblem } from './check-own-entries.ts';

/** Where a JSON parse error is, from the engine's message (V8: "position N" or "line L column C"; Firefox: "line L column C"). */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  // An unexpected end ("Unexpected end of JSON input"): the place is the end of the text.
  if (/end of (JSON )?(input|data)/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  return undefined;
}

export type ImportResult =
  | { ok: true; entries: Entry[]; imported: number }
  | { ok: false; notJson: { line: number; column: number } | undefined }
  | { ok: false; problems: OwnTermProblem[] };

/**
 * Reads an own-terms file (`{ "entries": [...] }`) and merges it into `stored`: an imported entry
 * replaces the stored entry with its id, the others are kept. Nothing is returned to store unless the
 * whole file passes, so the caller stores the new list in one write or not at all.
 */
export function importOwnTerms(text: string, stored: readonly Entry[]): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, notJson: jsonErrorPlace(text, error) };
  }
  if (!isObject(data) || !Array.isArray(data.entries)) {
    return { ok: false, problems: [{ where: 'file', field: 'entries', reason: 'ownProblemFile' }] };
  }
  const extra = Object.keys(data).filter((key) => key !== 'entries' && key !== '$schema');
  const problems: OwnTermProblem[] = extra.map((key) => ({
    where: 'file',
    field: key,
    reason: 'ownProblemUnknownField',
  }));
  if (data.entries.length === 0) problems.push({ where: 'file', field: 'entries', reason: 'ownProblemNoEntries' });
  const importedIds = new Set(data.entries.map((e) => (isObject(e) ? e.id : undefined)));
  const kept = stored.filter((e) => !importedIds.has(e.id));
  problems.push(...checkOwnEntries(data.entries, kept));
  if (problems.length > 0) return { ok: false, problems };
  const imported = data.entries as Entry[];
  return { ok: true, entries: [...kept, ...imported], imported: imported.length };
}

/** The file `importOwnTerms` reads back: the bundled glossary's shape. */
export function exportOwnTerms(entries: readonly Entry[]): string {
  return `${JSON.stringify({ entries }, null, 2)}\n`;
}
