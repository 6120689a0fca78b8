import type { Entry, Period } from './types.ts';

/** A partial ISO date ("2025", "2025-07") as the first day it can mean, for comparison. */
function dayOf(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The period of an entry's timeline in force on `date` (YYYY-MM-DD): from ≤ date < until. */
export function periodAt(entry: Entry, date: string): Period | undefined {
  const day = dayOf(date);
  return entry.timeline?.find((p) => (!p.from || dayOf(p.from) <= day) && (!p.until || day < dayOf(p.until)));
}

/** What applied when an article was written and what applies today, and whether they differ. */
export interface TimeNote {
  /** What applied when the article was written. */
  whenWritten?: Period;
  now?: Period;
  changed: boolean;
}

export function timeNote(entry: Entry, articleDate: string | undefined, today: string): TimeNote {
  const now = periodAt(entry, today);
  const then = articleDate ? periodAt(entry, articleDate) : undefined;
  const note: TimeNote = { changed: then !== undefined && now !== undefined && then !== now };
  if (then) note.whenWritten = then;
  if (now) note.now = now;
  return note;
}
