import { composedParent, isShadowRoot, openShadowRoot } from '../shared/composed-tree.ts';
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
  return isNotPageText(element) || (element.hasAttributes() && isOwnElement(element));
}

/** Whether `node` lies in something never scanned, looking up to (not past) `root`. */
export function isInSkipped(node: Node, root: Node): boolean {
  for (let n: Node | null = node.nodeType === 1 ? node : composedParent(node); n && n !== root; n = composedParent(n)) {
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

/** Called with each open shadow root a walk enters (the mutation watcher observes it). */
export type OnShadowRoot = (root: ShadowRoot) => void;

/**
 * The blocks of text under `root` in document order: consecutive inline text is one block, so a term
 * split across inline elements (`thủ tục <b>hành chính</b>`) is one string; a block element or `<br>`
 * ends a block. Skips what is not page text (page-text.ts) and our own elements.
 *
 * Open shadow roots are read as the page shows them: a host's shadow tree in place of its children,
 * and at each `<slot>` the light-DOM nodes assigned to it (else its fallback content). A host, a
 * shadow root's edge and a slot each end a block. Closed shadow roots cannot be reached.
 */
export function* walkBlocks(root: Element, onShadowRoot?: OnShadowRoot): Generator<PageBlock, void, undefined> {
  yield* walkElement(root, onShadowRoot);
}

/** An element's blocks: its open shadow tree's if it has one, else its own subtree's. */
function* walkElement(element: Element, onShadowRoot: OnShadowRoot | undefined): Generator<PageBlock, void, undefined> {
  const shadow = openShadowRoot(element);
  if (!shadow) {
    yield* walkTree(element, element, onShadowRoot);
    return;
  }
  onShadowRoot?.(shadow);
  yield* walkTree(shadow, element, onShadowRoot);
}

/** The nodes assigned to a `<slot>`, or none (not a slot, or an engine without slots). */
function assignedTo(element: Element): Node[] {
  if (element.localName !== 'slot') return [];
  const slot = element as HTMLSlotElement;
  return typeof slot.assignedNodes === 'function' ? slot.assignedNodes({ flatten: true }) : [];
}

function* walkTree(
  root: Element | ShadowRoot,
  host: Element,
  onShadowRoot: OnShadowRoot | undefined,
): Generator<PageBlock, void, undefined> {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4); // SHOW_ELEMENT | SHOW_TEXT
  const builder = new BlockBuilder<Text>();
  let container: Element = host;
  let lastParent: Node | null = null;
  let lastContainer: Element = host;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const parent = node.parentNode as Element;
      if (parent !== lastParent) {
        lastParent = parent;
        // Text right inside a shadow root belongs to its host's block.
        lastContainer = isShadowRoot(parent) ? host : blockContainerOf(parent, root as Element);
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
    const shadow = openShadowRoot(element);
    const assigned = shadow ? [] : assignedTo(element);
    if (shadow || assigned.length > 0) {
      const block = builder.end();
      if (block) yield withContainer(block, container);
      if (shadow) yield* walkElement(element, onShadowRoot);
      else {
        // Text assigned to the slot flows as one block in its light-DOM parent (the host); an element
        // assigned to it is read whole.
        let textParent: Element = element;
        for (const slotted of assigned) {
          if (slotted.nodeType === 3) {
            textParent = (slotted as Text).parentElement ?? element;
            builder.add(slotted as Text, (slotted as Text).data);
            continue;
          }
          const block = builder.end();
          if (block) yield withContainer(block, textParent);
          if (slotted.nodeType === 1 && !isSkipped(slotted as Element))
            yield* walkElement(slotted as Element, onShadowRoot);
        }
        const block = builder.end();
        if (block) yield withContainer(block, textParent);
      }
      // The host's own children show only through its slots; a slot's fallback shows only when empty.
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
