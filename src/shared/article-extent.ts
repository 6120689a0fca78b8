/**
 * Where a news page's article is: its headline, sapo, lead photo and caption, body, captions, quotes
 * and boxes, and nothing else (menus, breadcrumbs, related and most-read lists, sponsored blocks,
 * comments, footers). Pure DOM reading, no browser API: the content script and the `scan` command
 * (on a parsed HTML file) use the same rules, so the command reports what the extension highlights.
 */
import { composedContains, composedParent, isShadowRoot, liftTo, openShadowRootsUnder } from './composed-tree.ts';
import { siteStructureOf } from './site-structures.ts';

/** The article as the scanner sees it: its parts in document order, and their lowest common ancestor. */
export interface ArticleExtent {
  /** What to watch for changes: contains every part. */
  root: Element;
  /** Disjoint elements in document order (headline block, sapo, body …); scanned one after the other. */
  parts: Element[];
}

/** Containers of the article text when the site is not in site-structures.ts, most specific first. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.fck_detail', // vnexpress
  '.detail-content', // tuoitre, thanhnien
  '.singular-content', // dantri
  '.detail__content',
  '.detail-cmain', // cafef
  '.article__body',
  '.article-body',
  '.article-content',
  '.post-content',
  '.entry-content',
  '.content-detail',
  '#main-detail',
];

/** Text length below which a candidate is not taken for the article. */
const MIN_ARTICLE_TEXT = 200;
/** A headline is a sentence, not a logo or a section name. */
const MIN_HEADLINE_TEXT = 12;
/**
 * The most text allowed between the headline and the body (sapo, date, author, lead photo) before the
 * stretch is judged to hold something else (a sidebar, a list) and only the headline, sapo and body count.
 */
const MAX_TEXT_BETWEEN = 2500;

/**
 * Class or id words of blocks that are never the article's, even inside its container: related and
 * most-read lists, sponsored and ad blocks, comments, share bars, tags, breadcrumbs, menus, footers.
 * Matched against each class token and the id, as whole dash/underscore-separated words.
 */
const NOT_ARTICLE_WORD =
  /(^|[-_])(related|relate|relates|lienquan|tinlienquan|tin-lien-quan|cungchuyenmuc|tincungmuc|tincungmucdetail|xemnhieu|docnhieu|mostread|most|readmore|comment|comments|binhluan|sponsor|sponsored|advertisement|advert|ads|adv|banner|quangcao|share|social|breadcrumb|breadcrumbs|tags|tag|keyword|keywords|menu|nav|navbar|footer|newsletter|subscribe|recommend|recommendation|outbrain|taboola)($|[-_])/i;

/** Elements that are never the article's text, wherever they are. */
const NOT_ARTICLE_TAG = new Set(['nav', 'footer', 'form']);
/** ARIA roles of the same. */
const NOT_ARTICLE_ROLE = new Set(['navigation', 'contentinfo', 'banner', 'search', 'complementary']);

/**
 * Whether `element` (inside the article's container) holds something other than the article: a menu,
 * a related list, a sponsored block, comments, a footer. The site's own list comes first.
 */
export function isOutsideArticle(element: Element, extraSelectors: readonly string[] = currentExclusions): boolean {
  if (NOT_ARTICLE_TAG.has(element.localName)) return true;
  const role = element.getAttribute('role');
  if (role && NOT_ARTICLE_ROLE.has(role)) return true;
  for (const selector of extraSelectors) if (safeMatches(element, selector)) return true;
  if (element.id && NOT_ARTICLE_WORD.test(element.id)) return true;
  const classes = element.getAttribute('class');
  if (!classes) return false;
  for (const token of classes.split(/\s+/)) if (token && NOT_ARTICLE_WORD.test(token)) return true;
  return false;
}

/**
 * `isOutsideArticle` of an element that has no attributes (no id, class or role): only its tag and
 * the site's selectors can say. The walk asks it of most elements of a long page (issue 12).
 */
