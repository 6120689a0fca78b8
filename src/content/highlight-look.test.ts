import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categories } from '../shared/categories.ts';
import { colorSchemes, highlightStyles } from '../shared/settings-values.ts';
import { lookRules } from './highlight-look.ts';

describe('lookRules', () => {
  it('adds nothing for the defaults: the highlighter’s per-category look stands', () => {
    assert.equal(lookRules('both', 'category'), '');
  });

  it('covers every category, in Highlight API and wrap mode, for every other combination', () => {
    for (const style of highlightStyles) {
      for (const scheme of colorSchemes) {
        if (style === 'both' && scheme === 'category') continue;
        const css = lookRules(style, scheme);
        for (const c of categories) {
          assert.ok(css.includes(`::highlight(cchc-${c})`), `${style}/${scheme}/${c}`);
          assert.ok(css.includes(`cchc-term[data-cchc-category="${c}"]`), `${style}/${scheme}/${c}`);
        }
      }
    }
  });

  it('takes away the background or the underline as the style says, whatever the scheme', () => {
    assert.match(lookRules('underline', 'category'), /background-color: transparent/);
    assert.doesNotMatch(lookRules('underline', 'contrast'), /text-decoration: none/);
    assert.match(lookRules('underline', 'contrast'), /underline 3px currentColor/);
    assert.match(lookRules('background', 'single'), /text-decoration: none/);
    assert.doesNotMatch(lookRules('background', 'single'), /transparent/);
  });

  it('gives one colour to every category in the single scheme', () => {
    const css = lookRules('both', 'single')
      .split('\n')
      .filter((rule) => !rule.includes('data-cchc-current'))
      .join('\n');
    const colours = new Set(css.match(/rgb\([^)]*\)/g));
    assert.equal(colours.size, 2, [...colours].join(' ')); // its background and its underline
  });

  it('keeps the current term’s mark in wrap mode, over the scheme’s background', () => {
    for (const scheme of colorSchemes) {
      for (const style of highlightStyles) {
        if (style === 'both' && scheme === 'category') continue;
        assert.match(lookRules(style, scheme), /cchc-term\[data-cchc-current\] \{ background-color: rgb\(250 204 21/);
      }
    }
  });
});
