import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  defaultSites,
  isDefaultSite,
  isListedSite,
  siteFromInput,
  siteOfPattern,
  sitePatterns,
} from './site-patterns.ts';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: { matches: string[] }[];
};
const matches = manifest.content_scripts[0]?.matches ?? [];

describe('site patterns', () => {
  it('covers an added site and its subdomains; an address or localhost as it is', () => {
    assert.deepEqual(sitePatterns('baodautu.vn'), ['*://*.baodautu.vn/*']);
    assert.deepEqual(sitePatterns('10.0.0.2'), ['*://10.0.0.2/*']);
    assert.deepEqual(sitePatterns('localhost'), ['*://localhost/*']);
  });

  it('reads a granted pattern back as its site, and only our patterns', () => {
    for (const site of ['baodautu.vn', 'localhost', '10.0.0.2', 'tin.example.org']) {
      assert.equal(siteOfPattern(sitePatterns(site)[0] as string), site);
    }
    for (const other of [
      '*://*/*',
      '<all_urls>',
      'https://*.baodautu.vn/*',
      '*://*.baodautu.vn/tin/*',
      '*://baodautu.vn/*',
    ]) {
      assert.equal(siteOfPattern(other), undefined, other);
    }
  });

  it('reads the site a reader types: host, address, www., case, port', () => {
    assert.equal(siteFromInput('baodautu.vn'), 'baodautu.vn');
    assert.equal(siteFromInput('  https://WWW.BaoDauTu.vn/tin-tuc/abc-123.html?x=1 '), 'baodautu.vn');
    assert.equal(siteFromInput('http://localhost:8080/a'), 'localhost');
    assert.equal(siteFromInput('news.example.org'), 'news.example.org');
    assert.equal(siteFromInput('192.168.1.4'), '192.168.1.4');
  });

  it('refuses what is not a site', () => {
    for (const bad of ['', '   ', 'một cửa', 'abc', 'http://', 'file:///etc/passwd', 'a b.vn']) {
      assert.equal(siteFromInput(bad), undefined, bad);
    }
  });

  it('lists the manifest’s default sites without pattern syntax', () => {
    const sites = defaultSites(matches);
    assert.ok(sites.includes('vnexpress.net'));
    assert.ok(sites.includes('baochinhphu.vn'));
    assert.ok(
      sites.every((s) => !s.includes('*') && !s.includes('/')),
      sites.join(' '),
    );
  });

  it('knows which hosts the manifest already covers', () => {
    assert.equal(isDefaultSite(matches, 'vnexpress.net'), true);
    assert.equal(isDefaultSite(matches, 'kinhdoanh.vnexpress.net'), true);
    assert.equal(isDefaultSite(matches, 'xvnexpress.net'), false);
    assert.equal(isDefaultSite(matches, 'baoxaydung.vn'), false);
    assert.equal(isDefaultSite(['http://127.0.0.1/*'], '127.0.0.1', 'http:'), true);
    assert.equal(isDefaultSite(['http://127.0.0.1/*'], '127.0.0.1', 'https:'), false);
    assert.equal(isListedSite(matches, 'vnexpress.net'), true);
    assert.equal(isListedSite(matches, '127.0.0.1'), true, 'listed for http only is listed');
    assert.equal(isListedSite(matches, 'baoxaydung.vn'), false);
  });
});