export function isOutsideArticleByTag(
  element: Element,
  extraSelectors: readonly string[] = currentExclusions,
): boolean {
  if (NOT_ARTICLE_TAG.has(element.localName)) return true;
  for (const selector of extraSelectors) if (safeMatches(element, selector)) return true;
  return false;
}

/** The exclusions of the site last measured by findArticleExtent (one page, one site). */
let currentExclusions: readonly string[] = [];

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * `element.textContent.trim().length`, without building the string: on a 5 MB article, concatenating
 * its text cost 150 to 450 ms of the page's start (issue 12), to learn one number.
 */
export function textLength(element: Element): number {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    texts.push(data);
    total += data.length;
  }
  // What trim() drops: white space at both ends, across text nodes.
  let lead = 0;
  for (const data of texts) {
    const kept = data.trimStart().length;
    lead += data.length - kept;
    if (kept > 0) break;
  }
  if (lead === total) return 0;
  let trail = 0;
  for (let i = texts.length - 1; i >= 0; i--) {
    const data = texts[i] as string;
    const kept = data.trimEnd().length;
    trail += data.length - kept;
    if (kept > 0) break;
  }
  return total - lead - trail;
}

/**
 * `textLength(element) >= min`, reading only as far as needed: a candidate for the article is asked
 * whether it has 200 characters, and the 5 MB article's answer is in its first paragraph, not after
 * a walk of all its text (tens of ms there).
 */
export function hasTextAtLeast(element: Element, min: number): boolean {
  if (min <= 0) return true;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  // The trimmed text runs from the first non-white character of all to the last one seen so far.
  let offset = 0;
  let first = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    const kept = data.trimEnd().length;
    if (kept > 0) {
      if (first < 0) first = offset + data.length - data.trimStart().length;
      if (offset + kept - first >= min) return true;
    }
    offset += data.length;
  }
  return false;
}

/**
 * The page's open shadow roots, looked for only when the light DOM has no answer (most pages have no
 * article in a web component, and listing every element's shadow root costs a walk of the page).
 */
let shadowRootsOfPage: (() => ShadowRoot[]) | undefined;

function shadowRootsOf(doc: Document): ShadowRoot[] {
  return shadowRootsOfPage?.() ?? openShadowRootsUnder(doc);
}

function firstIn(scope: Document | ShadowRoot, selectors: readonly string[], minText: number): Element | undefined {
  for (const selector of selectors) {
    for (const found of safeQueryAll(scope, selector)) {
      if (hasTextAtLeast(found, minText) && !hasOutsideAncestor(found)) return found;
    }
  }
  return undefined;
}

function safeQueryAll(scope: Document | ShadowRoot, selector: string): Iterable<Element> {
  try {
    return scope.querySelectorAll(selector);
  } catch {
    return [];
  }
}

/** `firstIn` of each scope in turn: the first scope's match, else the next one's. */
function firstInAny(
  scopes: readonly (Document | ShadowRoot)[],
  selectors: readonly string[],
  minText: number,
): Element | undefined {
  for (const scope of scopes) {
    const found = firstIn(scope, selectors, minText);
    if (found) return found;
  }
  return undefined;
}

/** The first match in the light DOM, else in the open shadow roots (a web component's article). */
function first(doc: Document, selectors: readonly string[], minText: number): Element | undefined {
  const found = firstIn(doc, selectors, minText);
  if (found || selectors.length === 0) return found;
  return firstInAny(shadowRootsOf(doc), selectors, minText);
}

/** `selector`'s matches in each of `scopes`, in turn. */
function queryIn(scopes: readonly (Document | ShadowRoot)[], selector: string): Element[] {
  return scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);
}

/** The element above `element`, through a shadow root to its host. */
function parentOf(element: Element): Element | null {
  const parent = composedParent(element);
  if (isShadowRoot(parent)) return parent.host;
  return parent?.nodeType === 1 ? (parent as Element) : null;
}

