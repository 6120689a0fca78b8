import { Parser } from 'htmlparser2';

/** Visible text of an HTML document with, for each of its UTF-16 units, the index in the raw HTML. */
export interface VisibleText {
  text: string;
  /** Where in the raw HTML text[i] starts, and where it ends (an entity is one char from many). */
  rawStart: number[];
  rawEnd: number[];
}

/** Elements whose content a reader never sees as page text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object']);

/** Elements that end a line of text: a term never runs across them. */
const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

/**
 * Which elements' direct text is read, by their ordinal among the document's elements (document order,
 * as the parser opens them), and which elements end a line: the extension's rules (page-text.ts)
 * measured on the parsed page (scan-file.ts).
 */
export interface ReadRule {
  reads(ordinal: number): boolean;
  endsLine(tag: string): boolean;
}

/**
 * Extracts the text a reader sees (no script, style or attribute text), with entities decoded and
 * a newline at each block boundary, keeping a map back to the raw HTML so matches can be located.
 */
export function visibleText(html: string, read?: ReadRule): VisibleText {
  const chars: string[] = [];
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  let hidden = 0;
  let ordinal = -1;
  const open: number[] = [];
  const lineBreak = (at: number) => {
    if (chars.length > 0 && chars[chars.length - 1] !== '\n') {
      chars.push('\n');
      rawStart.push(at);
      rawEnd.push(at);
    }
  };
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        open.push(++ordinal);
        if (HIDDEN.has(name)) hidden++;
        else if (read ? read.endsLine(name) : BLOCK.has(name)) lineBreak(parser.startIndex);
      },
      onclosetag(name, implied) {
        open.pop();
        if (HIDDEN.has(name)) {
          if (!implied || hidden > 0) hidden = Math.max(0, hidden - 1);
        } else if (read ? read.endsLine(name) : BLOCK.has(name)) lineBreak(parser.startIndex);
      },
      ontext(data) {
        if (hidden > 0) return;
        if (read && !read.reads(open.at(-1) ?? -1)) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        // A piece as long as its raw span maps one to one; a decoded entity maps to where it starts.
        const oneToOne = data.length === to - from;
        for (let k = 0; k < data.length; k++) {
          chars.push(data[k] as string);
          rawStart.push(oneToOne ? from + k : from);
          rawEnd.push(oneToOne ? from + k + 1 : to);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { text: chars.join(''), rawStart, rawEnd };
}
