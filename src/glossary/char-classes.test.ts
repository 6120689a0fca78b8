import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Cls, classifyByProperties, classOf, commonClass, FOLD, FOLD_CLASS, LOWER, lowerOf } from './char-classes.ts';

/** The ranges the page classifies without Unicode-property RegExps (issue 12). */
const COMMON: [from: number, to: number][] = [
  [0x0000, 0x007f], // ASCII
  [0x0080, 0x00ff], // Latin-1
  [0x0100, 0x024f], // Latin Extended-A and -B
  [0x0300, 0x036f], // combining diacritical marks
  [0x1ea0, 0x1ef9], // Vietnamese
  [0x2000, 0x206f], // general punctuation
];

describe('commonClass (the classes of common code units without RegExps)', () => {
  it('classifies every code unit it knows as the Unicode properties do', () => {
    let known = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const fast = commonClass(code);
      if (fast < 0) continue;
      known++;
      assert.equal(fast, classifyByProperties(code), `U+${code.toString(16).padStart(4, '0')}`);
    }
    assert.ok(known >= 1000, `only ${known} code units known`);
  });

  it('knows every code unit of the ranges Vietnamese pages are written in', () => {
    for (const [from, to] of COMMON) {
      for (let code = from; code <= to; code++) {
        assert.ok(commonClass(code) >= 0, `U+${code.toString(16).padStart(4, '0')} is not known`);
      }
    }
  });
});

describe("FOLD (the scanner's one look-up per character)", () => {
  it('holds, for every code unit, its lower case when a plain word character and its class otherwise', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const cls = classOf(code);
      const at = `U+${code.toString(16).padStart(4, '0')}`;
      assert.equal(cls, classifyByProperties(code), at);
      const lower = lowerOf(code);
      assert.equal(LOWER[code], lower, at);
      if (cls === Cls.Word) {
        // The scanner tells a word character from a class by FOLD ≥ 0x30.
        assert.ok(lower >= 0x30, `${at} lower-cases below 0x30`);
        assert.equal(FOLD[code], lower, at);
      } else assert.equal(FOLD[code], FOLD_CLASS + cls, at);
    }
  });
});
