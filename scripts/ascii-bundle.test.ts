import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiBundle } from './ascii-bundle.ts';

const run = (code: string): unknown => new Function(`return (${asciiBundle(code)});`)();

test('asciiBundle leaves only ASCII and keeps what strings, templates and regular expressions mean', () => {
  const parts = ['/[ÐðƉɖ]/g.test("ð")', '/cập\\s+nhật/iu.test("Cập nhật")', '`Đ$' + '{1}`', '"hoá"'];
  const code = `[${[...parts, '/😀/u.test("😀")', '/^.$/u.test("😀")'].join(', ')}]`;
  assert.equal(/[\u0080-\uffff]/.test(asciiBundle(code)), false);
  assert.deepEqual(run(code), [true, true, 'Đ1', 'hoá', true, true]);
  assert.deepEqual(run(code), new Function(`return (${code});`)());
});

test('asciiBundle turns a comment into ASCII text without ending it', () => {
  assert.equal(run('/* Thủ tục */ 1 // hành chính\n+ 1'), 2);
});

test('asciiBundle refuses a character after a backslash', () => {
  assert.throws(() => asciiBundle('/\\đ/', 'content.js'), /content\.js: a backslash before "đ"/);
});
