import type { Category } from '../glossary/types.ts';

/**
 * Each category's underline colour (`r g b`), and its tint at 16 %. Chosen so the underline keeps at
 * least 3:1 against white and dark pages alike (#ffffff, #121212), with and without its own tint under
 * it; `highlight-contrast.test.ts` computes every figure. The `Record` makes a new category a compile
 * error here.
 */
export const CATEGORY_COLOURS: Readonly<Record<Category, string>> = {
  procedure: '186 102 5',
  mechanism: '44 104 236',
  institution: '135 75 239',
  index: '8 136 167',
  programme: '19 144 66',
  'legal-document': '220 38 38',
  'document-type': '182 88 16',
  'digital-government': '12 139 128',
  'social-insurance': '219 39 119',
  citizens: '192 38 211',
  'civil-service': '104 96 233',
  'local-government': '87 140 11',
  'reform-policy': '214 80 11',
};

/**
 * Each category's underline style, so that groups differ by more than hue (a reader who cannot tell
 * orange from brown still tells solid from dotted); neighbours in hue get different styles.
 */
export const CATEGORY_LINES: Readonly<Record<Category, 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy'>> = {
  procedure: 'solid',
  mechanism: 'solid',
  institution: 'dashed',
  index: 'dotted',
  programme: 'solid',
  'legal-document': 'double',
  'document-type': 'dashed',
  'digital-government': 'double',
  'social-insurance': 'dotted',
  // Between pink (dotted) and purple (dashed) in hue.
  citizens: 'solid',
  'civil-service': 'wavy',
  'local-government': 'dashed',
  'reform-policy': 'wavy',
};

/** The tint under a term, as a fraction of its colour. */
export const TINT_ALPHA = 0.16;
