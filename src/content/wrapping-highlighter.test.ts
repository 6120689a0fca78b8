import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Category } from '../glossary/types.ts';
import { type PageBlock, walkBlocks } from './collect-text.ts';
import { fakePage } from './fake-page.ts';
import type { TermHit } from './term-hit.ts';
import { spanToPoints } from './text-blocks.ts';
import { wrappingHighlighter } from './wrapping-highlighter.ts';

/** A hit over `text` in the page's first block, as the scanner would make it. */
function hitOf(block: PageBlock, text: string, id = 'thu-tuc-hanh-chinh', category: Category = 'procedure'): TermHit {
  const start = block.text.indexOf(text);
  assert.ok(start >= 0, `"${text}" in "${block.text}"`);
  const end = start + text.length;
  const [from, to] = spanToPoints(block, start, end);
  const range = new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
  return { id, category, text, block, start, end, range };
}

function setUp(html: string) {
  const { document } = fakePage(`<!doctype html><html><body><p>${html}</p></body></html>`);
  const p = document.querySelector('p') as HTMLParagraphElement;
  const block = [...walkBlocks(document.body)][0] as PageBlock;
  let guarded = 0;
  const highlighter = wrappingHighlighter(document, (change) => {
    guarded++;
    change();
  });
  return { document, p, block, highlighter, guarded: () => guarded };
}

describe('wrappingHighlighter', () => {
  it('wraps a term in one element per text node it spans, through the guard', () => {
    const { p, block, highlighter, guarded } = setUp('Làm thủ tục <b>hành chính</b> nhanh');
    const hit = hitOf(block, 'thủ tục hành chính');
    highlighter.draw([hit]);
    assert.equal(guarded(), 1);
    const wrappers = [...p.querySelectorAll('cchc-term')];
    assert.deepEqual(
      wrappers.map((w) => w.textContent),
      ['thủ tục ', 'hành chính'],
    );
    assert.equal(wrappers[0]?.getAttribute('data-cchc-category'), 'procedure');
    assert.equal(p.textContent, 'Làm thủ tục hành chính nhanh', 'the text is unchanged');
    assert.equal(highlighter.elementOf(hit), wrappers[0]);
  });

  it('joins the split text nodes back together when unwrapping', () => {
    const { p, block, highlighter } = setUp('Làm thủ tục hành chính nhanh, rồi dịch vụ công trực tuyến.');
    const before = [...p.childNodes];
    const first = hitOf(block, 'thủ tục hành chính');
    const second = hitOf(block, 'dịch vụ công trực tuyến', 'dich-vu-cong-truc-tuyen', 'digital-government');
    highlighter.draw([first, second]);
    assert.equal(p.querySelectorAll('cchc-term').length, 2);
    assert.ok(p.childNodes.length > before.length);
    highlighter.clear([second]);
    assert.equal(p.querySelectorAll('cchc-term').length, 1);
    highlighter.clear([first]);
    assert.equal(p.querySelectorAll('cchc-term').length, 0);
    assert.equal(p.childNodes.length, 1, 'one text node again');
    assert.equal(p.firstChild, before[0], 'the page’s own node, whole');
    assert.equal(p.textContent, 'Làm thủ tục hành chính nhanh, rồi dịch vụ công trực tuyến.');
  });

  it('unwraps everything on destroy()', () => {
    const { p, block, highlighter } = setUp('Làm thủ tục <b>hành chính</b> nhanh');
    highlighter.draw([hitOf(block, 'thủ tục hành chính')]);
    highlighter.destroy();
    assert.equal(p.querySelectorAll('cchc-term').length, 0);
    assert.equal(p.childNodes.length, 3);
    assert.equal(p.querySelector('b')?.childNodes.length, 1);
  });

  it('marks the current term on its wrappers, and finds a hit from a wrapper', () => {
    const { p, block, highlighter } = setUp('Làm thủ tục <b>hành chính</b> nhanh');
    const hit = hitOf(block, 'thủ tục hành chính');
    highlighter.draw([hit]);
    highlighter.setCurrent(hit);
    assert.equal(p.querySelectorAll('cchc-term[data-cchc-current]').length, 2);
    const inner = p.querySelector('b cchc-term') as Element;
    assert.equal(
      highlighter.hitAt(0, 0, inner, () => []),
      hit,
    );
    highlighter.setCurrent(undefined);
    assert.equal(p.querySelectorAll('cchc-term[data-cchc-current]').length, 0);
  });
});
