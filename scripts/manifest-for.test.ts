import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  BROWSER_POLYFILL,
  CONTENT_LOADER,
  CONTENT_MAIN,
  CONTENT_START,
  CONTENT_UI,
  manifestFor,
  type SourceManifest,
} from './manifest-for.ts';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const source: SourceManifest = readJson('../manifest.json');

describe('manifestFor', () => {
  it('gives Chromium a service worker and no Firefox settings', () => {
    const manifest = manifestFor(source, 'chrome');
    assert.deepEqual(manifest.background, { service_worker: 'background.js' });
    assert.equal('browser_specific_settings' in manifest, false);
  });

  it('gives Firefox a background script, its add-on id and data-collection settings', () => {
    const manifest = manifestFor(source, 'firefox');
    assert.deepEqual(manifest.background, { scripts: ['background.js'] });
    const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    assert.match(String(gecko.id), /^[\w.-]+@[\w.-]+$/);
    assert.ok(Number.parseFloat(String(gecko.strict_min_version)) >= 142);
    assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
  });

  it('declares Firefox for Android, from the version whose add-ons read data_collection_permissions', () => {
    const settings = manifestFor(source, 'firefox').browser_specific_settings as {
      gecko_android?: { strict_min_version?: string };
    };
    // web-ext lint refuses anything below 142 on Android (KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
    assert.ok(Number.parseFloat(String(settings.gecko_android?.strict_min_version)) >= 142);
  });

  it('passes every other field through unchanged for both browsers', () => {
    const { background: _b, browser_specific_settings: _s, content_scripts: _c, ...common } = source;
    for (const browser of ['chrome', 'firefox'] as const) {
      const {
        background: _mb,
        browser_specific_settings: _ms,
        host_permissions: _h,
        web_accessible_resources: _w,
        content_scripts: _mc,
        ...rest
      } = manifestFor(source, browser);
      assert.deepEqual(rest, common, browser);
    }
  });

  it("has Chromium import the content script's code and the popup's, only under a dynamic address", () => {
    const manifest = manifestFor(source, 'chrome');
    assert.deepEqual((manifest.content_scripts as { js: string[] }[])[0]?.js, [CONTENT_LOADER]);
    assert.deepEqual(manifest.web_accessible_resources, [
      { resources: [CONTENT_MAIN, CONTENT_UI, BROWSER_POLYFILL], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
  });

  it("has Firefox run the content script's code before its loader, and expose nothing", () => {
    const manifest = manifestFor(source, 'firefox');
    assert.deepEqual((manifest.content_scripts as { js: string[] }[])[0]?.js, [CONTENT_MAIN, CONTENT_START]);
    assert.equal('web_accessible_resources' in manifest, false);
    const { js: _js, ...others } = (manifest.content_scripts as Record<string, unknown>[])[0] ?? {};
    const { js: _sourceJs, ...sourceOthers } = (source.content_scripts as Record<string, unknown>[])[0] ?? {};
    assert.deepEqual(others, sourceOthers);
  });

  it('leaves the local test address out of a release, and only it', () => {
    const matchesOf = (m: Record<string, unknown>) => (m.content_scripts as { matches: string[] }[])[0]?.matches;
    const dev = matchesOf(manifestFor(source, 'chrome')) ?? [];
    const release = matchesOf(manifestFor(source, 'firefox', { release: true })) ?? [];
    assert.ok(dev.includes('http://127.0.0.1/*'));
    assert.deepEqual(
      release,
      dev.filter((p) => p !== 'http://127.0.0.1/*'),
    );
  });

  it('does not change its input', () => {
    const before = structuredClone(source);
    manifestFor(source, 'chrome');
    manifestFor(source, 'firefox', { release: true });
    assert.deepEqual(source, before);
  });

  it('refuses a source without a background script', () => {
    const broken = { ...source, background: {} } as unknown as SourceManifest;
    assert.throws(() => manifestFor(broken, 'chrome'), /service_worker/);
  });

  it('refuses to build for Firefox without an add-on id', () => {
    const { browser_specific_settings: _s, ...withoutGecko } = source;
    assert.throws(() => manifestFor(withoutGecko as SourceManifest, 'firefox'), /gecko/);
  });
});

describe('manifest.json', () => {
  it('is MV3 with the version of package.json', () => {
    assert.equal(source.manifest_version, 3);
    assert.equal(source.version, readJson('../package.json').version);
  });

  // Each permission is a promise to users and a review question: add them on purpose (CONTRIBUTING.md).
  it('asks for no broad host access up front: other sites only at run time, one by one', () => {
    // storage: settings; contextMenus: "Explain term"; activeTab + scripting: run on the page the reader
    // asks about, and register the content script for sites they turn on. None shows a warning at install.
    assert.deepEqual([...(source.permissions as string[])].sort(), [
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    assert.equal('host_permissions' in source, false);
    // Every site beyond the list is asked for at run time (permissions.request), never at install.
    assert.deepEqual(source.optional_host_permissions, ['*://*/*']);
    const matches = (source.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
    assert.ok(matches.length > 0);
    for (const pattern of matches) {
      assert.notEqual(pattern, '<all_urls>');
      assert.doesNotMatch(pattern, /^\*:\/\/\*\//, pattern);
    }
  });

  it("grants up front exactly the sites the content script runs on, to inject the popup's code there", () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      for (const release of [false, true]) {
        const built = manifestFor(source as never, browser, { release });
        const matches = (built.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
        assert.deepEqual(built.host_permissions, matches, `${browser} release=${release}`);
        assert.equal(matches.includes('http://127.0.0.1/*'), !release);
      }
    }
  });

  it('names only UI strings that exist in every locale', () => {
    const names = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    assert.ok(names.length > 0);
    for (const locale of ['vi', 'en']) {
      const messages = readJson(`../src/_locales/${locale}/messages.json`);
      for (const name of names) assert.ok(name && name in messages, `${locale} lacks ${name}`);
    }
  });
});
