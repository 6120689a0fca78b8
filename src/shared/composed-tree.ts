/**
 * The page's tree with its open shadow roots in it (web components some news sites build their
 * article from). Pure DOM reading, no browser API. A closed shadow root cannot be reached from a
 * content script at all (`element.shadowRoot` is null): its text is never read.
 */

/** `element`'s open shadow root, if it has one. */
export function openShadowRoot(element: Element): ShadowRoot | null {
  return (element as { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/** Whether `node` is a shadow root (a document fragment with a host). */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return node?.nodeType === 11 && (node as Partial<ShadowRoot>).host != null;
}

/** The parent of `node` with shadow roots in the tree: its parent node, or a shadow root's host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (isShadowRoot(node) ? node.host : null);
}

/** The tree `node` is in: its document, or the shadow root it lies in. */
function scopeOf(node: Node): Node {
  return node.getRootNode?.() ?? node.ownerDocument ?? node;
}

/** Whether `ancestor` is `node` or holds it, also through shadow roots (a host holds its shadow tree). */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (ancestor.contains(n)) return true;
    const scope = scopeOf(n);
    n = isShadowRoot(scope) ? scope.host : null;
  }
  return false;
}

/**
 * `node` or the host holding it that lies in `scope` (a document or a shadow root); undefined when
 * `scope` is not one of the trees above `node`.
 */
export function liftTo(node: Element, scope: Node): Element | undefined {
  for (let n: Element | undefined = node; n; ) {
    const own = scopeOf(n);
    if (own === scope) return n;
    n = isShadowRoot(own) ? own.host : undefined;
  }
  return undefined;
}

/** Every open shadow root under `root`, nested ones too, outer ones first. */
export function openShadowRootsUnder(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot | Element) => {
    for (const element of scope.querySelectorAll('*')) {
      const shadow = openShadowRoot(element);
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}
