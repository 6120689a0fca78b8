import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * The browser engines the e2e tests, the demo and the icon renderer drive. Any Chromium-family browser
 * found here gets the extension over the DevTools pipe (`Extensions.loadUnpacked`: puppeteer's
 * `installExtension`, and `web-ext run`), never through `--load-extension`, which branded Google Chrome
 * no longer honours (since 137); Firefox of any channel takes it as a temporary add-on.
 */
export type BrowserName = 'chromium' | 'firefox';

/** An installed browser: its executable, and what it is (for logs and for advice when it fails). */
export interface FoundBrowser {
  executable: string;
  /** e.g. "Chromium", "Google Chrome Beta", "Firefox ESR", or the variable it came from. */
  product: string;
  /**
   * Why this install may still fail to start from a script, and what to do then; undefined when it is
   * known to work. Printed with a launch failure (see `launchFailureHint`).
   */
  caveat?: string;
}

/** What `findBrowser` looks at; tests replace them to fake another machine. */
export interface FindBrowserHooks {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  isExecutable?: (file: string) => boolean;
}

interface Candidate {
  product: string;
  path: string;
  caveat?: string;
  /** The snap this path starts when that snap is installed (Ubuntu's shims): then it has the snap's limits. */
  snapShimFor?: string;
}

const envVars: Record<BrowserName, string> = { chromium: 'CHROMIUM_BIN', firefox: 'FIREFOX_BIN' };

// Snap confines the browser: it cannot see the /tmp where puppeteer and web-ext put the profile, nor
// folders outside the home directory.
const snapCaveat =
  'a snap package cannot read /tmp or folders outside your home: keep the project under your home and run ' +
  'with TMPDIR=$HOME/tmp (mkdir it first), or install the distribution’s or vendor’s package';
// A flatpak has its own /tmp too, and its sandbox may not pass on the pipe Chromium's DevTools use.
const flatpakCaveat =
  'a flatpak has its own /tmp and may not pass the DevTools pipe through its sandbox: install the ' +
  'distribution’s or vendor’s package, or point the variable at a browser that is not sandboxed';

/** Linux: distribution packages first (Debian's real Chromium binary before its wrapper script), then vendors', snap, flatpak. */
function linuxCandidates(name: BrowserName, env: NodeJS.ProcessEnv): Candidate[] {
  const flatpakDirs = [
    '/var/lib/flatpak/exports/bin',
    ...(env.HOME ? [`${env.HOME}/.local/share/flatpak/exports/bin`] : []),
  ];
  const flatpaks = (apps: [string, string][]) =>
    flatpakDirs.flatMap((dir) =>
      apps.map(([product, app]) => ({ product, path: `${dir}/${app}`, caveat: flatpakCaveat })),
    );
  if (name === 'chromium') {
    return [
      { product: 'Chromium', path: '/usr/lib/chromium/chromium' }, // Debian
      { product: 'Chromium', path: '/usr/bin/chromium' }, // Debian's wrapper, Arch, Fedora 40+
      // Fedora, openSUSE; on Ubuntu a shim that starts the snap
      { product: 'Chromium', path: '/usr/bin/chromium-browser', snapShimFor: '/snap/bin/chromium' },
      { product: 'Google Chrome', path: '/usr/bin/google-chrome-stable' },
      { product: 'Google Chrome', path: '/usr/bin/google-chrome' },
      { product: 'Google Chrome Beta', path: '/usr/bin/google-chrome-beta' },
      { product: 'Google Chrome Dev', path: '/usr/bin/google-chrome-unstable' },
      { product: 'Microsoft Edge', path: '/usr/bin/microsoft-edge-stable' },
      { product: 'Microsoft Edge', path: '/usr/bin/microsoft-edge' },
      { product: 'Microsoft Edge Beta', path: '/usr/bin/microsoft-edge-beta' },
      { product: 'Microsoft Edge Dev', path: '/usr/bin/microsoft-edge-dev' },
      { product: 'Chromium (snap)', path: '/snap/bin/chromium', caveat: snapCaveat },
      ...flatpaks([
        ['Chromium (flatpak)', 'org.chromium.Chromium'],
        ['Google Chrome (flatpak)', 'com.google.Chrome'],
        ['Microsoft Edge (flatpak)', 'com.microsoft.Edge'],
      ]),
    ];
  }
  return [
    { product: 'Firefox ESR', path: '/usr/bin/firefox-esr' },
    { product: 'Firefox', path: '/usr/bin/firefox', snapShimFor: '/snap/bin/firefox' }, // on Ubuntu, the snap's shim
    { product: 'Firefox Developer Edition', path: '/usr/bin/firefox-devedition' }, // Mozilla's APT repository
    { product: 'Firefox Developer Edition', path: '/usr/bin/firefox-developer-edition' }, // Arch
    { product: 'Firefox Nightly', path: '/usr/bin/firefox-nightly' },
    { product: 'Firefox', path: '/opt/firefox/firefox' }, // Mozilla's tarball, where its instructions put it
    { product: 'Firefox (snap)', path: '/snap/bin/firefox', caveat: snapCaveat },
    ...flatpaks([['Firefox (flatpak)', 'org.mozilla.firefox']]),
  ];
}

