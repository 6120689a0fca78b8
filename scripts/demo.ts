// Usage: npm start [-- --browser chromium|firefox] [--lang vi|en] [--headless]
// The development loop: builds in watch mode, serves test/fixtures/ on 127.0.0.1 and opens the sample
// article in a real browser with the extension loaded; web-ext reloads it after every rebuild.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, distDir, projectRoot } from './build-extension.ts';
import { type BrowserName, findBrowser } from './find-browser.ts';
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
const browserName: BrowserName = values.browser;

/** The `web-ext run` command line for one browser. */
function webExtRunArgs(options: {
  browser: BrowserName;
  executable: string;
  startUrl: string;
  lang: string;
  headless: boolean;
  asRoot: boolean;
}): string[] {
  const common = ['run', '--no-config-discovery', '--start-url', options.startUrl];
  if (options.browser === 'chromium') {
    const flags = [
      ...(options.asRoot ? ['--no-sandbox'] : []), // Chromium refuses to run as root without it
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(options.headless ? ['--headless=new'] : []),
    ];
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
    ...(options.headless ? ['--arg=--headless'] : []),
  ];
}

const context = await buildExtension({ release: false, watch: true });
const server = await serveDirectory(path.join(projectRoot, 'test/fixtures'));
const startUrl = `${server.url}/article.html`;
const args = webExtRunArgs({
  browser: browserName,
  executable: findBrowser(browserName),
  startUrl,
  lang: values.lang,
  headless: values.headless,
  asRoot: process.getuid?.() === 0,
});
console.log(`serving ${startUrl}\nweb-ext ${args.join(' ')}`);

const webExt = spawn(path.join(projectRoot, 'node_modules/.bin/web-ext'), args, {
  stdio: 'inherit',
  // Chromium on Linux takes its UI language, and so the extension's locale, from LANGUAGE.
  env: { ...process.env, LANGUAGE: values.lang },
});
webExt.on('exit', async (code) => {
  await context.dispose();
  await server.close();
  process.exit(code ?? 0);
});
