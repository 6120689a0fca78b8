import { accessSync, constants } from 'node:fs';

/** The browsers the e2e tests, the demo and the icon renderer drive. */
export type BrowserName = 'chromium' | 'firefox';

const candidates: Record<BrowserName, { envVar: string; paths: string[]; debianPackage: string }> = {
  // /usr/bin/chromium is Debian's wrapper script, which adds flags of its own: prefer the real binary.
  chromium: {
    envVar: 'CHROMIUM_BIN',
    paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'],
    debianPackage: 'chromium',
  },
  firefox: {
    envVar: 'FIREFOX_BIN',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debianPackage: 'firefox-esr',
  },
};

/** What `findBrowser` looks at; tests replace them. */
export interface FindBrowserHooks {
  env?: NodeJS.ProcessEnv;
  isExecutable?: (file: string) => boolean;
}

/**
 * The executable for `name`: the path in its environment variable if set, else the first that
 * exists of the usual Debian paths. Throws, naming the package to install, when there is none.
 */
export function findBrowser(
  name: BrowserName,
  { env = process.env, isExecutable = isExecutableFile }: FindBrowserHooks = {},
): string {
  const { envVar, paths, debianPackage } = candidates[name];
  const fromEnv = env[envVar];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${envVar}=${fromEnv} is not an executable file`);
  }
  const found = paths.find(isExecutable);
  if (found) return found;
  throw new Error(
    `${name} not found (looked in ${paths.join(', ')}). Install it with ` +
      `\`apt-get install ${debianPackage}\`, or set ${envVar} to its executable.`,
  );
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
