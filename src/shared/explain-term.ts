import type { Citation } from '../glossary/citations.ts';
import {
  type DocumentIndex,
  documentKey,
  documentLabel,
  type StandingAt,
  standingAt,
} from '../glossary/document-registry.ts';
import { timeNote } from '../glossary/period-at.ts';
import type { Bilingual, Entry, LegalDocument, LegalRef, UnconfirmedFact } from '../glossary/types.ts';
import { categoryNames } from './categories.ts';
import { citationKind } from './citation-kind.ts';
import { formText } from './form-text.ts';
import type { MessageName } from './get-message.ts';
import { isOwnEntry } from './own-terms.ts';

/** `getMessage`'s shape; passed in so this module runs in Node (tests, the `explain` command) as in the page. */
export type Translate = (name: MessageName, substitutions?: string | string[]) => string;

/** What an explanation is made from, besides the term itself. */
export interface ExplainContext {
  entries: ReadonlyMap<string, Entry>;
  documents: DocumentIndex;
  /** The article's publication date (YYYY-MM-DD), when the page gives one. */
  articleDate: string | undefined;
  /** Today (YYYY-MM-DD). */
  today: string;
  /** Language of the glossary text shown (explanations, glosses, timeline). */
  lang: 'vi' | 'en';
  t: Translate;
}

/** One explanation to give: the entry and what the page said. */
export interface ExplainInput {
  entry: Entry;
  /** The text as written on the page. */
  surface?: string | undefined;
  /** The matched form's note, e.g. that the article probably mistyped the term. */
  note?: Bilingual | undefined;
  /** A document number found on the page, resolved to this entry (its document or its type). */
  citation?: Citation | undefined;
}

export interface LinkOut {
  href: string;
  text: string;
}

/** One legal document as the reader sees it. */
export interface DocumentFacts {
  id: string;
  /** "Nghị định 61/2018/NĐ-CP". */
  label: string;
  title: string;
  article?: string;
  note?: string;
  /** Issuer · signed · in force from – to. */
  facts: string;
  /** Where it stands today, in words. */
  status: string;
  /** Where it stood when the article was published, when that differs from today. */
  atArticle?: string;
  /** false when any fact shown was not confirmed by a source. */
  confirmed: boolean;
  /** Which facts could not be confirmed, in words (only when not confirmed). */
  unconfirmed?: string;
  /** Context from the registry. */
  context?: string;
  sources: LinkOut[];
}

export interface TimeLine {
  kind: 'then' | 'now';
  label: string;
  text: string;
}

/** Everything the popup shows for a term and the `explain` command prints: one model, two renderings. */
export interface Explanation {
  entryId: string;
  category: string;
  own: boolean;
  title: string;
  gloss?: string;
  asWritten?: string;
  note?: string;
  citation?: {
    /** "Số hiệu văn bản trong bài: …". */
    number: string;
    /** The document, when the registry has it. */
    document?: DocumentFacts;
    /** What the number itself tells: kind, issuer, year. */
    kind?: string;
    /** Said when the document is not in the registry. */
    caveat?: string;
    lookups: LinkOut[];
  };
  /** The plain explanation; left out for a number whose document the registry has (its card says it all). */
  text?: string;
  ownSources: LinkOut[];
  time?: { heading: string; lines: TimeLine[] };
  confidence?: { level: 'caveat' | 'confidence'; text: string };
  legal?: { heading: string; items: DocumentFacts[] };
  related: { id: string; label: string; title: string }[];
  /** "Thông tin pháp lý cập nhật đến …", shown under any legal fact. */
  checked?: string;
}

const STATUS_NAMES: Record<NonNullable<LegalDocument['status']>, MessageName> = {
  'in-force': 'popupStatusInForce',
  amended: 'popupStatusAmended',
  replaced: 'popupStatusReplaced',
  expired: 'popupStatusExpired',
  repealed: 'popupStatusRepealed',
};

