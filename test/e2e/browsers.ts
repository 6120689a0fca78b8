import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import { distDir } from '../../scripts/build-extension.ts';
import {
  type BrowserName,
  chromiumOfflineArgs,
  findInstalledBrowser,
  launchFailureHint,
} from '../../scripts/find-browser.ts';

export type { BrowserName };

/** The browsers every e2e test file runs in, each under a `describe` named for it. */
export const browserNames: BrowserName[] = ['chromium', 'firefox'];

/** The part of an extension page's own `browser` namespace the tests use (in `inExtension`). */
export interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  storage: {
    local: { clear(): Promise<void>; set(items: object): Promise<void>; get(): Promise<Record<string, unknown>> };
  };
}

export interface ExtensionSession {
  browser: Browser;
  /** e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBaseUrl: string;
  /** The version in the built manifest: what the background should answer. */
  version: string;
  /** Opens one of the extension's own pages (e.g. `options.html`) in a new tab, loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /**
   * Opens the toolbar popup for tab `on` (brought to the front first; a new blank tab without it): the
   * real one in Chromium; in Firefox, where BiDi cannot click the toolbar button, its page in a tab,
   * which then speaks of the tab used last before it.
   */
  openToolbarPopup(on?: Page): Promise<Page>;
  /** Waits for a tab that the extension itself opened on one of its pages, e.g. `options.html`. */
  waitForExtensionPage(pagePath: string): Promise<Page>;
  /**
   * Runs `fn` in one of the extension's own pages (a fresh options page, closed after), where the
   * extension's APIs are: `(globalThis as unknown as { browser: ExtensionApi }).browser`. `fn` is sent
   * to the page as source, so it can use only its argument.
   */
  inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** The extension's `storage.local`, read and written from its own page. */
  storage: {
    get(): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    clear(): Promise<void>;
  };
  close(): Promise<void>;
}

