import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBrowser } from './find-browser.ts';

describe('findBrowser', () => {
  it('takes the path from CHROMIUM_BIN / FIREFOX_BIN first', () => {
    const env = { FIREFOX_BIN: '/opt/firefox/firefox' };
    assert.equal(findBrowser('firefox', { env, isExecutable: () => true }), '/opt/firefox/firefox');
  });

  it('prefers the real Chromium binary to Debian’s wrapper script', () => {
    assert.equal(findBrowser('chromium', { env: {}, isExecutable: () => true }), '/usr/lib/chromium/chromium');
    const onlyWrapper = (file: string) => file === '/usr/bin/chromium';
    assert.equal(findBrowser('chromium', { env: {}, isExecutable: onlyWrapper }), '/usr/bin/chromium');
  });

  it('names the variable when it points nowhere', () => {
    const env = { CHROMIUM_BIN: '/nonexistent/chromium' };
    assert.throws(() => findBrowser('chromium', { env, isExecutable: () => false }), /CHROMIUM_BIN=\/nonexistent/);
  });

  it('names the Debian package and the variable when the browser is missing', () => {
    const none = { env: {}, isExecutable: () => false };
    assert.throws(() => findBrowser('firefox', none), /apt-get install firefox-esr.*FIREFOX_BIN/);
    assert.throws(() => findBrowser('chromium', none), /apt-get install chromium.*CHROMIUM_BIN/);
  });
});
