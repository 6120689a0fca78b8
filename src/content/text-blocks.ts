/**
 * Pure bookkeeping for the page's text, kept apart from the DOM so Node can test it: a block is the
 * text of consecutive inline text nodes as one string, with where each node starts in it; several
 * blocks are joined into one string for the matcher with a separator no term can cross.
 */

/** A run of inline text: `text` is the nodes' data joined, line breaks turned into spaces. */
export interface TextBlock<N> {
  text: string;
  /** The text nodes, in document order. */
  nodes: N[];
  /** Where each node's data starts in `text`; ascending, `starts[0] === 0`. */
  starts: number[];
}

/** A boundary point inside one of a block's nodes. */
export interface NodePoint<N> {
  node: N;
  offset: number;
}

/**
 * Between blocks when they are joined. The pilcrow is a punctuation token to the matcher, so no phrase
 * runs from one block into the next; the line breaks end the matcher's paragraph for paragraph rules.
 */
export const BLOCK_SEPARATOR = '\n¶\n';

const LINE_BREAKS = /[\n\r\t\f\v]/g;

/**
 * The node's text as the matcher should see it: same length (so offsets map one to one), with line
 * breaks made spaces, since in HTML source they are only white space, not paragraph ends.
 */
export function flattenLines(data: string): string {
  // Testing first spares a copy of the many nodes without any. Five indexOf calls, not one test of a
  // character class: on the 5 MB page's 4.8 million characters the class took 17 to 30 ms, these 3 to 5.
  const breaks =
    data.indexOf('\n') >= 0 ||
    data.indexOf('\r') >= 0 ||
    data.indexOf('\t') >= 0 ||
    data.indexOf('\f') >= 0 ||
    data.indexOf('\v') >= 0;
  return breaks ? data.replace(LINE_BREAKS, ' ') : data;
}

/** Builds blocks node by node. */
export class BlockBuilder<N> {
  private parts: string[] = [];
  private nodes: N[] = [];
  private starts: number[] = [];
  private length = 0;
  private hasText = false;

  add(node: N, data: string): void {
    if (data.length === 0) return;
    this.parts.push(flattenLines(data));
    this.nodes.push(node);
    this.starts.push(this.length);
    this.length += data.length;
    // A block of white space only is dropped: nothing to find there.
    if (!this.hasText && /\S/.test(data)) this.hasText = true;
  }

  /** Ends the current block; returns it, or undefined when it held no visible text. */
  end(): TextBlock<N> | undefined {
    // Called at every block element, most often with nothing gathered: no fresh arrays then.
    if (this.parts.length === 0) return undefined;
    // Most blocks are one text node: its string as it is, not a copy (5 MB of copies on the big page).
    const parts = this.parts;
    const block = this.hasText
      ? { text: parts.length === 1 ? (parts[0] as string) : parts.join(''), nodes: this.nodes, starts: this.starts }
      : undefined;
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.length = 0;
    this.hasText = false;
    return block;
  }
}

/** Index of the last element of the ascending `list` that is ≤ `value` (or that is < it, if `strict`). */
function lastAtMost(list: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const v = list[mid] as number;
    if (strict ? v < value : v <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps the string span [start, end) of a block back to node points. The start goes into the node that
 * holds its first character; the end into the node that holds its last one, so a term never starts at
 * the very end of one node or ends at the very start of the next.
 */
export function spanToPoints<N>(block: TextBlock<N>, start: number, end: number): [NodePoint<N>, NodePoint<N>] {
  const i = lastAtMost(block.starts, start, false);
  const j = lastAtMost(block.starts, end, true);
  return [
    { node: block.nodes[i] as N, offset: start - (block.starts[i] as number) },
    { node: block.nodes[j] as N, offset: end - (block.starts[j] as number) },
  ];
}

/** Blocks joined for one matcher call, with where each block starts in the joined text. */
export interface JoinedBlocks {
  text: string;
  starts: number[];
}

export function joinBlocks(blocks: readonly { text: string }[]): JoinedBlocks {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), starts };
}

/** Which block of a join holds the joined-text position `at`. */
export function blockAt(joined: JoinedBlocks, at: number): number {
  return lastAtMost(joined.starts, at, false);
}
