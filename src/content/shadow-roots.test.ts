// Article text in web components' open shadow roots: which element is the article and which text is
// read, on linkedom (the e2e test shadow-dom-article.e2e.ts checks drawing, clicks and mutations).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findArticleExtent } from '../shared/article-extent.ts';
import { composedContains, liftTo } from '../shared/composed-tree.ts';
import { walkBlocks } from './collect-text.ts';
import { fakePage } from './fake-page.ts';

const BODY_TEXT = 'Thân bài nằm trong shadow root của web component, đủ dài để được coi là bài viết. '.repeat(4);

function page(): Document {
  const { document } = fakePage(`<!doctype html><html><body>
    <nav class="menu"><a href="/a">Thủ tục hành chính</a></nav>
    <h1>Tỉnh rút ngắn thời gian giải quyết hồ sơ</h1>
    <news-article></news-article>
    <footer>Chân trang</footer>
  </body></html>`);
  const host = document.querySelector('news-article') as Element;
  const outer = host.attachShadow({ mode: 'open' });
  outer.innerHTML = `<p class="sapo">Sapo trong shadow root</p><div class="article-body"><p>${BODY_TEXT}</p>
    <news-quote></news-quote><closed-note></closed-note></div><div class="related-news"><p>Tin liên quan</p></div>`;
  const quote = outer.querySelector('news-quote') as Element;
  quote.attachShadow({ mode: 'open' }).innerHTML = '<blockquote><p>Trích dẫn lồng hai lớp</p></blockquote>';
  const note = outer.querySelector('closed-note') as Element;
  note.attachShadow({ mode: 'closed' }).innerHTML = '<p>Ghi chú đóng</p>';
  return document;
}

describe('article text in open shadow roots', () => {
  it('finds the body inside a web component: the headline and the component, the root in the document', () => {
    const doc = page();
    const extent = findArticleExtent(doc);
    const host = doc.querySelector('news-article') as Element;
    assert.deepEqual(
      extent.parts.map((p) => p.localName),
      ['h1', 'news-article'],
    );
    assert.equal(extent.root, doc.body);
    assert.ok(composedContains(extent.root, host.shadowRoot?.querySelector('p') as Node));
  });

  it("takes a headline named inside the body's web component over a light-DOM h1 before it", () => {
    const { document } = fakePage(`<!doctype html><html><body>
      <div class="brand"><h1>Báo Điện tử Mẫu Hằng Ngày</h1></div>
      <news-article></news-article>
    </body></html>`);
    const host = document.querySelector('news-article') as Element;
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<h2 itemprop="headline">Tỉnh rút ngắn thời gian giải quyết hồ sơ</h2><div class="article-body"><p>${BODY_TEXT}</p></div>`;
    const extent = findArticleExtent(document);
    const texts = extent.parts.map((p) => p.textContent?.trim().slice(0, 20));
    assert.ok(!texts.includes('Báo Điện tử Mẫu Hằng'), `the site's h1 taken: ${JSON.stringify(texts)}`);
    // The headline and the body, both in the component's tree.
    assert.deepEqual(
      extent.parts.map((p) => p.localName),
      ['h2', 'div'],
    );
  });

  it('reads the shadow tree, the nested one too, and skips the related list; a closed root is out of reach', () => {
    const doc = page();
    const roots: ShadowRoot[] = [];
    const texts = findArticleExtent(doc).parts.flatMap((part) =>
      [...walkBlocks(part, (root) => roots.push(root))].map((b) => b.text.trim()),
    );
    assert.deepEqual(texts, [
      'Tỉnh rút ngắn thời gian giải quyết hồ sơ',
      'Sapo trong shadow root',
      BODY_TEXT.trim(),
      'Trích dẫn lồng hai lớp',
    ]);
    assert.equal(roots.length, 2);
  });

  it('lifts a node to the host that lies in a given tree', () => {
    const doc = page();
    const host = doc.querySelector('news-article') as Element;
    const nested = host.shadowRoot?.querySelector('news-quote')?.shadowRoot?.querySelector('p') as Element;
    assert.equal(liftTo(nested, doc), host);
    assert.equal(liftTo(nested, host.shadowRoot as ShadowRoot), host.shadowRoot?.querySelector('news-quote'));
    assert.equal(liftTo(host, host.shadowRoot as ShadowRoot), undefined);
  });
});
