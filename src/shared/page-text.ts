/**
 * What counts as a page's text: one definition for the content script's walk (collect-text.ts), the
 * article-date reader and the `scan` command's HTML reading (cli/scan-file.ts), so the command reports
 * what the extension highlights. Pure DOM reading: works on a browser page and on linkedom's.
 */
import { isOutsideArticle, isOutsideArticleByTag } from './article-extent.ts';

/** Elements whose text is never read: code, form fields, non-text content. */
export const NOT_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);

/**
 * Elements that flow with the text around them; any other element ends a block of text (so does
 * `<br>`). By tag rather than computed style: free of style and layout work, and the same in Node.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'ruby',
  'rb',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * Whether `element`'s subtree is not page text: code, form fields, hidden or editable regions, and,
 * inside the article's container, menus, related lists, sponsored blocks and comments.
 */
export function isNotPageText(element: Element): boolean {
  if (NOT_TEXT_TAGS.has(element.localName)) return true;
  // Most elements of a long article (<p>, <b>, <i>) have no attributes: one call answers for five.
  if (!element.hasAttributes()) return isOutsideArticleByTag(element);
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isOutsideArticle(element);
}
