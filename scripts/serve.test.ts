import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type StaticServer, serveDirectory } from './serve.ts';

describe('serveDirectory', () => {
  let server: StaticServer;

  before(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'serve-test-'));
    await writeFile(path.join(root, 'bài.html'), '<p>Thủ tục hành chính</p>');
    server = await serveDirectory(root, 0, (pathname) => (pathname === '/made.html' ? '<p>Một cửa</p>' : undefined));
  });
  after(() => server.close());

  it('serves files from 127.0.0.1 as UTF-8', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/${encodeURIComponent('bài.html')}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await response.text(), '<p>Thủ tục hành chính</p>');
  });

  it('serves a generated page at its address, beside the files', async () => {
    const response = await fetch(`${server.url}/made.html`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await response.text(), '<p>Một cửa</p>');
  });

  it('answers 404 for a missing file and never serves outside its root', async () => {
    assert.equal((await fetch(`${server.url}/missing.html`)).status, 404);
    const escaped = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    assert.ok([403, 404].includes(escaped.status), String(escaped.status));
  });
});