/** Whether `element` lies in a menu, header bar, footer or related list of the page. */
function hasOutsideAncestor(element: Element): boolean {
  for (let e = parentOf(element); e; e = parentOf(e)) {
    // The page's own header bar (not an article's <header>).
    if (e.localName === 'header' && e.parentElement?.localName === 'body') return true;
    if (e.localName !== 'body' && e.localName !== 'html' && isOutsideArticle(e)) return true;
  }
  return false;
}

/** The ancestors-or-self of `node`, outermost first (a shadow root under its host). */
function pathOf(node: Node): Node[] {
  const path: Node[] = [];
  for (let n: Node | null = node; n; n = composedParent(n)) path.unshift(n);
  return path;
}

/**
 * Whether `a` starts before `b` in document order (an ancestor before its descendants). By walking the
 * tree rather than by `compareDocumentPosition`, which linkedom (the `scan` command's DOM) gets wrong
 * for nodes that are not siblings; called a few times per page only.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const pa = pathOf(a);
  const pb = pathOf(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true; // a contains b
  if (i === pb.length) return false; // b contains a
  // A host's shadow tree is drawn in place of its children: it comes first.
  if (isShadowRoot(pa[i])) return true;
  if (isShadowRoot(pb[i])) return false;
  for (let s = (pa[i] as Node).nextSibling; s; s = s.nextSibling) if (s === pb[i]) return true;
  return false;
}

/**
 * The article body: the site's container, a common one, else the old heuristics (article, main,
 * paragraphs), each looked for in the light DOM before the open shadow roots (whose search walks every
 * element of the page: 1 to 2 ms of most pages' start, issue 12). A web component holding the article is
 * the exception; its page rarely has a light-DOM container or 400 characters of paragraphs under one parent.
 */
function findBody(doc: Document, selectors: readonly string[]): Element {
  const known = [...selectors, ...BODY_SELECTORS];
  const light = firstIn(doc, known, MIN_ARTICLE_TEXT) ?? articleOrMain([doc]) ?? bestParagraphParent([doc]);
  if (light) return light;
  const roots = shadowRootsOf(doc);
  return (
    firstInAny(roots, known, MIN_ARTICLE_TEXT) ??
    articleOrMain(roots) ??
    bestParagraphParent(roots) ??
    doc.body ??
    doc.documentElement
  );
}

/** The one top-level `<article>` long enough, else the longest of several, else `main`, in `scopes`. */
function articleOrMain(scopes: readonly (Document | ShadowRoot)[]): Element | undefined {
  const articles = queryIn(scopes, 'article').filter((a) => !a.parentElement?.closest('article'));
  // One article needs only to be long enough; of several, the longest (the first of equals) is taken.
  const only = articles.length === 1 ? (articles[0] as Element) : undefined;
  if (only && hasTextAtLeast(only, MIN_ARTICLE_TEXT)) return only;
  const largest = only ? undefined : articles.map((a) => [a, textLength(a)] as const).sort((a, b) => b[1] - a[1])[0];
  if (largest && largest[1] >= MIN_ARTICLE_TEXT) return largest[0];
  const main = queryIn(scopes, 'main, [role="main"]')[0];
  if (main && hasTextAtLeast(main, MIN_ARTICLE_TEXT)) return main;
  return undefined;
}

