// Test support, imported by unit tests only: a linkedom page with what the content script's modules
// need and linkedom lacks. No product module imports it.
import { parseHTML } from 'linkedom';

/** linkedom has no StaticRange: a stand-in with the same four fields, as fixed as the real one. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

/** The global names the page modules read (`document`, `window`, `location`, `Node`, …). */
type PageGlobals = Record<string, unknown>;

/**
 * Parses `html` and makes it the global page the content script's modules see, with the pieces
 * linkedom lacks: `StaticRange`, `Text.splitText`, `getElementsByTagName('*')` (linkedom returns
 * nothing for it), line boxes (all alike: linkedom lays nothing out), no selection, `Node`'s constants, a `location` whose `href` a test may change, and a
 * `scheduler.yield` (Node's MessageChannel, the fallback, would keep the test process alive).
 */
export function fakePage(html: string): { document: Document; window: Window & typeof globalThis } {
  const parsed = parseHTML(html) as unknown as { document: Document; window: Window & typeof globalThis };
  const { document, window } = parsed;
  const textPrototype = Object.getPrototypeOf(document.createTextNode('')) as Text;
  if (typeof textPrototype.splitText !== 'function') {
    Object.defineProperty(textPrototype, 'splitText', {
      configurable: true,
      value(this: Text, offset: number): Text {
        const rest = this.ownerDocument.createTextNode(this.data.slice(offset));
        this.data = this.data.slice(0, offset);
        this.after(rest);
        return rest;
      },
    });
  }
  const elementPrototype = Object.getPrototypeOf(Object.getPrototypeOf(document.createElement('p'))) as Element;
  const byTag = elementPrototype.getElementsByTagName;
  Object.defineProperty(elementPrototype, 'getElementsByTagName', {
    configurable: true,
    value(this: Element, name: string) {
      return name === '*' ? this.querySelectorAll('*') : byTag.call(this, name);
    },
  });
  // No layout: every element has one line box of the same size, so everything counts as rendered.
  const box = { left: 0, top: 10, right: 50, bottom: 20, width: 50, height: 10, x: 0, y: 10 } as DOMRect;
  for (const [name, value] of [
    ['getClientRects', () => [box]],
    ['getBoundingClientRect', () => box],
    ['scrollIntoView', () => {}],
  ] as const) {
    if (!(name in elementPrototype)) Object.defineProperty(elementPrototype, name, { configurable: true, value });
  }
  if (typeof document.getSelection !== 'function') {
    Object.defineProperty(document, 'getSelection', { configurable: true, value: () => null });
  }
  const globals = globalThis as unknown as PageGlobals;
  globals.document = document;
  globals.window = window;
  globals.location = { href: 'http://127.0.0.1/article' };
  globals.Node = { DOCUMENT_POSITION_FOLLOWING: 4, ELEMENT_NODE: 1, TEXT_NODE: 3 };
  const classes = parsed as unknown as PageGlobals;
  globals.Element = classes.Element;
  globals.MutationObserver = classes.MutationObserver;
  globals.StaticRange = FakeStaticRange;
  globals.scheduler = { yield: () => new Promise<void>((resolve) => setImmediate(resolve)) };
  return parsed;
}
