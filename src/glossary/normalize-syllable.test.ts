import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialOf, normalizeSyllable, otherTonePlacement } from './normalize-syllable.ts';
import { tokenize } from './tokenize.ts';

test('old and new tone placement on open oa/oe/uy give one spelling', () => {
  for (const [a, b] of [
    ['hoá', 'hóa'],
    ['Hoá', 'Hóa'],
    ['HOÁ', 'HÓA'],
    ['thuỷ', 'thủy'],
    ['Uỷ', 'Ủy'],
    ['khoẻ', 'khỏe'],
    ['toà', 'tòa'],
  ]) {
    assert.equal(normalizeSyllable(a as string), normalizeSyllable(b as string), `${a} = ${b}`);
  }
});

test('tone placement is left alone where it is fixed', () => {
  assert.equal(normalizeSyllable('quý'), 'quý'); // "qu" + y: the tone stays on y
  assert.equal(normalizeSyllable('hoàn'), 'hoàn'); // closed syllable
  assert.equal(normalizeSyllable('huỳnh'), 'huỳnh');
  assert.equal(otherTonePlacement('quý'), null);
  assert.equal(otherTonePlacement('hóa'), 'hoá');
});

test('tones stay meaningful', () => {
  const keys = ['cửa', 'của', 'cua', 'cùa'].map((w) => normalizeSyllable(w));
  assert.equal(new Set(keys).size, 4);
});

test('NFD composes, Eth becomes Đ, ignorables vanish', () => {
  assert.equal(normalizeSyllable('Ủy'.normalize('NFD')), 'Ủy');
  assert.equal(normalizeSyllable('Ðề'), 'Đề');
  assert.equal(normalizeSyllable('ðồng'), 'đồng');
  assert.equal(normalizeSyllable('hà\u00adnh'), 'hành');
  assert.equal(normalizeSyllable('chí\u200bnh'), 'chính');
});

test('initials keep Đ and drop tones, for abbreviation definitions', () => {
  assert.deepEqual(['Hội', 'đồng', 'nhân', 'dân', 'Ủy'].map(initialOf), ['H', 'Đ', 'N', 'D', 'U']);
});

test('tokens: NBSP and narrow NBSP separate, quotes vanish, dashes fold, punctuation stays', () => {
  const t = tokenize('Bộ\u00a0phận\u202f“một cửa”, 274/QĐ–TTg');
  assert.deepEqual(t.key.slice(0, t.count), ['bộ', 'phận', 'một', 'cửa', ',', '274', '/', 'qđ', '-', 'ttg']);
  assert.deepEqual(t.exact.slice(7, 10), ['QĐ', '-', 'TTg']);
});