/** The facts a record can leave unconfirmed, as the reader names them. */
const FACT_NAMES: Record<UnconfirmedFact, { vi: string; en: string }> = {
  number: { vi: 'số hiệu', en: 'number' },
  title: { vi: 'tên văn bản', en: 'title' },
  issuer: { vi: 'cơ quan ban hành', en: 'issuer' },
  signed: { vi: 'ngày ban hành', en: 'signing date' },
  effective: { vi: 'ngày có hiệu lực', en: 'effective date' },
  ended: { vi: 'ngày hết hiệu lực', en: 'end date' },
  status: { vi: 'tình trạng hiệu lực', en: 'status' },
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A full or partial ISO date ("2018-04-23", "2025-07", "2022") as a reader writes it: 23/04/2018, 23 April 2018. */
export function formatDate(iso: string, lang: 'vi' | 'en'): string {
  const [year, month, day] = iso.split('-');
  const monthIndex = month ? Number(month) - 1 : -1;
  if (lang === 'en') {
    const monthName = MONTHS_EN[monthIndex];
    if (!monthName) return year ?? iso;
    return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
  }
  if (!month) return year ?? iso;
  return day ? `${day}/${month}/${year}` : `${month}/${year}`;
}

/**
 * The last day a document applied, from the first day it no longer did (exclusive, as periods compare):
 * a reader expects the last day in force. A partial date steps back by its own unit: "2025-07-01" →
 * "2025-06-30", "2025-07" → "2025-06", "2021" → "2020" (a partial date counts as its first day).
 */
export function lastDayBefore(until: string): string {
  const [year = Number.NaN, month, day] = until.split('-').map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return String(year - 1).padStart(4, '0');
  // Date.UTC rolls day 0 back into the month before and month -1 into the year before; UTC keeps the
  // reader's time zone out of it.
  const d = new Date(Date.UTC(year, month - 1, day === undefined ? 1 : day));
  if (day === undefined) d.setUTCMonth(d.getUTCMonth() - 1);
  else d.setUTCDate(d.getUTCDate() - 1);
  const ym = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}`;
  return day === undefined ? ym : `${ym}-${pad(d.getUTCDate())}`;
}

/** The text in the reader's language, falling back to Vietnamese (which every entry has). */
export function pick(text: { vi: string; en?: string | undefined }, lang: 'vi' | 'en'): string {
  return lang === 'en' && text.en ? text.en : text.vi;
}

/** Lower-cased, without spacing differences, for "is this the same name" comparisons only. */
function loose(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Only web links: the data is ours, but a `javascript:` or `data:` address must never become a link. */
export function safeHref(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function sourceLinks(urls: readonly string[], ctx: ExplainContext): LinkOut[] {
  return urls.flatMap((url) => {
    const href = safeHref(url);
    return href ? [{ href, text: `${ctx.t('popupSource')} (${new URL(href).hostname.replace(/^www\./, '')})` }] : [];
  });
}

function labelOf(id: string, ctx: ExplainContext): string {
  const doc = ctx.documents.byId.get(id);
  return doc ? documentLabel(doc, ctx.lang) : id;
}

/** Where a document stands today, in words: in force, amended by …, replaced by … from …. */
function statusToday(doc: LegalDocument, ctx: ExplainContext): string {
  const since = doc.ended ?? doc.statusSince;
  const date = since ? formatDate(since, ctx.lang) : '';
  switch (doc.status) {
    case 'replaced':
      return ctx.t('popupDocReplacedBy', [(doc.replacedBy ?? []).map((id) => labelOf(id, ctx)).join(', '), date]);
    case 'amended':
      return ctx.t('popupDocAmendedBy', (doc.amendedBy ?? []).map((id) => labelOf(id, ctx)).join(', '));
    case 'expired':
    case 'repealed':
      return date ? `${ctx.t(STATUS_NAMES[doc.status])} (${date})` : ctx.t(STATUS_NAMES[doc.status]);
    case undefined:
      return ctx.t('popupStatusUnknown');
    default:
      return ctx.t(STATUS_NAMES[doc.status]);
  }
}

/** Where a document stood on the article's date, in words. */
function standingText(doc: LegalDocument, standing: StandingAt, ctx: ExplainContext): string {
  if (standing === 'not-yet') {
    const start = doc.effective ?? doc.signed;
    return ctx.t('popupDocNotYet', start ? formatDate(start, ctx.lang) : '?');
  }
  if (standing === 'ended') return ctx.t('popupDocEnded', doc.ended ? formatDate(doc.ended, ctx.lang) : '?');
  if (standing === 'in-force') return ctx.t('popupDocWasInForce');
  return ctx.t('popupDocStandingUnknown');
}

/** A document's facts for the reader, with where it stood on the article's date when that differs. */
export function documentFacts(doc: LegalDocument, ref: Omit<LegalRef, 'document'>, ctx: ExplainContext): DocumentFacts {
  // An unconfirmed value carries its mark where it stands, so it is never read as a fact.
  const mark = (fact: UnconfirmedFact, text: string) => (doc.unconfirmed?.includes(fact) ? `${text} (?)` : text);
  const facts = [mark('issuer', pick(doc.issuer, ctx.lang))];
  if (doc.signed) facts.push(mark('signed', ctx.t('popupIssued', formatDate(doc.signed, ctx.lang))));
  const from = doc.effective && mark('effective', formatDate(doc.effective, ctx.lang));
  // `ended` is the first day without force; the reader is told the last day in force ("– hết 30/06/2025").
  const to = doc.ended && mark('ended', formatDate(lastDayBefore(doc.ended), ctx.lang));
  if (from && to) facts.push(ctx.t('popupInForceFromTo', [from, to]));
  else if (from) facts.push(ctx.t('popupInForceFrom', from));
  const result: DocumentFacts = {
    id: doc.id,
    label: documentLabel(doc, ctx.lang),
    title: pick(doc.title, ctx.lang),
    facts: facts.join(' · '),
    status: mark('status', statusToday(doc, ctx)),
    confirmed: !doc.unconfirmed,
    sources: sourceLinks(
      doc.sources.map((s) => s.url),
      ctx,
    ),
  };
  if (ref.article) result.article = ref.article;
  if (ref.note) result.note = pick(ref.note, ctx.lang);
  if (ctx.articleDate) {
    const then = standingAt(doc, ctx.articleDate);
    const now = standingAt(doc, ctx.today);
    const uncertain = doc.unconfirmed?.some((f) => f === 'effective' || f === 'ended' || f === 'signed');
    if (then !== now) result.atArticle = `${standingText(doc, then, ctx)}${uncertain ? ' (?)' : ''}`;
  }
  // A status nobody established is as unconfirmed as one a weak page suggested.
  const doubtful = [...(doc.unconfirmed ?? []), ...(doc.status ? [] : (['status'] as const))];
  if (doubtful.length > 0) {
    result.confirmed = false;
    result.unconfirmed = ctx.t('popupUnconfirmedFacts', doubtful.map((f) => FACT_NAMES[f][ctx.lang]).join(', '));
  }
  if (doc.note) result.context = pick(doc.note, ctx.lang);
  return result;
}

/** Words only, lower case: "Cơ chế một cửa quốc gia (hải quan)" → "cơ chế một cửa quốc gia hải quan". */
function words(text: string): string {
  return loose(text)
    .replace(/[^\p{L}\p{N}/]+/gu, ' ')
    .trim();
}

/** Whether the word sequence `part` is in `whole` (whole words: "cửa" is not in "cửa hàng"'s "cửa h"). */
function hasWords(whole: string, part: string): boolean {
  return part !== '' && ` ${whole} `.includes(` ${part} `);
}

/**
 * The lines under the title, each saying something the lines above it do not (issue 14: title, gloss and
 * "as written" repeated the same words three times):
 * - the gloss, unless it is the title again, a part of it, or only another name of it (one of the entry's forms or
 *   abbreviations: "Ban Chỉ đạo CCHC của Chính phủ" under "Ban Chỉ đạo cải cách hành chính của Chính
 *   phủ"); a gloss that starts with the title keeps only what it adds ("Nghị quyết 68-NQ/TW (kinh tế tư
 *   nhân)" → "kinh tế tư nhân");
 * - "as written", unless the title or the gloss shown already has those words.
 */
function header(input: ExplainInput, ctx: ExplainContext): Pick<Explanation, 'gloss' | 'asWritten'> {
  const { entry } = input;
  const out: Pick<Explanation, 'gloss' | 'asWritten'> = {};
  const title = words(entry.term);
  let gloss = pick(entry.gloss, ctx.lang);
  const names = [...entry.forms, ...(entry.abbreviations ?? [])].map((form) => words(formText(form)));
  if (loose(gloss).startsWith(loose(entry.term))) {
    // What the gloss adds after the title, without the brackets or dash that joined it.
    gloss = gloss
      .slice(entry.term.length)
      .replace(/^[\s,:;–—-]*\(?\s*/u, '')
      .replace(/\s*\)\s*$/u, '')
      .trim();
  }
  const glossWords = words(gloss);
  if (glossWords !== '' && !hasWords(title, glossWords) && !names.includes(glossWords)) out.gloss = gloss;
  const surface = input.surface?.trim();
  const surfaceWords = surface ? words(surface) : '';
  if (
    surface &&
    !input.citation &&
    !hasWords(title, surfaceWords) &&
    !(out.gloss !== undefined && hasWords(words(out.gloss), surfaceWords))
  ) {
    out.asWritten = ctx.t('popupAsWritten', surface);
  }
  return out;
}

/** The registry document a number on the page names, if the registry has it. */
function citedDocument(citation: Citation, ctx: ExplainContext): LegalDocument | undefined {
  return ctx.documents.byKey.get(documentKey(citation.number, citation.year, citation.code));
}

function lookups(number: string, ctx: ExplainContext): LinkOut[] {
  const keyword = encodeURIComponent(number);
  return [
    {
      href: `https://vbpl.vn/pages/vbpq-timkiem.aspx?type=0&s=1&SearchIn=Title,Title1&Keyword=${keyword}`,
      text: ctx.t('popupLookUp', 'vbpl.vn'),
    },
    {
      href: `https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=${keyword}`,
      text: ctx.t('popupLookUp', 'thuvienphapluat.vn'),
    },
  ];
}

