// Every highlight colour against white and dark pages, computed with WCAG 2 relative luminance: each
// underline at least 3:1 against the page and against its own tint (non-text contrast, 1.4.11), and the
// page's text at least 4.5:1 over every tint and over the current-term mark (1.4.3).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categories } from '../shared/categories.ts';
import { CATEGORY_COLOURS, CATEGORY_LINES, TINT_ALPHA } from '../shared/category-colours.ts';
import { SCHEME_LOOKS } from './highlight-look.ts';
import { CURRENT_BACKGROUND } from './highlight-names.ts';

type Rgb = [number, number, number];

/** "r g b" or "rgb(r g b / a)" (the forms our stylesheets use) as a colour and its alpha. */
function parse(css: string): { rgb: Rgb; alpha: number } {
  const m = /(\d+)\s+(\d+)\s+(\d+)(?:\s*\/\s*([\d.]+))?/.exec(css) ?? assert.fail(`not a colour: ${css}`);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: m[4] === undefined ? 1 : Number(m[4]) };
}

function over(top: { rgb: Rgb; alpha: number }, under: Rgb): Rgb {
  return top.rgb.map((c, i) => c * top.alpha + (under[i] as number) * (1 - top.alpha)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A white page with near-black text and a dark page (the usual dark-mode grey) with light text. */
const pages: { name: string; background: Rgb; text: Rgb }[] = [
  { name: 'white page', background: [255, 255, 255], text: [27, 31, 36] },
  { name: 'dark page', background: [18, 18, 18], text: [230, 230, 230] },
];

/** Every scheme's marks: underline colour (undefined: the text's own) and tint. */
const schemes = [
  ...categories.map((c) => ({
    name: `category ${c}`,
    underline: parse(CATEGORY_COLOURS[c]) as { rgb: Rgb; alpha: number } | undefined,
    tint: { ...parse(CATEGORY_COLOURS[c]), alpha: TINT_ALPHA },
  })),
  { name: 'single', underline: parse(SCHEME_LOOKS.single.underline), tint: parse(SCHEME_LOOKS.single.background) },
  { name: 'contrast', underline: undefined, tint: parse(SCHEME_LOOKS.contrast.background) },
];

describe('highlight contrast', () => {
  it('keeps every underline at 3:1 and every marked text at 4.5:1 on white and dark pages', () => {
    const figures: string[] = [];
    const failures: string[] = [];
    for (const page of pages) {
      for (const scheme of schemes) {
        const tinted = over(scheme.tint, page.background);
        const marked = over(parse(CURRENT_BACKGROUND), tinted);
        const line = scheme.underline ? scheme.underline.rgb : page.text;
        const checks = {
          'underline/page': [contrast(line, page.background), 3],
          'underline/tint': [contrast(line, tinted), 3],
          'text/tint': [contrast(page.text, tinted), 4.5],
          'text/current': [contrast(page.text, marked), 4.5],
        } as const;
        for (const [what, [ratio, least]] of Object.entries(checks)) {
          figures.push(`${page.name} ${scheme.name} ${what} ${ratio.toFixed(2)}`);
          if (ratio < least) failures.push(`${page.name}, ${scheme.name}: ${what} ${ratio.toFixed(2)} < ${least}`);
        }
      }
    }
    assert.deepEqual(failures, [], figures.join('\n'));
  });

  it('sets the categories apart by line style too, not only by hue', () => {
    const styles = new Set(categories.map((c) => CATEGORY_LINES[c]));
    assert.ok(styles.size >= 4, [...styles].join(', '));
  });

  it('can fail: the old yellow mark under light text on a dark page was 3.4:1', () => {
    const old = over(parse('rgb(250 204 21 / 0.55)'), [18, 18, 18]);
    assert.ok(contrast([230, 230, 230], old) < 4.5);
  });
});