/** Readability's idea, cheaply: credit each paragraph's text to its parent; the best parent wins. */
function bestParagraphParent(scopes: readonly (Document | ShadowRoot)[]): Element | undefined {
  const score = new Map<Element, number>();
  for (const p of queryIn(scopes, 'p')) {
    const parent = p.parentElement;
    if (parent && !hasOutsideAncestor(p)) score.set(parent, (score.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | undefined;
  let bestScore = MIN_ARTICLE_TEXT * 2;
  for (const [element, s] of score) {
    if (s > bestScore) {
      best = element;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The headline: the site's, else schema.org's `headline`, else the last sizeable `h1` before the body
 * (a site logo in an `h1` is short or in the header), else an `h1` inside the body's `<article>`.
 */
function findHeadline(
  doc: Document,
  body: Element,
  bodyInShadow: boolean,
  selectors: readonly string[],
): Element | undefined {
  const known = [...selectors, '[itemprop="headline"]'];
  const lightH1 = () => headlineAmong(doc.querySelectorAll('h1'), body);
  const shadowH1 = () => headlineAmong(queryIn(shadowRootsOf(doc), 'h1'), body);
  // A body in a web component: a headline named inside one comes before a light-DOM h1 (the site's
  // title may be one), as before.
  if (bodyInShadow) return first(doc, known, MIN_HEADLINE_TEXT) ?? lightH1() ?? shadowH1();
  // A body in the light DOM: the light DOM's named headline, then its h1s; only a page whose headline is
  // not there has its open shadow roots looked through (a walk of every element: 1 to 2 ms of most pages'
  // start, issue 12).
  return (
    firstIn(doc, known, MIN_HEADLINE_TEXT) ??
    lightH1() ??
    firstInAny(shadowRootsOf(doc), known, MIN_HEADLINE_TEXT) ??
    shadowH1()
  );
}

/** Of `h1s`, one inside the body, else the last before it; none that is short or in a menu or header bar. */
function headlineAmong(h1s: Iterable<Element>, body: Element): Element | undefined {
  let before: Element | undefined;
  for (const h1 of h1s) {
    if (!hasTextAtLeast(h1, MIN_HEADLINE_TEXT) || hasOutsideAncestor(h1)) continue;
    if (composedContains(body, h1)) return h1;
    if (precedes(h1, body)) before = h1;
  }
  return before;
}

/** The ancestors of `node` up to (not including) `stop`, nearest last. */
function chainBelow(node: Element, stop: Element): Element[] {
  const chain: Element[] = [];
  for (let e: Element | null = node; e && e !== stop; e = e.parentElement) chain.unshift(e);
  return chain;
}

/**
 * The elements from `a` through `b` (a before b, neither inside the other), as the fewest whole
 * subtrees in document order: what a text selection from the start of `a` to the end of `b` covers.
 */
export function elementsFromThrough(a: Element, b: Element): Element[] {
  const common = commonAncestor(a, b);
  const aChain = chainBelow(a, common);
  const bChain = chainBelow(b, common);
  const out: Element[] = [a];
  // Up from a: what follows it at each level.
  for (let i = aChain.length - 1; i > 0; i--) {
    for (let s = (aChain[i] as Element).nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  }
  // The common ancestor's children between the two branches.
  const topB = bChain[0] as Element;
  for (let s = (aChain[0] as Element).nextElementSibling; s && s !== topB; s = s.nextElementSibling) out.push(s);
  // Down to b: what precedes it at each level.
  for (let i = 0; i < bChain.length - 1; i++) {
    const next = bChain[i + 1] as Element;
    for (let s = (bChain[i] as Element).firstElementChild; s && s !== next; s = s.nextElementSibling) out.push(s);
  }
  out.push(b);
  return out;
}

function commonAncestor(a: Element, b: Element): Element {
  for (let e: Element | null = a; e; e = parentOf(e)) if (composedContains(e, b)) return e;
  return (a.ownerDocument.documentElement as Element) ?? a;
}

/** Drops parts inside other parts and sorts them in document order. */
function disjointInOrder(parts: (Element | undefined)[]): Element[] {
  const present = [...new Set(parts.filter((p): p is Element => p !== undefined))];
  const outer = present.filter((p) => !present.some((q) => q !== p && composedContains(q, p)));
  return outer.sort((x, y) => (precedes(x, y) ? -1 : 1));
}

/**
 * The parts and what holds them all. The root is always in the document itself (the host of the web
 * component that holds the article, if need be): the mutation watcher and the pointer test it there.
 */
function extentOf(parts: Element[]): ArticleExtent {
  let root = parts[0] as Element;
  for (const part of parts.slice(1)) root = commonAncestor(root, part);
  return { root: liftTo(root, root.ownerDocument) ?? root, parts };
}

/**
 * The host of the page's canonical address: a saved page, a copy read by the `scan` command or a
 * mirror keeps its site's structure. A page could name another site; that only changes where it is read.
 */
function canonicalHost(doc: Document): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return '';
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
}

/**
 * The article's extent on `doc`: the site's known structure when its host is listed (site-structures.ts),
 * else the general rule: the body (schema.org `articleBody` or a common container, else Readability's
 * paragraph count) and the headline before it, with everything from the headline through the body.
 * The page's header, menus and footer are never in it; related lists and the like inside it are
 * skipped while walking (isOutsideArticle).
 */
export function findArticleExtent(doc: Document): ArticleExtent {
  let roots: ShadowRoot[] | undefined;
  shadowRootsOfPage = () => {
    roots ??= openShadowRootsUnder(doc);
    return roots;
  };
  try {
    return findExtent(doc);
  } finally {
    shadowRootsOfPage = undefined;
  }
}

function findExtent(doc: Document): ArticleExtent {
  const site = siteStructureOf(doc.location?.hostname ?? '') ?? siteStructureOf(canonicalHost(doc));
  currentExclusions = site?.exclude ?? [];
  const found = findBody(doc, site?.body ?? []);
  const inShadow = found.getRootNode?.() !== doc;
  const headline = findHeadline(doc, found, inShadow, site?.headline ?? []);
  // The sapo in a shadow root only beside a body in one (the shadow roots' walk is not for every page).
  const sapo = site?.sapo ? (inShadow ? first(doc, site.sapo, 1) : firstIn(doc, site.sapo, 1)) : undefined;
  if (!headline || composedContains(found, headline)) return extentOf(disjointInOrder([sapo, found]));
  // Headline and body in different trees (one inside a web component): the component's host in the
  // other's tree stands for it, whole, as one <article> holding the body would (skipped blocks inside
  // it stay skipped). Two components side by side: the two alone.
  const scopeOf = (e: Element) => e.getRootNode?.() ?? doc;
  let body = liftTo(found, scopeOf(headline));
  let head: Element | undefined = headline;
  if (!body) {
    body = found;
    head = liftTo(headline, scopeOf(found));
    if (!head) return extentOf(disjointInOrder([headline, sapo, found]));
  }
  if (body.contains(head)) return extentOf(disjointInOrder([sapo, body]));
  // One top-level <article> holding headline and body: all of it (boxes and bylines after the body too).
  const article = body.closest('article');
  if (article?.contains(head) && !article.parentElement?.closest('article')) {
    return extentOf(disjointInOrder([article, sapo]));
  }
  if (head.contains(body) || !precedes(head, body)) return extentOf(disjointInOrder([head, sapo, body]));
  const between = elementsFromThrough(head, body).filter((e) => e !== head && e !== body);
  // Summed until it is over the limit: a sidebar between them need not be read to its end.
  let betweenText = 0;
  for (const e of between) {
    if (isOutsideArticle(e)) continue;
    if (hasTextAtLeast(e, MAX_TEXT_BETWEEN - betweenText + 1)) {
      betweenText = MAX_TEXT_BETWEEN + 1;
      break;
    }
    betweenText += textLength(e);
  }
  if (betweenText <= MAX_TEXT_BETWEEN) {
    return extentOf(disjointInOrder([head, ...between.filter((e) => !isOutsideArticle(e)), body]));
  }
  return extentOf(disjointInOrder([head, sapo, body]));
}
