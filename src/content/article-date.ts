import { INLINE_TAGS, NOT_TEXT_TAGS } from '../shared/page-text.ts';

/** Meta names, properties and itemprops that carry a publication date, most trusted first. */
const META_KEYS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'og:article:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'date',
  'datecreated',
];

/** Schema.org types whose `datePublished` is the article's own (not its publisher's or an image's). */
const ARTICLE_TYPE = /article|posting|reportage|webpage/i;

/** Vietnam's offset: news sites state their dates in it, so an instant given in UTC is read there. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** Text in these is not page text (page-text.ts): a date there is code or a form's, not the article's. */
const NOT_TEXT_SELECTOR = [...NOT_TEXT_TAGS].join(',');

/** A date line is short ("Thứ Hai, 25-05-2020, 02:23", "- 07/03/2026 08:47"); a date inside a sentence is not one. */
const MAX_LINE = 120;
/** How many lines either side of the headline to look at for the date line. */
const NEAR = 60;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD if the parts make a real calendar day in a plausible range, else undefined. */
function ymd(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const YEAR_FIRST = /(?<![\d/.-])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])/;
const DAY_FIRST = /(?<![\d/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/;
const WORDS = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})/i;

/** An ISO date-time; with an explicit offset the day is the day in Vietnam at that instant. */
function parseIso(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!ymd(year, month, day)) return undefined;
  const zone = m[6];
  if (!zone || m[4] === undefined) return ymd(year, month, day);
  const offset =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = Date.UTC(year, month - 1, day, Number(m[4]), Number(m[5])) - offset * 60_000;
  const there = new Date(utc + VIETNAM_OFFSET_MINUTES * 60_000);
  return ymd(there.getUTCFullYear(), there.getUTCMonth() + 1, there.getUTCDate());
}

/**
 * A date written the Vietnamese way, day first: "25-05-2020", "23/02/2021 14:12", "ngày 23 tháng 08 năm 2019";
 * also a year-first "2020/05/25".
 */
function parseVietnameseDate(raw: string): string | undefined {
  const text = raw.normalize('NFC').replace(/\u00a0/g, ' ');
  let m = WORDS.exec(text);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_FIRST.exec(text);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YEAR_FIRST.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** A date from a machine-readable value: ISO first, then the Vietnamese ways. */
function parseValue(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return parseIso(value) ?? parseVietnameseDate(value);
}

function fromMeta(doc: Document): string | undefined {
  let best: { rank: number; date: string } | undefined;
  for (const meta of doc.querySelectorAll('meta[content]')) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const rank = META_KEYS.indexOf(meta.getAttribute(attribute)?.trim().toLowerCase() ?? '');
      if (rank === -1 || (best && best.rank <= rank)) continue;
      const date = parseValue(meta.getAttribute('content'));
      if (date) best = { rank, date };
    }
  }
  return best?.date;
}

/** Every `datePublished` in a JSON-LD value, article types first (also inside `@graph` and arrays). */
function collectPublished(value: unknown, articles: string[], others: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectPublished(item, articles, others);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const published = record.datePublished;
  if (typeof published === 'string') {
    const types = ([] as unknown[]).concat(record['@type'] ?? []);
    (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type)) ? articles : others).push(published);
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'datePublished' && typeof child === 'object') collectPublished(child, articles, others);
  }
}

function fromJsonLd(doc: Document): string | undefined {
  const articles: string[] = [];
  const others: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    try {
      collectPublished(JSON.parse(text), articles, others);
    } catch {
      // Sites often serve JSON-LD with raw line breaks or trailing commas; read the field directly.
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(text);
      if (m?.[1]) others.push(m[1]);
    }
  }
  for (const value of [...articles, ...others]) {
    const date = parseValue(value);
    if (date) return date;
  }
  return undefined;
}