function citationPart(input: ExplainInput, ctx: ExplainContext): Explanation['citation'] {
  const { citation, entry } = input;
  if (!citation) return undefined;
  const written = [citation.number, citation.year, citation.code].filter((part) => part).join('/');
  const number = ctx.t('popupCitationNumber', input.surface?.trim() || written);
  const doc = citedDocument(citation, ctx);
  // The entry that owns the document explains it below; its card shows the registry's facts once, there.
  if (doc && entry.documents?.includes(doc.id)) return { number, lookups: [] };
  if (doc) return { number, document: documentFacts(doc, {}, ctx), lookups: [] };
  return {
    number,
    kind: citationKind(citation, ctx.lang),
    caveat: ctx.t('popupCitationNotInGlossary'),
    lookups: lookups(written, ctx),
  };
}

/** Then and now for a document's own entry, from its registry record: nothing copied into a timeline. */
function documentTime(doc: LegalDocument, ctx: ExplainContext): TimeLine[] {
  const date = ctx.articleDate ? formatDate(ctx.articleDate, ctx.lang) : '';
  const nowText = statusToday(doc, ctx);
  if (!ctx.articleDate) return [{ kind: 'now', label: ctx.t('popupNow'), text: nowText }];
  const then = standingAt(doc, ctx.articleDate);
  const now = standingAt(doc, ctx.today);
  // Still in force but amended (or of unknown status) since the article: then and now differ, say both.
  const unchanged = then === now && (then !== 'in-force' || doc.status === 'in-force');
  if (unchanged) {
    return [{ kind: 'now', label: ctx.t('popupUnchangedSince', date), text: nowText }];
  }
  return [
    { kind: 'then', label: ctx.t('popupWhenPublished', date), text: standingText(doc, then, ctx) },
    { kind: 'now', label: ctx.t('popupNow'), text: nowText },
  ];
}

