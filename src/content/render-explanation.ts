import type { Citation } from '../glossary/citations.ts';
import { timeNote } from '../glossary/period-at.ts';
import type { Bilingual, Entry, LegalBasis } from '../glossary/types.ts';
import { categoryNames } from '../shared/categories.ts';
import { createElement } from '../shared/create-element.ts';
import type { MessageName } from '../shared/get-message.ts';
import { isOwnEntry } from '../shared/own-terms.ts';

/** `getMessage`'s shape; passed in so this module runs in Node's tests without the extension API. */
export type Translate = (name: MessageName, substitutions?: string | string[]) => string;

/** What the explanation of one term is rendered from, besides the term itself. */
export interface ExplanationContext {
  entries: ReadonlyMap<string, Entry>;
  /** The article's publication date (YYYY-MM-DD), when the page gives one. */
  articleDate: string | undefined;
  /** Today (YYYY-MM-DD). */
  today: string;
  /** Language of the glossary text shown (explanations, glosses, timeline). */
  lang: 'vi' | 'en';
  t: Translate;
  /** Called with an entry id when one of the related-term buttons is pressed. */
  onRelated: (id: string) => void;
}

/** One explanation to show: the entry and what the page said. */
export interface ExplanationInput {
  entry: Entry;
  /** The text as written on the page. */
  surface?: string | undefined;
  /** The matched form's note, e.g. that the article probably mistyped the term. */
  note?: Bilingual | undefined;
  /** A document number found on the page, resolved to this entry (its document or its type). */
  citation?: Citation | undefined;
}

/** The id of the heading that names the dialog (unique within the popup's shadow root). */
export const TITLE_ID = 'cchc-title';

