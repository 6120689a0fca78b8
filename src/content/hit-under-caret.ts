import type { TermHit } from './term-hit.ts';

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null;

/**
 * The caret position at a point, with either API the engine has. `shadowRoots` are the open shadow
 * roots it may answer inside (otherwise a point on their text gives their host).
 */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const at = doc.caretPositionFromPoint as CaretFromPoint;
    const p = shadowRoots.length > 0 ? at.call(doc, x, y, { shadowRoots: [...shadowRoots] }) : at.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const legacy = (doc as { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** Whether the point is on one of the line boxes (a pixel of slack for rounding). */
function covers(boxes: readonly DOMRect[], x: number, y: number): boolean {
  return boxes.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}

/**
 * The highlighters' hit test where the engine has none of its own: the caret position at the point,
 * looked up in the scanner's index (`hitsOfNode`), confirmed against the term's line boxes (a caret
 * between two characters belongs to both sides).
 */
export function hitUnderCaret(
  doc: Document,
  x: number,
  y: number,
  hitsOfNode: (node: Text) => readonly TermHit[],
  isDrawn: (hit: TermHit) => boolean,
  rectsOf: (hit: TermHit) => DOMRect[],
  shadowRoots: readonly ShadowRoot[] = [],
): TermHit | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (caret?.node.nodeType !== 3) return undefined;
  for (const hit of hitsOfNode(caret.node as Text)) {
    if (isDrawn(hit) && covers(rectsOf(hit), x, y)) return hit;
  }
  return undefined;
}
