// The article's extent on real saved pages of the sites we run on (test/fixtures/site-pages.ts): reform
// text put into the headline, sapo, body and a caption is read; the same text in the menu, a related
// list and the footer is not. The e2e test article-extent.e2e.ts checks the same in the browsers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import {
  INSIDE,
  PLACED_TERMS,
  type Place,
  SITE_PAGES,
  type SitePage,
  sitePage,
} from '../../test/fixtures/site-pages.ts';
import { compileGlossary } from '../glossary/compile-glossary.ts';
import { findTerms } from '../glossary/find-terms.ts';
import type { Entry } from '../glossary/types.ts';
import {
  elementsFromThrough,
  findArticleExtent,
  hasTextAtLeast,
  precedes,
  textLength,
} from '../shared/article-extent.ts';
import { type PageBlock, walkBlocks } from './collect-text.ts';
import { fakePage } from './fake-page.ts';
import { blockAt, joinBlocks } from './text-blocks.ts';

const glossary = compileGlossary((glossaryFile as { entries: Entry[] }).entries);

/** The terms the scanner would find in the extent, sorted, with the elements holding them. */
function termsFound(doc: Document): { text: string; container: Element }[] {
  const { parts } = findArticleExtent(doc);
  const blocks = parts.flatMap((part) => [...walkBlocks(part)]);
  const joined = joinBlocks(blocks);
  return findTerms(joined.text, glossary).map((m) => ({
    text: m.text,
    container: (blocks[blockAt(joined, m.start)] as PageBlock).container,
  }));
}

function termsRead(doc: Document): string[] {
  return termsFound(doc)
    .map((t) => t.text)
    .sort();
}

const PLACED = new Set<string>(Object.values(PLACED_TERMS));

/** Whether `node` lies from the start of `first` through the end of `last`. */
function within(node: Node, first: Element, last: Element): boolean {
  return (first === node || precedes(first, node)) && (last.contains(node) || precedes(node, last));
}

/** The element the fixture put a place's text into, found by the fixture's own test. */
function findPlace(doc: Document, page: SitePage, place: Place): Element {
  const test = page.places[place];
  const found = [...doc.querySelectorAll('*')].find((e) =>
    test(e.localName, Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]))),
  );
  return found ?? assert.fail(`no ${place}`);
}

describe('textLength (the trimmed text length, without building the text)', () => {
  it('equals textContent.trim().length, white space spread over several nodes included', () => {
    const { document } = fakePage(
      '<!doctype html><html><body>' +
        '<div id="a">  <b> \n </b>Cải cách <i>thủ tục</i>\u00a0hành chính <span>  </span> </div>' +
        '<div id="b"> <p>  </p>\n<p> </p> </div><div id="c"></div><div id="d">x</div>' +
        '</body></html>',
    );
    for (const id of ['a', 'b', 'c', 'd']) {
      const element = document.getElementById(id) as Element;
      assert.equal(textLength(element), element.textContent?.trim().length, id);
    }
    assert.equal(textLength(document.getElementById('a') as Element), 'Cải cách thủ tục\u00a0hành chính'.length);
  });

  it('hasTextAtLeast answers textLength >= n for every n, reading only as far as needed', () => {
    const { document } = fakePage(
      '<!doctype html><html><body>' +
        '<div id="a">  <b> \n </b>Cải cách <i>thủ tục</i>\u00a0hành chính <span>  </span> </div>' +
        '<div id="b"> <p>  </p>\n<p> </p> </div><div id="c"></div><div id="d">x</div>' +
        '<div id="e"> a <i> </i> b </div><div id="f">\u3000 thủ\u00a0 </div>' +
        '</body></html>',
    );
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const element = document.getElementById(id) as Element;
      const length = textLength(element);
      for (let n = -1; n <= length + 2; n++) assert.equal(hasTextAtLeast(element, n), length >= n, `${id} ≥ ${n}`);
    }
  });
});

describe('findArticleExtent', () => {
  for (const page of SITE_PAGES) {
    it(`reads headline, sapo, body and caption on ${page.site}, and not the menu, related list or footer`, () => {
      const { document } = fakePage(sitePage(page));
      const found = termsFound(document);
      // Of the seven placed terms, exactly the four inside the article.
      const placed = found.map((t) => t.text).filter((t) => PLACED.has(t));
      assert.deepEqual(placed.sort(), INSIDE.map((place) => PLACED_TERMS[place]).sort());
      // The page's own terms too, but only from the headline through the body.
      const headline = findPlace(document, page, 'headline');
      const body = findPlace(document, page, 'body');
      for (const t of found)
        assert.ok(within(t.container, headline, body), `${page.site}: “${t.text}” outside the article`);
    });
  }

  it('looks through the open shadow roots (a walk of every element) only where the light DOM has no article', () => {
    for (const page of SITE_PAGES) {
      const { document } = fakePage(sitePage(page));
      let walks = 0;
      for (const element of document.querySelectorAll('*')) {
        const own = element.querySelectorAll.bind(element);
        element.querySelectorAll = ((selector: string) => {
          if (selector === '*') walks++;
          return own(selector);
        }) as typeof element.querySelectorAll;
      }
      const ownAll = document.querySelectorAll.bind(document);
      document.querySelectorAll = ((selector: string) => {
        if (selector === '*') walks++;
        return ownAll(selector);
      }) as typeof document.querySelectorAll;
      findArticleExtent(document);
      assert.equal(walks, 0, `${page.site}: the shadow roots were looked for`);
    }
  });

  it('takes the headline through the body as parts in document order, a related list between them skipped', () => {
    const { document } = fakePage(`<!doctype html><html><body>
      <nav>Chuyển đổi số</nav>
      <div class="wrap"><div class="head"><h1>Cổng Dịch vụ công quốc gia có thêm tính năng</h1><p class="lead">Trung tâm Phục vụ hành chính công mở cửa.</p></div>
      <div class="box-related"><a>Chính phủ số</a></div>
      <figure><figcaption>Ảnh: chữ ký số</figcaption></figure>
      <div class="main"><div itemprop="articleBody"><p>${'Người dân làm thủ tục hành chính. '.repeat(10)}</p></div></div></div>
      <footer>thẻ căn cước</footer></body></html>`);
    const extent = findArticleExtent(document);
    assert.equal(extent.parts[0]?.localName, 'h1');
    assert.equal(extent.parts.at(-1)?.getAttribute('itemprop'), 'articleBody');
    assert.ok(extent.root.contains(extent.parts[0] as Element));
    const read = new Set(termsRead(document));
    assert.deepEqual(
      [...read].sort(),
      ['Cổng Dịch vụ công quốc gia', 'Trung tâm Phục vụ hành chính công', 'chữ ký số', 'thủ tục hành chính'].sort(),
    );
  });

  it('lists the elements from one element through another as whole subtrees', () => {
    const { document } = fakePage(
      '<!doctype html><html><body><div id="x"><i id="a"></i><b id="a2"></b></div><p id="m"></p><div id="y"><s id="y0"></s><u id="b"></u></div><p id="after"></p></body></html>',
    );
    const byId = (id: string) => document.getElementById(id) as Element;
    assert.deepEqual(
      elementsFromThrough(byId('a'), byId('b')).map((e) => e.id),
      ['a', 'a2', 'm', 'y0', 'b'],
    );
  });
});