/** Adds the helpers every session has on top of opening its pages. */
function withHelpers(session: Omit<ExtensionSession, 'inExtension' | 'storage'>): ExtensionSession {
  const inExtension = async <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => {
    const page = await session.openExtensionPage('options.html');
    try {
      return (await page.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as T;
    } finally {
      await page.close();
    }
  };
  return {
    ...session,
    inExtension,
    storage: {
      get: () =>
        inExtension(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get(), null),
      set: (items) =>
        inExtension((i) => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.set(i), items),
      clear: () =>
        inExtension(() => (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.clear(), null),
    },
  };
}

/**
 * Launches headless `name` with the built extension (dist/chrome or dist/firefox) installed, through
 * puppeteer-core in both: CDP over a pipe for Chromium, WebDriver BiDi for Firefox.
 */
export function launchWithExtension(
  name: BrowserName,
  options: { lang?: 'vi' | 'en'; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionSession> {
  const lang = options.lang ?? 'vi';
  return name === 'chromium' ? launchChromium(lang) : launchFirefox(lang, options.colorScheme);
}

/** Launches puppeteer, adding to a failure which install it tried and what else to do. */
async function launchFound(name: BrowserName, options: LaunchOptions): Promise<Browser> {
  const found = findInstalledBrowser(name);
  try {
    return await puppeteer.launch({ ...options, executablePath: found.executable });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${launchFailureHint(found, name)}`, { cause: error });
  }
}

async function launchChromium(lang: string): Promise<ExtensionSession> {
  const dir = distDir('chrome');
  const version = builtVersion(dir);
  // Works for Chromium, Google Chrome and Edge alike: the extension goes over the DevTools pipe, not
  // --load-extension (which branded Chrome ignores).
  const browser = await launchFound('chromium', {
    headless: true,
    // installExtension needs the pipe transport and extensions enabled.
    pipe: true,
    enableExtensions: true,
    // The UI language picks the extension's locale. On Linux Chromium takes it from LANGUAGE (not
    // from --lang), and needs Debian's chromium-l10n for anything but en-US; on Windows it takes
    // --lang; on macOS, like any Cocoa app, the AppleLanguages default given as arguments (these two
    // are untested on this project's Debian machines).
    args: [
      ...chromiumOfflineArgs,
      `--lang=${lang}`,
      ...(process.platform === 'darwin' ? ['-AppleLanguages', `(${lang})`] : []),
    ],
    env: { ...process.env, LANGUAGE: lang },
  });
  try {
    await browser.installExtension(dir);
    // The unpacked extension's id depends on the folder's absolute path: read it from the worker.
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'),
      { timeout: 15_000 },
    );
    const extensionBaseUrl = new URL('/', worker.url()).href;
    const extension = (await browser.extensions()).get(new URL(extensionBaseUrl).hostname);
    if (!extension) throw new Error(`the extension at ${extensionBaseUrl} is not installed`);
    return withHelpers({
      browser,
      extensionBaseUrl,
      version,
      async openExtensionPage(pagePath) {
        const page = await browser.newPage();
        await page.goto(new URL(pagePath, extensionBaseUrl).href, { waitUntil: 'load' });
        return page;
      },
      async openToolbarPopup(on) {
        const popupUrl = new URL(readManifest(dir).action.default_popup, extensionBaseUrl).href;
        const tab = on ?? (await browser.newPage());
        await tab.bringToFront();
        const opened = browser.waitForTarget((target) => target.url() === popupUrl, { timeout: 15_000 });
        await tab.triggerExtensionAction(extension);
        const popup = await (await opened).asPage();
        await popup.waitForFunction(() => document.readyState === 'complete');
        return popup;
      },
      waitForExtensionPage: (pagePath) => waitForPageAt(browser, new URL(pagePath, extensionBaseUrl).href),
      close: () => browser.close(),
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * `colorScheme` is set at launch because puppeteer cannot emulate prefers-color-scheme over BiDi (in
 * Chromium, use `page.emulateMediaFeatures`).
 */
async function launchFirefox(lang: string, colorScheme?: 'light' | 'dark'): Promise<ExtensionSession> {
  const dir = distDir('firefox');
  const version = builtVersion(dir);
  const addonId = readManifest(dir).browser_specific_settings.gecko.id;
  // Firefox gives each install a random UUID for moz-extension:// addresses; pinning it through this
  // pref (set before the install) lets the test know the address of the extension's pages.
  const uuid = randomUUID();
  const browser = await launchFound('firefox', {
    browser: 'firefox',
    headless: true,
    // Without it, BiDi may not navigate to or script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // UI language, which picks the extension's locale (needs Debian's firefox-esr-l10n-vi).
      'intl.locale.requested': lang,
      // Grants optional permissions without the prompt automation cannot answer, so "turn on for this
      // site" runs end to end (Chromium has no such switch: its tests stop at the offer).
      'extensions.webextOptionalPermissionPrompts': false,
      // BiDi cannot emulate prefers-color-scheme: the session tells pages and extension pages at launch.
      ...(colorScheme === 'dark' && {
        'ui.systemUsesDarkTheme': 1,
        'layout.css.prefers-color-scheme.content-override': 0,
      }),
      ...(colorScheme === 'light' && { 'layout.css.prefers-color-scheme.content-override': 1 }),
    },
  });
  try {
    await browser.installExtension(dir);
    const extensionBaseUrl = `moz-extension://${uuid}/`;
    const openExtensionPage = async (pagePath: string) => {
      const page = await browser.newPage();
      const url = new URL(pagePath, extensionBaseUrl).href;
      // Over BiDi, goto() to a moz-extension:// page never resolves: start it and poll instead.
      page.goto(url).catch(() => {});
      await waitForLoaded(page, url);
      return page;
    };
    return withHelpers({
      browser,
      extensionBaseUrl,
      version,
      openExtensionPage,
      async openToolbarPopup(on) {
        await on?.bringToFront();
        return openExtensionPage(readManifest(dir).action.default_popup);
      },
      waitForExtensionPage: (pagePath) => waitForPageAt(browser, new URL(pagePath, extensionBaseUrl).href),
      close: () => browser.close(),
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// Asks each page where it is: over BiDi, page.url() stays about:blank for moz-extension:// pages.
async function waitForPageAt(browser: Browser, url: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const loaded = await page
        .evaluate(() => [location.href, document.readyState])
        .then(([href, state]) => href === url && state === 'complete')
        .catch(() => false); // closed, or between documents
      if (loaded) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab showed ${url} within ${timeoutMs} ms`);
}

async function waitForLoaded(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate(() => [location.href, document.readyState])
      .then(([href, state]) => href === url && state === 'complete')
      .catch(() => false); // the document may be replaced while we ask
    if (loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms`);
}

function readManifest(dir: string) {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

function builtVersion(dir: string): string {
  try {
    return readManifest(dir).version;
  } catch {
    throw new Error(`no built extension in ${dir}: run \`npm run build\` first`);
  }
}
