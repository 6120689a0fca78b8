import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formKey, syllableCount } from './form-key.ts';

test('formKey folds tone placement, quotes, Eth, spacing and case, never tones', () => {
  assert.equal(formKey('Uỷ  ban'), formKey('ủy ban'));
  assert.equal(formKey('số hoá'), 'số hóa');
  assert.equal(formKey('\u00d0ề án'), 'đề án');
  assert.equal(formKey('bộ phận “một cửa”'), 'bộ phận một cửa');
  assert.notEqual(formKey('một cửa'), formKey('một của'));
});

test('syllableCount counts words, not punctuation', () => {
  assert.equal(syllableCount('phản ánh, kiến nghị'), 4);
  assert.equal(syllableCount('UBND'), 1);
});
