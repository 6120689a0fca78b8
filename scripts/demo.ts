// Usage: npm start [-- --browser chromium|firefox] [--lang vi|en] [--headless]
// The development loop: builds in watch mode, serves test/fixtures/ on 127.0.0.1 and opens the sample
// article in a real browser with the extension loaded; web-ext reloads it after every rebuild.
// With --headless (for machines without a display) it builds once and writes screenshots of the sample
// article with an explanation open, light and dark, to artifacts/demo/ instead of opening a window.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { generatedSitePage } from '../test/fixtures/site-pages.ts';
import { buildExtension, distDir, projectRoot } from './build-extension.ts';
import { takeDemoScreenshots } from './demo-screenshots.ts';
import { type BrowserName, type FoundBrowser, findInstalledBrowser, launchFailureHint } from './find-browser.ts';
import { hasDisplay } from './has-display.ts';
import { serveDirectory } from './serve.ts';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    lang: { type: 'string', default: 'vi' },
    headless: { type: 'boolean', default: false },
  },
});
if (values.browser !== 'chromium' && values.browser !== 'firefox') {
  console.error(`demo: --browser must be chromium or firefox, not ${values.browser}`);
  process.exit(2);
}
if (values.lang !== 'vi' && values.lang !== 'en') {
  console.error(`demo: --lang must be vi or en, not ${values.lang}`);
  process.exit(2);
}
const browserName: BrowserName = values.browser;
const lang = values.lang;
const screenshotDir = path.join(projectRoot, 'artifacts/demo');

/** The `web-ext run` command line for one browser. */
function webExtRunArgs(options: {
  browser: BrowserName;
  executable: string;
  startUrl: string;
  lang: string;
  asRoot: boolean;
}): string[] {
  const common = ['run', '--no-config-discovery', '--start-url', options.startUrl];
  if (options.browser === 'chromium') {
    const flags = [
      ...(options.asRoot ? ['--no-sandbox'] : []), // Chromium refuses to run as root without it
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ];
    // web-ext installs the extension over the DevTools pipe (Extensions.loadUnpacked), which Google
    // Chrome and Edge accept too, where they ignore --load-extension.
    return [
      ...common,
      ['--source-dir', distDir('chrome')],
      ['--target', 'chromium', '--chromium-binary', options.executable],
      flags.map((flag) => `--arg=${flag}`),
    ].flat();
  }
  return [
    ...common,
    '--source-dir',
    distDir('firefox'),
    '--firefox',
    options.executable,
    `--pref=intl.locale.requested=${options.lang}`,
  ];
}

/** The command that takes the screenshots, as the user would type it with the flags given now. */
function headlessCommand(): string {
  const flags = [
    '--headless',
    ...(browserName !== 'chromium' ? ['--browser', browserName] : []),
    ...(lang !== 'vi' ? ['--lang', lang] : []),
  ];
  return `npm start -- ${flags.join(' ')}`;
}

/** Without a display: says so, and offers the screenshots (asked on a terminal, else printed). */
async function offerHeadless(): Promise<boolean> {
  const relativeDir = path.relative(process.cwd(), screenshotDir) || '.';
  console.error(
    'demo: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can ' +
      `open.\n  \`${headlessCommand()}\` instead opens the sample article in a headless browser, clicks a ` +
      `term and writes screenshots of its explanation (light and dark) to ${relativeDir}/.`,
  );
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt.question('Take the screenshots now? [Y/n] ');
  prompt.close();
  return !/^n/i.test(answer.trim());
}

async function runHeadless(): Promise<void> {
  await buildExtension({ release: false, watch: false });
  const server = await serveDirectory(path.join(projectRoot, 'test/fixtures'));
  try {
    const files = await takeDemoScreenshots({
      browser: browserName,
      lang,
      articleUrl: `${server.url}/article.html`,
      outDir: screenshotDir,
    });
    console.log(`screenshots of the sample article with an explanation open:\n  ${files.join('\n  ')}`);
  } finally {
    await server.close();
  }
}

async function runWindow(found: FoundBrowser): Promise<void> {
  const context = await buildExtension({ release: false, watch: true });
  // The sites' test pages too (/news/site-<site>.html), made from the saved pages as the e2e tests' are.
  const server = await serveDirectory(path.join(projectRoot, 'test/fixtures'), 0, generatedSitePage);
  const args = webExtRunArgs({
    browser: browserName,
    executable: found.executable,
    startUrl: `${server.url}/article.html`,
    lang,
    asRoot: process.getuid?.() === 0,
  });
  console.log(
    `opening ${found.product} (${found.executable}) on ${server.url}/article.html\nweb-ext ${args.join(' ')}`,
  );
  const webExt = spawn(path.join(projectRoot, 'node_modules/.bin/web-ext'), args, {
    stdio: 'inherit',
    // Chromium on Linux takes its UI language, and so the extension's locale, from LANGUAGE.
    env: { ...process.env, LANGUAGE: lang },
  });
  webExt.on('exit', async (code) => {
    if (code) {
      // The usual cause: a DISPLAY or WAYLAND_DISPLAY set but not answering (e.g. a forwarded X11 gone).
      console.error(
        `demo: web-ext exited with ${code}. ${launchFailureHint(found, browserName)}\n  If no browser window ` +
          `can open here, \`${headlessCommand()}\` writes screenshots of the sample article instead.`,
      );
    }
    await context.dispose();
    await server.close();
    process.exit(code ?? 0);
  });
}

try {
  // Found first, so a missing browser is reported before any build.
  const found = findInstalledBrowser(browserName);
  if (values.headless) await runHeadless();
  else if (hasDisplay()) await runWindow(found);
  else if (await offerHeadless()) await runHeadless();
  else process.exitCode = 1;
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