function fromMarkedTime(doc: Document): string | undefined {
  for (const element of doc.querySelectorAll(
    'time[itemprop~="datePublished"], time[pubdate], [itemprop~="datePublished"][datetime], article header time[datetime]',
  )) {
    const date = parseValue(element.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

function loose(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** The article's headline: the `h1` or title-like element whose text is the page's title, else the first `h1`. */
function findHeadline(doc: Document): Element | undefined {
  const titles = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content'),
    doc.title,
  ]
    .map(loose)
    .filter((title) => title.length >= 10);
  const matches = (element: Element) => {
    const text = loose(element.textContent);
    return text.length >= 10 && titles.some((title) => title.startsWith(text) || text.startsWith(title));
  };
  const headings = [...doc.querySelectorAll('h1')];
  return (
    headings.find(matches) ??
    [...doc.querySelectorAll('[class*="title" i], [itemprop="headline"]')].find(
      (element) => element.closest('head') === null && matches(element),
    ) ??
    headings.find((h) => h.closest('article, main')) ??
    headings[0]
  );
}

/** The line a text node sits on: its nearest ancestor that is not inline formatting. */
function lineOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element?.parentElement && INLINE_TAGS.has(element.localName)) element = element.parentElement;
  return element;
}

/** What a date line may hold besides the date: weekday, time, "Cập nhật", "(GMT+7)", separators. */
const LINE_FURNITURE = [
  /(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4}/giu,
  /\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,4}/gu,
  /\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s?(?:am|pm|sa|ch))?/giu,
  /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|\bcn\b/giu,
  /gmt\s*[+-]\s*\d+|cập\s+nhật|xuất\s+bản|đăng|ngày|lúc|giờ|published|updated/giu,
  /[\s,.;:|()\-–—/]+/gu,
];
/** Room left on a date line for other words, such as the author's name. */
const MAX_OTHER_WORDS = 40;

/** The date a line gives if it is a date line (or holds a `<time datetime>`), not a sentence with a date in it. */
function dateOnLine(line: Element): string | undefined {
  const text =
    line.textContent
      ?.normalize('NFC')
      .replace(/\u00a0/g, ' ')
      .trim() ?? '';
  if (text.length > MAX_LINE || !/\d/.test(text)) return undefined;
  const time = line.closest('time[datetime]') ?? line.querySelector('time[datetime]');
  const fromAttribute = time ? parseValue(time.getAttribute('datetime')) : undefined;
  if (fromAttribute) return fromAttribute;
  const date = parseVietnameseDate(text);
  if (!date) return undefined;
  const rest = LINE_FURNITURE.reduce((left, pattern) => left.replace(pattern, ' '), text).trim();
  return rest.length <= MAX_OTHER_WORDS ? date : undefined;
}

/** The page's visual lines in order: the distinct line elements of its text nodes. */
function linesOf(root: Element): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const lines: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_TEXT_SELECTOR) || !node.textContent?.trim()) continue;
    const line = lineOf(node);
    if (line && line !== lines.at(-1)) lines.push(line);
  }
  return lines;
}

/** The date line nearest the headline, below it first, then above ("Thứ Hai, 25-05-2020, 02:23"). */
function nearHeadline(lines: Element[], headline: Element): string | undefined {
  const touches = (line: Element) => headline.contains(line) || line.contains(headline);
  const first = lines.findIndex(touches);
  if (first === -1) return undefined;
  let last = first;
  while (last + 1 < lines.length && touches(lines[last + 1] as Element)) last++;
  for (let distance = 1; distance <= NEAR; distance++) {
    for (const index of [last + distance, first - distance]) {
      const line = lines[index];
      const date = line && dateOnLine(line);
      if (date) return date;
    }
  }
  return undefined;
}

function fromDateLine(doc: Document): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const headline = findHeadline(doc);
  if (headline) {
    // The article's own container first, so that a site header's "today" next to it does not win.
    const container = headline.closest('article, main, [itemprop="articleBody"]');
    const date = (container && nearHeadline(linesOf(container), headline)) || nearHeadline(linesOf(body), headline);
    if (date) return date;
  }
  // No headline to go by: the first date line in an element named for dates, in the article if any.
  const scope = doc.querySelector('article, main, [itemprop="articleBody"]') ?? body;
  for (const element of scope.querySelectorAll('[class*="date" i], [class*="time" i], [class*="publish" i]')) {
    const date = dateOnLine(element);
    if (date) return date;
  }
  return undefined;
}

/**
 * The article's publication date as YYYY-MM-DD: from meta tags, JSON-LD `datePublished` (also in `@graph`),
 * a marked `<time datetime>`, or the Vietnamese date line next to the headline (day before month).
 */
export function findArticleDate(doc: Document): string | undefined {
  return fromMeta(doc) ?? fromJsonLd(doc) ?? fromMarkedTime(doc) ?? fromDateLine(doc);
}