const STATUS_NAMES: Record<LegalBasis['status'], MessageName> = {
  'in-force': 'popupStatusInForce',
  amended: 'popupStatusAmended',
  replaced: 'popupStatusReplaced',
  expired: 'popupStatusExpired',
  unknown: 'popupStatusUnknown',
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
 * The last day a document applied, from its `until`: the glossary stores the first day it no longer
 * applied (exclusive, as `periodAt` compares dates), but a reader expects the last day it did. A
 * partial date steps back by its own unit: "2025-07-01" → "2025-06-30", "2025-07" → "2025-06",
 * "2021" → "2020" (a partial date counts as its first day).
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
function pick(text: { vi: string; en?: string | undefined }, lang: 'vi' | 'en'): string {
  return lang === 'en' && text.en ? text.en : text.vi;
}

/** Lower-cased, without spacing differences, for "is this the same name" comparisons only. */
function loose(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** A short name for an entry: its document number for a legal document, else its gloss. */
function shortName(entry: Entry, lang: 'vi' | 'en'): string {
  return entry.documents?.[0] ?? pick(entry.gloss, lang);
}

/** Only web links: the glossary is ours, but a `javascript:` or `data:` address must never become a link. */
function safeHref(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function renderHeader(input: ExplanationInput, ctx: ExplanationContext): Node[] {
  const { entry } = input;
  const category = createElement('p', { className: 'category', text: ctx.t(categoryNames[entry.category]) });
  // The reader's own term says so: its explanation is theirs, not the glossary's.
  if (isOwnEntry(entry)) category.append(createElement('span', { className: 'own', text: ctx.t('popupOwnTerm') }));
  const nodes: Node[] = [category];
  const title = createElement('h2', { id: TITLE_ID, className: 'title', text: entry.term });
  // Focus lands on the heading when the popup opens, so a screen reader starts at the term's name.
  title.tabIndex = -1;
  nodes.push(title);
  const gloss = pick(entry.gloss, ctx.lang);
  if (loose(gloss) !== loose(entry.term)) nodes.push(createElement('p', { className: 'gloss', text: gloss }));
  const surface = input.surface?.trim();
  if (surface && !input.citation && !loose(entry.term).includes(loose(surface)) && loose(surface) !== loose(gloss)) {
    nodes.push(createElement('p', { className: 'as-written', text: ctx.t('popupAsWritten', surface) }));
  }
  return nodes;
}

function renderCitation(input: ExplanationInput, ctx: ExplanationContext): Node | undefined {
  const { citation, entry } = input;
  if (!citation) return undefined;
  const asWritten =
    input.surface?.trim() || [citation.number, citation.year, citation.code].filter((part) => part).join('/');
  const box = createElement(
    'div',
    { className: 'citation' },
    createElement('p', { className: 'number', text: ctx.t('popupCitationNumber', asWritten) }),
  );
  if (entry.category === 'document-type') {
    box.append(
      createElement('p', { text: ctx.t('popupCitationType', [citation.code, pick(entry.gloss, ctx.lang)]) }),
      createElement('p', { className: 'caveat', text: ctx.t('popupCitationNotInGlossary') }),
    );
  }
  return box;
}

function renderTimeNote(entry: Entry, ctx: ExplanationContext): Node | undefined {
  const note = timeNote(entry, ctx.articleDate, ctx.today);
  const date = ctx.articleDate ? formatDate(ctx.articleDate, ctx.lang) : '';
  const line = (className: string, label: string, text: string) =>
    createElement(
      'p',
      { className },
      createElement('span', { className: 'label', text: label }),
      document.createTextNode(` ${text}`),
    );
  const lines: Node[] = [];
  if (note.changed && note.whenWritten && note.now) {
    lines.push(
      line('then', ctx.t('popupWhenPublished', date), pick(note.whenWritten, ctx.lang)),
      line('now', ctx.t('popupNow'), pick(note.now, ctx.lang)),
    );
  } else if (ctx.articleDate && note.now && note.whenWritten === note.now) {
    lines.push(line('now', ctx.t('popupUnchangedSince', date), pick(note.now, ctx.lang)));
  } else if (note.now) {
    // No article date, or the article predates what the timeline covers: say only what holds today.
    lines.push(line('now', ctx.t('popupNow'), pick(note.now, ctx.lang)));
  } else if (note.whenWritten) {
    lines.push(line('then', ctx.t('popupWhenPublished', date), pick(note.whenWritten, ctx.lang)));
  }
  if (lines.length === 0) return undefined;
  return createElement(
    'section',
    { className: 'time' },
    createElement('h3', { text: ctx.t('popupTimeHeading') }),
    ...lines,
  );
}

/** An own term's source links (bundled entries show theirs per legal fact). */
function renderOwnSources(entry: Entry, ctx: ExplanationContext): Node | undefined {
  if (!isOwnEntry(entry)) return undefined;
  const links = entry.sources.flatMap((source) => {
    const href = safeHref(source);
    if (!href) return [];
    const link = createElement('a', { text: `${ctx.t('popupSource')} ↗` });
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(createElement('span', { className: 'sr-only', text: ` ${ctx.t('popupNewTab')}` }));
    return [link];
  });
  return links.length > 0 ? createElement('p', { className: 'own-sources' }, ...links) : undefined;
}

function renderConfidence(entry: Entry, ctx: ExplanationContext): Node | undefined {
  const note = entry.confidenceNote ? pick(entry.confidenceNote, ctx.lang) : '';
  if (entry.confidence === 'high') {
    return note ? createElement('p', { className: 'caveat', text: note }) : undefined;
  }
  const level = ctx.t(entry.confidence === 'low' ? 'popupConfidenceLow' : 'popupConfidenceMedium');
  return createElement('p', { className: 'confidence', text: note ? `${level} ${note}` : level });
}

function renderLegalItem(basis: LegalBasis, ctx: ExplanationContext): HTMLLIElement {
  const item = createElement('li', basis.verified ? {} : { className: 'unverified' });
  if (!basis.verified) {
    item.append(createElement('span', { className: 'unverified-badge', text: ctx.t('popupUnverified') }));
  }
  item.append(createElement('span', { className: 'document', text: basis.document }));
  if (basis.article) item.append(document.createTextNode(`, ${basis.article}`));

  const facts = [basis.issuer];
  if (basis.issued) facts.push(ctx.t('popupIssued', formatDate(basis.issued, ctx.lang)));
  const from = basis.effective && formatDate(basis.effective, ctx.lang);
  // `until` is the first day without force; the popup names the last day in force ("– hết 30/06/2025").
  const to = basis.until && formatDate(lastDayBefore(basis.until), ctx.lang);
  if (from && to) facts.push(ctx.t('popupInForceFromTo', [from, to]));
  else if (from) facts.push(ctx.t('popupInForceFrom', from));
  else if (to) facts.push(ctx.t('popupInForceUntil', to));
  item.append(createElement('div', { className: 'facts', text: facts.join(' · ') }));

  const replacement = basis.replacedBy ? ctx.entries.get(basis.replacedBy) : undefined;
  const status =
    basis.status === 'replaced' && replacement
      ? ctx.t('popupStatusReplacedBy', shortName(replacement, ctx.lang))
      : ctx.t(STATUS_NAMES[basis.status]);
  const statusLine = createElement('div', {}, createElement('span', { className: 'status', text: status }));
  const href = safeHref(basis.source);
  if (href) {
    const link = createElement('a', { text: `${ctx.t('popupSource')} ↗` });
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(createElement('span', { className: 'sr-only', text: ` ${ctx.t('popupNewTab')}` }));
    statusLine.append(link);
  }
  item.append(statusLine);
  if (!basis.verified) item.append(createElement('div', { className: 'caveat', text: ctx.t('popupUnverifiedNote') }));
  return item;
}

function renderLegal(entry: Entry, ctx: ExplanationContext): Node | undefined {
  if (entry.legal.length === 0) return undefined;
  return createElement(
    'section',
    { className: 'legal' },
    createElement('h3', { text: ctx.t('popupLegalHeading') }),
    createElement('ul', {}, ...entry.legal.map((basis) => renderLegalItem(basis, ctx))),
  );
}

function renderRelated(entry: Entry, ctx: ExplanationContext): Node | undefined {
  const buttons: HTMLButtonElement[] = [];
  for (const id of entry.related) {
    const related = ctx.entries.get(id);
    if (!related) continue;
    const button = createElement('button', { text: pick(related.gloss, ctx.lang) });
    button.type = 'button';
    button.dataset.id = id;
    button.title = related.term;
    button.addEventListener('click', () => ctx.onRelated(id));
    buttons.push(button);
  }
  if (buttons.length === 0) return undefined;
  return createElement(
    'section',
    { className: 'related' },
    createElement('h3', { text: ctx.t('popupRelatedHeading') }),
    createElement('div', { className: 'related-list' }, ...buttons),
  );
}

/**
 * The explanation of one term as DOM: category, name and full form, what the page wrote, the form's note,
 * the citation, the plain explanation, then and now, confidence, legal basis and related terms.
 * Built with `createElement`/`textContent` only: glossary and page text never go through an HTML parser.
 */
export function renderExplanation(input: ExplanationInput, ctx: ExplanationContext): HTMLElement {
  const { entry } = input;
  const parts: (Node | undefined)[] = [
    ...renderHeader(input, ctx),
    input.note ? createElement('p', { className: 'note', text: `⚠ ${pick(input.note, ctx.lang)}` }) : undefined,
    renderCitation(input, ctx),
    createElement('p', { className: 'explanation', text: pick(entry.explanation, ctx.lang) }),
    renderOwnSources(entry, ctx),
    renderTimeNote(entry, ctx),
    renderConfidence(entry, ctx),
    renderLegal(entry, ctx),
    renderRelated(entry, ctx),
  ];
  const content = createElement('div', { className: 'content' });
  content.dataset.entry = entry.id;
  content.append(...parts.filter((part): part is Node => part !== undefined));
  return content;
}