function timePart(entry: Entry, ctx: ExplainContext): Explanation['time'] {
  const lines: TimeLine[] = [];
  const date = ctx.articleDate ? formatDate(ctx.articleDate, ctx.lang) : '';
  const ownDocument = entry.timeline ? undefined : ctx.documents.byId.get(entry.documents?.[0] ?? '');
  if (ownDocument) lines.push(...documentTime(ownDocument, ctx));
  else {
    const note = timeNote(entry, ctx.articleDate, ctx.today);
    if (note.changed && note.whenWritten && note.now) {
      lines.push(
        { kind: 'then', label: ctx.t('popupWhenPublished', date), text: pick(note.whenWritten, ctx.lang) },
        { kind: 'now', label: ctx.t('popupNow'), text: pick(note.now, ctx.lang) },
      );
    } else if (ctx.articleDate && note.now && note.whenWritten === note.now) {
      lines.push({ kind: 'now', label: ctx.t('popupUnchangedSince', date), text: pick(note.now, ctx.lang) });
    } else if (note.now) {
      lines.push({ kind: 'now', label: ctx.t('popupNow'), text: pick(note.now, ctx.lang) });
    } else if (note.whenWritten) {
      lines.push({ kind: 'then', label: ctx.t('popupWhenPublished', date), text: pick(note.whenWritten, ctx.lang) });
    }
  }
  return lines.length > 0 ? { heading: ctx.t('popupTimeHeading'), lines } : undefined;
}

