import { INLINE_TAGS, isNotPageText } from '../shared/page-text.ts';
import { WRAPPER_TAG } from './highlight-names.ts';
import { isOwnElement } from './own-elements.ts';
import { BlockBuilder, type TextBlock } from './text-blocks.ts';

/** A block of the page's text and the element whose direct inline content it is. */
export interface PageBlock extends TextBlock<Text> {
  container: Element;
}

/** Whether `element` flows inline with the text around it (by tag). */
export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName) || element.localName === WRAPPER_TAG;
}

/** Not page text (page-text.ts), or one of our own elements. */
function isSkipped(element: Element): boolean {
  return isOwnElement(element) || isNotPageText(element);
}

/** Whether `node` lies in something never scanned, looking up to (not past) `root`. */
export function isInSkipped(node: Node, root: Node): boolean {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
  }
  return false;
}

/** The nearest ancestor-or-self of `element` that is not inline, but never above `root`. */
export function blockContainerOf(element: Element, root: Element): Element {
  let e = element;
  while (e !== root && isInline(e) && e.parentElement) e = e.parentElement;
  return e;
}

/** The builder's fresh block, given its container in place: no copy per block on a long page. */
function withContainer(block: TextBlock<Text>, container: Element): PageBlock {
  (block as PageBlock).container = container;
  return block as PageBlock;
}

/**
 * Moves the walker past `skipped`'s subtree; returns the next node, or null at the end. Goes node by
 * node rather than by `nextSibling()`: linkedom's walker (the `scan` command's and the unit tests'
 * page) has only `nextNode()`, and the skipped subtrees (scripts, lists, menus) are small.
 */
function skipSubtree(walker: TreeWalker, skipped: Node): Node | null {
  let node = walker.nextNode();
  while (node && skipped.contains(node)) node = walker.nextNode();
  return node;
}

/**
 * The blocks of text under `root` in document order: consecutive inline text is one block, so a term
 * split across inline elements (`thủ tục <b>hành chính</b>`) is one string; a block element or `<br>`
 * ends a block. Skips what is not page text (page-text.ts) and our own elements.
 */
export function* walkBlocks(root: Element): Generator<PageBlock, void, undefined> {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 0x1 | 0x4); // SHOW_ELEMENT | SHOW_TEXT
  const builder = new BlockBuilder<Text>();
  let container: Element = root;
  let lastParent: Node | null = null;
  let lastContainer: Element = root;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const parent = node.parentNode as Element;
      if (parent !== lastParent) {
        lastParent = parent;
        lastContainer = blockContainerOf(parent, root);
      }
      if (lastContainer !== container) {
        const block = builder.end();
        if (block) yield withContainer(block, container);
        container = lastContainer;
      }
      builder.add(node as Text, (node as Text).data);
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (isSkipped(element)) {
      node = skipSubtree(walker, element);
      continue;
    }
    if (!isInline(element)) {
      const block = builder.end();
      if (block) yield withContainer(block, container);
    }
    node = walker.nextNode();
  }
  const block = builder.end();
  if (block) yield withContainer(block, container);
}
