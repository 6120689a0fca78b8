import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportMistakeUrl } from './report-mistake-url.ts';

// A made-up tracker, for the tests only: the project has no public tracker address yet.
const TRACKER = 'https://tracker.example.test/owner/repo/issues';
const facts = {
  term: 'thủ tục hành chính',
  termId: 'thu-tuc-hanh-chinh',
  page: 'https://vnexpress.net/bai-viet-123.html?a=1&b=2',
  version: '0.1.0',
  checked: '2026-12-06',
};

describe('reportMistakeUrl', () => {
  it('opens a new issue with the term, the page and the version filled in', () => {
    const url = new URL(reportMistakeUrl(TRACKER, facts, 'vi') ?? assert.fail('no address'));
    assert.equal(url.origin + url.pathname, `${TRACKER}/new`);
    assert.equal(url.searchParams.get('title'), 'Báo lỗi: thủ tục hành chính');
    const body = url.searchParams.get('body') ?? '';
    assert.match(body, /Thuật ngữ: thủ tục hành chính \(thu-tuc-hanh-chinh\)/);
    // The page's own query survives whole inside ours.
    assert.match(body, /Trang: https:\/\/vnexpress\.net\/bai-viet-123\.html\?a=1&b=2/);
    assert.match(body, /Phiên bản: 0\.1\.0, dữ liệu pháp lý kiểm tra đến 2026-12-06/);
  });

  it('writes English for an English reader and leaves the page out when there is none', () => {
    const url = new URL(reportMistakeUrl(TRACKER, { ...facts, page: undefined }, 'en') ?? '');
    assert.equal(url.searchParams.get('title'), 'Mistake: thủ tục hành chính');
    assert.doesNotMatch(url.searchParams.get('body') ?? '', /Page:/);
  });

  it('gives no address for no tracker, or one that is not https', () => {
    assert.equal(reportMistakeUrl('', facts, 'vi'), undefined);
    assert.equal(reportMistakeUrl('http://tracker.example.test/issues', facts, 'vi'), undefined);
    assert.equal(reportMistakeUrl('javascript:alert(1)', facts, 'vi'), undefined);
  });
});
