import { type TermHit, WRAPPER_TAG } from './highlight-terms.ts';
import type { PageScanner } from './scan-page.ts';

/** Not yet in TypeScript's DOM types: both result shapes that engines have shipped. */
type HighlightHit = Highlight | { highlight: Highlight; ranges: AbstractRange[] };
interface HighlightRegistryWithHitTest {
  highlightsFromPoint?(x: number, y: number): HighlightHit[];
}

/** A live Range for a hit's current position (null if the page changed it under us). */
export function liveRange(hit: TermHit, doc: Document): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(hit.range.startContainer, hit.range.startOffset);
    range.setEnd(hit.range.endContainer, hit.range.endOffset);
    return range;
  } catch {
    return null;
  }
}

/** Something to position the popup against: the term's first line box, where it is now. */
export function anchorOf(hit: TermHit, doc: Document): { getBoundingClientRect(): DOMRect; contextElement?: Element } {
  const context = hit.elements?.[0] ?? hit.range.startContainer.parentElement;
  return {
    // Lets the positioning library follow the scroll containers around the term.
    ...(context ? { contextElement: context } : {}),
    // The first line box across, all of the term's lines down: the popup lines up with where the term
    // starts, and above or below it never covers the rest of a term that wraps onto the next line.
    getBoundingClientRect() {
      const boxes = hit.elements?.length
        ? hit.elements.flatMap((e) => [...e.getClientRects()])
        : [...(liveRange(hit, doc)?.getClientRects() ?? [])];
      const first = boxes[0];
      if (!first) return new DOMRect();
      let top = first.top;
      let bottom = first.bottom;
      for (const box of boxes) {
        top = Math.min(top, box.top);
        bottom = Math.max(bottom, box.bottom);
      }
      return new DOMRect(first.left, top, first.width, bottom - top);
    },
  };
}

/** Whether the point is on one of the hit's line boxes (a pixel of slack for rounding). */
function covers(hit: TermHit, doc: Document, x: number, y: number): boolean {
  const boxes = hit.elements?.length
    ? hit.elements.flatMap((e) => [...e.getClientRects()])
    : liveRange(hit, doc)?.getClientRects();
  for (const r of boxes ?? [])
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

/** The caret position at a point, with either API the engine has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const legacy = (doc as { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/**
 * The shown term at a viewport point, if any: the Highlight API's own hit test where the engine has
 * it, else the caret position at the point looked up in our index, confirmed against the term's boxes
 * (a caret between two characters belongs to both sides).
 */
export function hitAtPoint(
  scanner: PageScanner,
  doc: Document,
  x: number,
  y: number,
  target?: EventTarget | null,
): TermHit | undefined {
  const wrapper = target instanceof Element ? target.closest(WRAPPER_TAG) : null;
  if (wrapper) {
    const hit = scanner.hitsInOrder().find((h) => h.elements?.includes(wrapper as HTMLElement));
    if (hit) return hit;
  }
  const registry = (doc.defaultView?.CSS?.highlights ?? undefined) as
    | (HighlightRegistryWithHitTest & object)
    | undefined;
  if (typeof registry?.highlightsFromPoint === 'function') {
    let sawRanges = false;
    for (const result of registry.highlightsFromPoint(x, y)) {
      if (!('ranges' in result)) continue;
      sawRanges = true;
      for (const range of result.ranges) {
        const hit = scanner.hitOfRange(range);
        if (hit && scanner.isShown(hit)) return hit;
      }
    }
    if (sawRanges) return undefined;
  }
  const caret = caretAt(doc, x, y);
  if (caret?.node.nodeType !== 3) return undefined;
  for (const hit of scanner.hitsOfNode(caret.node as Text)) {
    if (scanner.isShown(hit) && covers(hit, doc, x, y)) return hit;
  }
  return undefined;
}
