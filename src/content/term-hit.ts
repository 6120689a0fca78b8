import type { Citation } from '../glossary/citations.ts';
import type { Bilingual, Category } from '../glossary/types.ts';
import type { PageBlock } from './collect-text.ts';

/**
 * One term found on the page: what the scanner makes of a match and hands to the highlighter. How the
 * highlighter draws it (a registered range, or wrapper elements) stays inside the highlighter.
 */
export interface TermHit {
  id: string;
  category: Category;
  /** The text as it stands on the page. */
  text: string;
  block: PageBlock;
  /** Offsets in `block.text`. */
  start: number;
  end: number;
  /** Where the term is; a StaticRange, which costs the page nothing when its DOM changes. */
  range: StaticRange;
  /** The matched form's note and the parsed citation, for the popup. */
  note?: Bilingual;
  citation?: Citation;
}