/** macOS: the app bundles, in /Applications or the user's own ~/Applications. */
function macCandidates(name: BrowserName, env: NodeJS.ProcessEnv): Candidate[] {
  const apps: [string, string][] =
    name === 'chromium'
      ? [
          ['Chromium', 'Chromium.app/Contents/MacOS/Chromium'],
          ['Google Chrome', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
          ['Google Chrome Beta', 'Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta'],
          ['Google Chrome Dev', 'Google Chrome Dev.app/Contents/MacOS/Google Chrome Dev'],
          ['Microsoft Edge', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
          ['Microsoft Edge Beta', 'Microsoft Edge Beta.app/Contents/MacOS/Microsoft Edge Beta'],
          ['Microsoft Edge Dev', 'Microsoft Edge Dev.app/Contents/MacOS/Microsoft Edge Dev'],
        ]
      : [
          // Mozilla's ESR installs as Firefox.app too.
          ['Firefox', 'Firefox.app/Contents/MacOS/firefox'],
          ['Firefox Developer Edition', 'Firefox Developer Edition.app/Contents/MacOS/firefox'],
          ['Firefox Nightly', 'Firefox Nightly.app/Contents/MacOS/firefox'],
        ];
  const roots = ['/Applications', ...(env.HOME ? [`${env.HOME}/Applications`] : [])];
  return roots.flatMap((root) => apps.map(([product, app]) => ({ product, path: `${root}/${app}` })));
}

/** Windows: machine-wide installs under Program Files, per-user ones under %LOCALAPPDATA%. */
function windowsCandidates(name: BrowserName, env: NodeJS.ProcessEnv): Candidate[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root) => root !== undefined);
  const apps: [string, string][] =
    name === 'chromium'
      ? [
          ['Chromium', 'Chromium\\Application\\chrome.exe'],
          ['Google Chrome', 'Google\\Chrome\\Application\\chrome.exe'],
          ['Google Chrome Beta', 'Google\\Chrome Beta\\Application\\chrome.exe'],
          ['Google Chrome Dev', 'Google\\Chrome Dev\\Application\\chrome.exe'],
          ['Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe'],
          ['Microsoft Edge Beta', 'Microsoft\\Edge Beta\\Application\\msedge.exe'],
          ['Microsoft Edge Dev', 'Microsoft\\Edge Dev\\Application\\msedge.exe'],
        ]
      : [
          // Mozilla's ESR installs in the same folder as the release.
          ['Firefox', 'Mozilla Firefox\\firefox.exe'],
          ['Firefox Developer Edition', 'Firefox Developer Edition\\firefox.exe'],
          ['Firefox Nightly', 'Firefox Nightly\\firefox.exe'],
        ];
  // Listed app by app, so a Chrome in either root comes before any Edge.
  return apps.flatMap(([product, app]) => roots.map((root) => ({ product, path: path.win32.join(root, app) })));
}

function candidatesFor(name: BrowserName, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Candidate[] {
  if (platform === 'darwin') return macCandidates(name, env);
  if (platform === 'win32') return windowsCandidates(name, env);
  return linuxCandidates(name, env); // and the BSDs, which use the same names
}

/** What to install, in the words of each system. */
function installAdvice(name: BrowserName, platform: NodeJS.Platform): string {
  const products = name === 'chromium' ? 'Chromium, Google Chrome or Microsoft Edge' : 'Firefox';
  if (platform === 'darwin' || platform === 'win32') return `Install ${products}`;
  const packages =
    name === 'chromium'
      ? '`apt-get install chromium` (Debian), `dnf install chromium` (Fedora), `snap install chromium` (Ubuntu)'
      : '`apt-get install firefox-esr` (Debian), `dnf install firefox` (Fedora), `snap install firefox` (Ubuntu)';
  return `Install it, e.g. with ${packages}, or install ${products} from its vendor`;
}

/**
 * The installed browser of engine `name`: the executable in its environment variable (CHROMIUM_BIN,
 * FIREFOX_BIN) when set, else the first of the usual places on this system that holds one. Throws,
 * saying what to install and which variable to set, when there is none.
 */
export function findInstalledBrowser(
  name: BrowserName,
  { platform = process.platform, env = process.env, isExecutable = isExecutableFile }: FindBrowserHooks = {},
): FoundBrowser {
  const envVar = envVars[name];
  const fromEnv = env[envVar];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { executable: fromEnv, product: envVar };
    throw new Error(`${envVar}=${fromEnv} is not an executable file`);
  }
  const candidates = candidatesFor(name, platform, env);
  const found = candidates.find((candidate) => isExecutable(candidate.path));
  if (found) {
    const startsSnap = found.snapShimFor !== undefined && isExecutable(found.snapShimFor);
    return { executable: found.path, product: found.product, caveat: startsSnap ? snapCaveat : found.caveat };
  }
  throw new Error(
    `${name} not found (looked in ${candidates.map((c) => c.path).join(', ')}). ` +
      `${installAdvice(name, platform)}, or set ${envVar} to its executable.`,
  );
}

/** The executable alone, for scripts that only launch it. */
export function findBrowser(name: BrowserName, hooks: FindBrowserHooks = {}): string {
  return findInstalledBrowser(name, hooks).executable;
}

/** Advice to add to a failed launch of `found`: which install it was, its caveat, how to choose another. */
export function launchFailureHint(found: FoundBrowser, name: BrowserName): string {
  const variable = envVars[name];
  const hints = [
    `(${found.product} at ${found.executable})`,
    found.caveat && `Note: ${found.caveat}.`,
    `Another install can be chosen with ${variable}=/path/to/its/executable.`,
  ];
  return hints.filter(Boolean).join(' ');
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Flags for headless Chromium here: root needs --no-sandbox, and offline it otherwise keeps trying to
 * reach Google services and floods the log.
 */
export const chromiumOfflineArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
