import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { findArticleDate } from './article-date.ts';

const pages = new URL('../../test/fixtures/pages/', import.meta.url);
const load = (file: string): Document => parseHTML(readFileSync(new URL(file, pages), 'utf8')).document;
const parse = (html: string): Document => parseHTML(`<!doctype html><html>${html}</html>`).document;
/**
 * A page whose headline is `<h1>` and whose date line is `line`, placed above or below it, under a site
 * header that shows today's date (as many Vietnamese news sites do).
 */
const article = (line: string, where: 'above' | 'below' = 'below', siteHeader = true) => {
  const date = `<div class="meta"><span>${line}</span></div>`;
  return parse(
    `<head><title>Tinh gọn thủ tục hành chính cho doanh nghiệp</title></head><body>
      ${siteHeader ? '<header><div class="today">Thứ Bảy, 22/11/2026</div></header>' : ''}
      <article>${where === 'above' ? date : ''}<h1>Tinh gọn thủ tục hành chính cho doanh nghiệp</h1>
      ${where === 'below' ? date : ''}
      <p>Từ ngày 1/7/2025, hồ sơ được tiếp nhận không phụ thuộc địa giới hành chính theo quy định mới của Chính phủ.</p>
      </article></body>`,
  );
};

describe('findArticleDate on real saved pages', () => {
  it('reads the meta tag of nhandan.vn (2026-07-20T06:31:56+07:00)', () => {
    assert.equal(findArticleDate(load('nhandan_tay-ban-nha-vo-dich-world-cup.html')), '2026-07-20');
  });

  it('reads the meta tag of cafef.vn (2026-03-07T09:40:00)', () => {
    assert.equal(findArticleDate(load('cafef_tien-su-dung-dat.html')), '2026-03-07');
  });

  it('reads the visible date line next to the headline of baodautu.vn, which has no date metadata', () => {
    assert.equal(findArticleDate(load('baodautu_xu-phat-giam-doc-tai-chinh-tien-son.html')), '2026-03-07');
  });

  it('on baodautu.vn takes the line by the headline, not the site header’s date of today', () => {
    const doc = load('baodautu_xu-phat-giam-doc-tai-chinh-tien-son.html');
    const today = doc.querySelector('.date_top .mr-auto');
    assert.ok(today?.firstChild, 'the page has its header date');
    today.firstChild.textContent = 'Thứ Hai, Ngày 21 tháng 09 năm 2026, ';
    assert.equal(findArticleDate(doc), '2026-03-07');
  });

  it('falls back through JSON-LD and <time datetime> when the meta tags are gone', () => {
    const doc = load('nhandan_tay-ban-nha-vo-dich-world-cup.html');
    for (const meta of doc.querySelectorAll('meta')) meta.remove();
    assert.equal(findArticleDate(doc), '2026-07-20', 'JSON-LD');
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) script.remove();
    assert.equal(findArticleDate(doc), '2026-07-20', '<time datetime>');
    for (const time of doc.querySelectorAll('time')) time.removeAttribute('datetime');
    assert.equal(findArticleDate(doc), '2026-07-20', 'the visible "20/07/2026 - 06:31"');
  });
});

