/** A live Range over a StaticRange's current position (null if the page changed the text under it). */
export function liveRange(range: StaticRange, doc: Document): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

/** The line boxes of a StaticRange where its text is now (none if the page changed the text under it). */
export function lineBoxes(range: StaticRange, doc: Document): DOMRect[] {
  return [...(liveRange(range, doc)?.getClientRects() ?? [])];
}
