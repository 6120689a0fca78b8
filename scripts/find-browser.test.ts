import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FindBrowserHooks, findBrowser, findInstalledBrowser, launchFailureHint } from './find-browser.ts';

/** A machine of `platform` whose only executables are `files`. */
function machine(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}): FindBrowserHooks {
  return { platform, env, isExecutable: (file) => files.includes(file) };
}

const windowsEnv = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local',
};

describe('findBrowser', () => {
  it('takes the path from CHROMIUM_BIN / FIREFOX_BIN first, on every system', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const env = { FIREFOX_BIN: '/opt/firefox/firefox' };
      const everything = { platform, env, isExecutable: () => true };
      assert.equal(findBrowser('firefox', everything), '/opt/firefox/firefox');
    }
  });

  it('names the variable when it points nowhere', () => {
    const env = { CHROMIUM_BIN: '/nonexistent/chromium' };
    assert.throws(() => findBrowser('chromium', { env, isExecutable: () => false }), /CHROMIUM_BIN=\/nonexistent/);
  });

  describe('Linux', () => {
    it('prefers the real Chromium binary to Debian’s wrapper script', () => {
      assert.equal(
        findBrowser('chromium', { platform: 'linux', env: {}, isExecutable: () => true }),
        '/usr/lib/chromium/chromium',
      );
      assert.equal(findBrowser('chromium', machine('linux', ['/usr/bin/chromium'])), '/usr/bin/chromium');
    });

    it('finds Fedora’s Chromium, and Google Chrome and Edge from their vendors’ packages', () => {
      assert.equal(
        findBrowser('chromium', machine('linux', ['/usr/bin/chromium-browser'])),
        '/usr/bin/chromium-browser',
      );
      const chrome = findInstalledBrowser('chromium', machine('linux', ['/usr/bin/google-chrome-stable']));
      assert.deepEqual(chrome, {
        executable: '/usr/bin/google-chrome-stable',
        product: 'Google Chrome',
        caveat: undefined,
      });
      const dev = findInstalledBrowser('chromium', machine('linux', ['/usr/bin/google-chrome-unstable']));
      assert.equal(dev.product, 'Google Chrome Dev');
      const edge = findInstalledBrowser('chromium', machine('linux', ['/usr/bin/microsoft-edge-stable']));
      assert.equal(edge.product, 'Microsoft Edge');
    });

    it('prefers Chromium to Chrome to Edge when several are installed', () => {
      const files = ['/usr/bin/microsoft-edge', '/usr/bin/google-chrome', '/usr/bin/chromium'];
      assert.equal(findBrowser('chromium', machine('linux', files)), '/usr/bin/chromium');
      assert.equal(findBrowser('chromium', machine('linux', files.slice(0, 2))), '/usr/bin/google-chrome');
    });

    it('finds Firefox ESR, release, Developer Edition and Nightly', () => {
      const product = (file: string) => findInstalledBrowser('firefox', machine('linux', [file])).product;
      assert.equal(product('/usr/bin/firefox-esr'), 'Firefox ESR');
      assert.equal(product('/usr/bin/firefox'), 'Firefox');
      assert.equal(product('/usr/bin/firefox-devedition'), 'Firefox Developer Edition');
      assert.equal(product('/usr/bin/firefox-nightly'), 'Firefox Nightly');
    });

    it('finds snap and flatpak installs last, with what to do if they fail', () => {
      const snap = findInstalledBrowser('chromium', machine('linux', ['/snap/bin/chromium']));
      assert.equal(snap.executable, '/snap/bin/chromium');
      assert.match(snap.caveat ?? '', /TMPDIR/);
      const userFlatpak = '/home/an/.local/share/flatpak/exports/bin/org.mozilla.firefox';
      const flatpak = findInstalledBrowser('firefox', machine('linux', [userFlatpak], { HOME: '/home/an' }));
      assert.equal(flatpak.executable, userFlatpak);
      assert.match(launchFailureHint(flatpak, 'firefox'), /flatpak.*FIREFOX_BIN=/);
      const fedora = findInstalledBrowser('firefox', machine('linux', ['/usr/bin/firefox']));
      assert.equal(fedora.caveat, undefined);
    });

    it('gives Ubuntu’s shims for the snap the snap’s caveat', () => {
      const ubuntu = findInstalledBrowser('firefox', machine('linux', ['/snap/bin/firefox', '/usr/bin/firefox']));
      assert.equal(ubuntu.executable, '/usr/bin/firefox');
      assert.match(ubuntu.caveat ?? '', /snap/);
      const shim = findInstalledBrowser(
        'chromium',
        machine('linux', ['/snap/bin/chromium', '/usr/bin/chromium-browser']),
      );
      assert.match(shim.caveat ?? '', /snap/);
    });

    it('names the packages and the variable when the browser is missing', () => {
      const none = machine('linux', []);
      assert.throws(
        () => findBrowser('firefox', none),
        /apt-get install firefox-esr.*dnf install firefox.*FIREFOX_BIN/,
      );
      assert.throws(() => findBrowser('chromium', none), /apt-get install chromium.*Google Chrome.*CHROMIUM_BIN/);
    });
  });

  describe('macOS', () => {
    it('finds the app bundles in /Applications and ~/Applications', () => {
      const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
      assert.equal(findBrowser('chromium', machine('darwin', [chrome])), chrome);
      const edge = '/Users/an/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
      assert.equal(findBrowser('chromium', machine('darwin', [edge], { HOME: '/Users/an' })), edge);
      const beta = '/Applications/Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta';
      assert.equal(findInstalledBrowser('chromium', machine('darwin', [beta])).product, 'Google Chrome Beta');
    });

    it('finds Firefox and its Developer Edition and Nightly', () => {
      const developer = '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox';
      assert.equal(findBrowser('firefox', machine('darwin', [developer])), developer);
      const nightly = '/Applications/Firefox Nightly.app/Contents/MacOS/firefox';
      const release = '/Applications/Firefox.app/Contents/MacOS/firefox';
      assert.equal(findBrowser('firefox', machine('darwin', [nightly, release])), release);
    });

    it('does not look at Linux paths, and says what to install', () => {
      assert.throws(
        () => findBrowser('chromium', machine('darwin', ['/usr/bin/chromium'])),
        (error: Error) => {
          assert.match(error.message, /Install Chromium, Google Chrome or Microsoft Edge.*CHROMIUM_BIN/);
          assert.doesNotMatch(error.message, /apt-get/);
          return true;
        },
      );
    });
  });

  describe('Windows', () => {
    it('finds machine-wide and per-user installs', () => {
      const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
      assert.equal(findBrowser('chromium', machine('win32', [edge], windowsEnv)), edge);
      const userChrome = 'C:\\Users\\an\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
      const found = findInstalledBrowser('chromium', machine('win32', [edge, userChrome], windowsEnv));
      assert.deepEqual(found, { executable: userChrome, product: 'Google Chrome', caveat: undefined });
      const dev = 'C:\\Program Files\\Google\\Chrome Dev\\Application\\chrome.exe';
      assert.equal(findInstalledBrowser('chromium', machine('win32', [dev], windowsEnv)).product, 'Google Chrome Dev');
    });

    it('finds Firefox, its Developer Edition and Nightly', () => {
      const firefox = 'C:\\Program Files\\Mozilla Firefox\\firefox.exe';
      assert.equal(findBrowser('firefox', machine('win32', [firefox], windowsEnv)), firefox);
      const nightly = 'C:\\Program Files\\Firefox Nightly\\firefox.exe';
      assert.equal(findInstalledBrowser('firefox', machine('win32', [nightly], windowsEnv)).product, 'Firefox Nightly');
      const developer = 'C:\\Program Files\\Firefox Developer Edition\\firefox.exe';
      assert.equal(findBrowser('firefox', machine('win32', [developer], windowsEnv)), developer);
    });

    it('says what to install when there is none', () => {
      assert.throws(() => findBrowser('firefox', machine('win32', [], windowsEnv)), /Install Firefox.*FIREFOX_BIN/);
    });
  });
});