describe('findArticleDate: metadata', () => {
  it('reads article:published_time', () => {
    const doc = parse('<head><meta property="article:published_time" content="2020-05-25T02:23:00+07:00"></head>');
    assert.equal(findArticleDate(doc), '2020-05-25');
  });

  it('reads an instant in UTC as the day in Vietnam', () => {
    const doc = parse('<head><meta property="article:published_time" content="2020-05-24T20:30:00Z"></head>');
    assert.equal(findArticleDate(doc), '2020-05-25');
  });

  it('reads itemprop=datePublished and other common names, preferring the most specific', () => {
    assert.equal(
      findArticleDate(parse('<body><meta itemprop="datePublished" content="2021-02-23T14:12:00+07:00"></body>')),
      '2021-02-23',
    );
    assert.equal(findArticleDate(parse('<head><meta name="pubdate" content="2019-08-23"></head>')), '2019-08-23');
    assert.equal(
      findArticleDate(
        parse(
          '<head><meta name="date" content="2023-01-01"><meta property="article:published_time" content="2023-10-16T13:29:00"></head>',
        ),
      ),
      '2023-10-16',
    );
  });

  it('reads a day-first date in a meta tag as day first', () => {
    assert.equal(findArticleDate(parse('<head><meta name="pubdate" content="05/06/2020 08:00"></head>')), '2020-06-05');
  });

  it('reads JSON-LD datePublished, also inside @graph, preferring the article over other nodes', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'ImageObject', datePublished: '2001-01-01' },
        { '@type': 'NewsArticle', headline: 'x', datePublished: '2021-10-21T11:52:00+07:00' },
      ],
    };
    const doc = parse(`<head><script type="application/ld+json">${JSON.stringify(graph)}</script></head>`);
    assert.equal(findArticleDate(doc), '2021-10-21');
  });

  it('reads datePublished from JSON-LD that is not valid JSON', () => {
    const doc = parse(
      '<head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "a\nb", "datePublished": "2019-10-21T11:52:00+07:00",}</script></head>',
    );
    assert.equal(findArticleDate(doc), '2019-10-21');
  });

  it('reads a marked <time datetime>', () => {
    const doc = parse(
      '<body><article><header><h1>Tiêu đề</h1><time datetime="2022-03-04T10:00:00+07:00">4/3/2022</time></header></article></body>',
    );
    assert.equal(findArticleDate(doc), '2022-03-04');
  });
});

describe('findArticleDate: the Vietnamese date line near the headline', () => {
  const lines: [string, string][] = [
    ['Thứ Hai, 25-05-2020, 02:23', '2020-05-25'],
    ['Thứ ba, 23/02/2021 14:12', '2021-02-23'],
    ['Cập nhật ngày: 16/10/2023 13:29:00', '2023-10-16'],
    ['Thứ Sáu, ngày 23 tháng 08 năm 2019', '2019-08-23'],
    ['11:52, 21/10/2019', '2019-10-21'],
    ['Thứ hai, 5/6/2020, 07:00 (GMT+7)', '2020-06-05'],
    ['Đăng lúc 08:15 - 03.04.2022', '2022-04-03'],
  ];
  for (const [line, expected] of lines) {
    it(`"${line}" below the headline is ${expected}`, () => {
      assert.equal(findArticleDate(article(line)), expected);
    });
  }

  it('finds the line above the headline too (vnexpress puts it there)', () => {
    assert.equal(findArticleDate(article('Thứ ba, 23/02/2021, 14:12 (GMT+7)', 'above')), '2021-02-23');
  });

  it('reads the date in inline markup on the line', () => {
    assert.equal(findArticleDate(article('<b>Thứ Hai</b>, <i>25-05-2020</i>, 02:23')), '2020-05-25');
  });

  it('refuses impossible dates and dates inside sentences', () => {
    assert.equal(findArticleDate(article('Thứ Hai, 31/02/2020', 'below', false)), undefined);
    assert.equal(findArticleDate(article('Tác giả: Minh Anh', 'below', false)), undefined);
  });

  it('finds the headline by the page title when it is not an <h1>', () => {
    const doc = parse(
      `<head><meta property="og:title" content="Xử phạt vi phạm hành chính trong lĩnh vực đất đai"></head><body>
       <div class="top">Thứ Bảy, Ngày 22 tháng 11 năm 2026</div>
       <div class="title-detail">Xử phạt vi phạm hành chính trong lĩnh vực đất đai</div>
       <div><a href="#">Nguyên Minh</a> <span class="post-time"> - 07/03/2026 08:47</span></div></body>`,
    );
    assert.equal(findArticleDate(doc), '2026-03-07');
  });

  it('gives undefined for a page without any date', () => {
    assert.equal(findArticleDate(parse('<body><h1>Một trang</h1><p>Không có ngày.</p></body>')), undefined);
  });
});