function confidencePart(entry: Entry, ctx: ExplainContext): Explanation['confidence'] {
  const note = entry.confidenceNote ? pick(entry.confidenceNote, ctx.lang) : '';
  if (entry.confidence === 'high') return note ? { level: 'caveat', text: note } : undefined;
  const level = ctx.t(entry.confidence === 'low' ? 'popupConfidenceLow' : 'popupConfidenceMedium');
  return { level: 'confidence', text: note ? `${level} ${note}` : level };
}

function legalPart(entry: Entry, ctx: ExplainContext): Explanation['legal'] {
  const items = entry.legal.flatMap((ref) => {
    const doc = ctx.documents.byId.get(ref.document);
    return doc ? [documentFacts(doc, ref, ctx)] : [];
  });
  return items.length > 0 ? { heading: ctx.t('popupLegalHeading'), items } : undefined;
}

/**
 * What the reader is told about one term: name, what the page wrote, the document a number names, the
 * plain explanation, then and now, confidence, legal basis with status and sources, and related terms.
 * The popup renders it as DOM and the `explain` command as text, so a test of one tests the other.
 */
export function explainTerm(input: ExplainInput, ctx: ExplainContext): Explanation {
  const { entry } = input;
  const citation = citationPart(input, ctx);
  // A number resolved to its document type only: the type's related terms would be unrelated to it.
  const related = citation
    ? []
    : entry.related.flatMap((id) => {
        const other = ctx.entries.get(id);
        return other ? [{ id, label: pick(other.gloss, ctx.lang), title: other.term }] : [];
      });
  const explanation: Explanation = {
    entryId: entry.id,
    category: ctx.t(categoryNames[entry.category]),
    own: isOwnEntry(entry),
    title: entry.term,
    ...header(input, ctx),
    ownSources: isOwnEntry(entry) ? sourceLinks(entry.sources, ctx) : [],
    related,
  };
  if (input.note) explanation.note = pick(input.note, ctx.lang);
  if (citation) explanation.citation = citation;
  if (citation?.document) {
    // A number whose document the registry has, but no entry explains: the document is the subject.
    explanation.category = ctx.t(categoryNames['legal-document']);
    explanation.title = citation.document.label;
    explanation.gloss = citation.document.title;
  }
  if (!citation?.document) {
    explanation.text = pick(entry.explanation, ctx.lang);
    const time = timePart(entry, ctx);
    if (time) explanation.time = time;
    const confidence = confidencePart(entry, ctx);
    if (confidence) explanation.confidence = confidence;
    const legal = legalPart(entry, ctx);
    if (legal) explanation.legal = legal;
  }
  if (explanation.legal || citation?.document || (entry.documents?.length ?? 0) > 0) {
    explanation.checked = ctx.t('popupCheckedUntil', formatDate(ctx.documents.checked, ctx.lang));
  }
  return explanation;
}
