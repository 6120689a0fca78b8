import { watch as watchFiles } from 'node:fs';
import { access, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { asciiBundle } from './ascii-bundle.ts';
import { buildDefines } from './build-defines.ts';
import {
  CONTENT_MAIN,
  CONTENT_UI,
  manifestFor,
  ONLY_FOR,
  type SourceManifest,
  type TargetBrowser,
  targetBrowsers,
} from './manifest-for.ts';
import { jsonParseExpression, packedGlossary, termGatePatterns } from './matching-data.ts';
import { validateData } from './validate-glossary.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Where the unpacked extension for `browser` is written. */
export function distDir(browser: TargetBrowser): string {
  return path.join(projectRoot, 'dist', browser);
}

// One bundle per context; the output name is the file the manifest and the HTML pages refer to.
const entryPoints = {
  background: 'src/background/main.ts',
  popup: 'src/popup/main.ts',
  options: 'src/options/main.ts',
  glossary: 'src/options/glossary-page.ts',
  // webextension-polyfill as a module that defines the content script's `browser`, for Chromium before
  // 148 only (src/content/browser-polyfill.ts, bring-code.ts).
  'browser-polyfill': 'src/content/browser-polyfill.ts',
};

// The content script's bundles, built apart: there `webextension-polyfill` is the global `browser`
// (src/content/native-browser.ts), which Firefox and Chromium 148+ have, so no page carries the
// polyfill (issue 12). The extension's pages and the background keep it.
const contentEntryPoints = {
  // The content script is a loader and the code it enters (content-main.js): Chromium's loader
  // (content.js) imports the code as a module compiled off the page's main thread; Firefox's
  // (content-start.js) runs after it (src/content/content-loader.ts, content-start.ts; manifest-for.ts).
  content: 'src/content/content-loader.ts',
  'content-start': 'src/content/content-start.ts',
  'content-main': 'src/content/content-main.ts',
  // The popup and hover card, on first use: imported in Chromium, injected in Firefox (src/content/load-content-ui.ts).
  'content-ui': 'src/content/content-ui.ts',
};

// Pages and styles are copied flat next to the bundles, so `popup.html` loads `popup.js`. Not src/content:
// its stylesheets are bundled into the content script as text (the `.css` loader below).
const staticDirs = ['src/popup', 'src/options', 'src/shared'];

export interface BuildOptions {
  /** No source maps. The code stays unminified either way, for store review. */
  release: boolean;
  /** Rebuild on every change under src/, icons/ and manifest.json until the process ends. */
  watch: boolean;
  /** The tracker for "Report a mistake" instead of package.json `bugs` (for tests: a made-up address). */
  bugsUrl?: string;
}

/**
 * Builds dist/chrome and dist/firefox from two esbuild contexts (the content script's bundles apart, for
 * their `alias`), written together: the same bundles, the same pages, and a manifest per browser. Resolves after the first build; in watch mode it keeps rebuilding.
 */
export async function buildExtension({ release, watch, bugsUrl }: BuildOptions): Promise<{ dispose(): Promise<void> }> {
  // The glossary and the document registry ship inside the extension: a build never carries data
  // that breaks their schemas, a timeline with a gap, or a confirmed fact resting on a weak source.
  const readData = async (name: string) => JSON.parse(await readFile(path.join(projectRoot, 'data', name), 'utf8'));
  const problems = validateData(await readData('glossary.json'), await readData('documents.json'));
  if (problems.length > 0) throw new Error(`data/ is not valid:\n  ${problems.join('\n  ')}`);
  const readRoot = async (name: string) => JSON.parse(await readFile(path.join(projectRoot, name), 'utf8'));
  const define = buildDefines(await readRoot('package.json'), await readRoot('manifest.json'), { bugsUrl });
  await rm(path.join(projectRoot, 'dist'), { recursive: true, force: true });
  let firstBuildDone: (succeeded: boolean) => void = () => {};
  const firstBuild = new Promise<boolean>((resolve) => {
    firstBuildDone = resolve;
  });
  // Each part's last output; the extension is written once both have one, and again on each rebuild.
  const outputs = new Map<string, esbuild.OutputFile[]>();
  // One write at a time, of the latest outputs: a change both contexts bundle (src/shared/) ends two
  // builds at once, and two overlapping writes could leave one context's older bundles last.
  let writing: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  const writeLatest = (startedAt: number): Promise<void> => {
    queued ??= writing.then(() => {
      queued = undefined;
      return writeBrowsers([...outputs.values()].flat(), release, startedAt);
    });
    writing = queued.catch(() => {});
    return queued;
  };
  const contextFor = (part: string, points: Record<string, string>, alias: Record<string, string>) =>
    esbuild.context({
      absWorkingDir: projectRoot,
      entryPoints: points,
      alias,
      outdir: 'dist/bundles',
      write: false,
      bundle: true,
      // IIFE everywhere: content scripts cannot be modules, and one format keeps the pages simple.
      format: 'iife',
      target: ['chrome120', 'firefox142'],
      // ASCII only (with asciiBundle below for what esbuild leaves): a script with any character above
      // U+00FF is kept by V8 as a two-byte string, in every frame it runs in (issue 12). The Vietnamese text
      // reads as \u escapes in the bundles; the sources and the source maps have it as written.
      charset: 'ascii',
      // The tracker (package.json `bugs`) and the version, for "Report a mistake" (src/shared/build-info.ts).
      define,
      // The content script's stylesheets (explanation-popup.css) become strings it adopts as constructed
      // sheets; the pages' own .css files are not imported, they are copied (staticDirs).
      loader: { '.css': 'text' },
      minify: false,
      sourcemap: release ? false : 'linked',
      logLevel: 'warning',
      plugins: [
        {
          // data/*.json as one JSON.parse of a compact string rather than a module of object literals:
          // V8 parses JSON far faster than the same data as JavaScript, and every page paid for it at start
          // (issue 12). The data is the same object either way.
          name: 'json-as-parse',
          setup(build) {
            // Data made at build time (matching-data.ts): the glossary compiled and packed, which the background
            // matches pages' texts with (src/shared/packed-glossary-data.d.ts), and the term gate's patterns,
            // the content script's (src/content/matching-data.d.ts).
            build.onResolve({ filter: /^cchc:(packed-glossary|explanation-data|term-gate)$/ }, (args) => ({
              path: args.path,
              namespace: 'cchc-data',
            }));
            // The background's explanations and registry, parsed when a page first asks for them rather than
            // at every wake of the service worker (src/background/explanation-data.d.ts).
            build.onLoad({ filter: /^cchc:explanation-data$/, namespace: 'cchc-data' }, async () => {
              const data = {
                entries: (await readData('glossary.json')).entries,
                documents: await readData('documents.json'),
              };
              return { contents: `export default () => ${jsonParseExpression(data)};`, loader: 'js' };
            });
            build.onLoad({ filter: /^cchc:packed-glossary$/, namespace: 'cchc-data' }, async () => {
              const data = packedGlossary(await readData('glossary.json'), await readData('documents.json'));
              // A function: the page parses it when it needs it and keeps no parsed copy beside the unpacked one.
              return { contents: `export default () => ${jsonParseExpression(data)};`, loader: 'js' };
            });
            // The term gate's patterns (src/glossary/gate-pattern.ts), for the content script (article-may-hold-term.ts).
            build.onLoad({ filter: /^cchc:term-gate$/, namespace: 'cchc-data' }, async () => {
              const patterns = termGatePatterns(await readData('glossary.json'), await readData('documents.json'));
              return { contents: `export default ${JSON.stringify(patterns)};`, loader: 'js' };
            });
            build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
              const compact = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
              return { contents: `export default JSON.parse(${JSON.stringify(compact)});`, loader: 'js' };
            });
          },
        },
        {
          // webextension-polyfill is a CommonJS (UMD) module: imported as it is, esbuild's interop copies
          // every property of the browser's API object at each import (five in the content script), which
          // the profile showed at 10 to 20 ms of every page's start (issue 12). As an ES module with one
          // default export, the import is the object itself.
          name: 'polyfill-as-esm',
          setup(build) {
            build.onLoad({ filter: /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ }, async (args) => {
              const source = await readFile(args.path, 'utf8');
              return {
                contents: `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`,
                loader: 'js',
              };
            });
          },
        },
        {
          name: 'write-per-browser',
          setup(build) {
            let startedAt = 0;
            build.onStart(() => {
              startedAt = performance.now();
            });
            build.onEnd(async (result) => {
              const succeeded = result.errors.length === 0 && result.outputFiles !== undefined;
              if (!succeeded) return firstBuildDone(false);
              outputs.set(part, result.outputFiles ?? []);
              if (outputs.size < 2) return;
              try {
                await writeLatest(startedAt);
                firstBuildDone(true);
              } catch (error) {
                console.error(`build: ${error instanceof Error ? error.message : error}`);
                firstBuildDone(false);
              }
            });
          },
        },
      ],
    });
  const made = await Promise.allSettled([
    contextFor('pages', entryPoints, {}),
    contextFor('content', contentEntryPoints, { 'webextension-polyfill': './src/content/native-browser.ts' }),
  ]);
  const contexts = made.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const refused = made.find((result) => result.status === 'rejected');
  if (refused) {
    await Promise.all(contexts.map((context) => context.dispose()));
    throw refused.reason;
  }
  // In watch mode esbuild makes the first builds itself; otherwise build once.
  for (const context of contexts) {
    if (watch) await context.watch();
    else await context.rebuild().catch(() => {}); // errors are logged by esbuild and seen below
  }
  const succeeded = await firstBuild;
  const dispose = async () => {
    await Promise.all(contexts.map((context) => context.dispose()));
  };
  if (!succeeded || !watch) await dispose();
  if (!succeeded) throw new Error('build failed');
  if (watch) watchStaticFiles(() => contexts.forEach((context) => void context.rebuild().catch(() => {})));
  return { dispose };
}

async function writeBrowsers(outputFiles: esbuild.OutputFile[], release: boolean, started: number): Promise<void> {
  await Promise.all(targetBrowsers.map((browser) => writeBrowser(browser, outputFiles, release)));
  const ms = Math.round(performance.now() - started);
  console.log(`built dist/chrome and dist/firefox (${release ? 'release' : 'development'}) in ${ms} ms`);
}

// The bundles Chromium imports as modules (manifest-for.ts), whose every function its streaming thread
// compiles (compileHinted).
const hinted = new Set([CONTENT_MAIN, CONTENT_UI]);

async function writeBrowser(
  browser: TargetBrowser,
  outputFiles: esbuild.OutputFile[],
  release: boolean,
): Promise<void> {
  const dir = distDir(browser);
  const bundles = path.join(projectRoot, 'dist/bundles');
  await mkdir(path.join(dir, 'icons'), { recursive: true });
  await Promise.all(
    outputFiles.map((file) => {
      const name = path.relative(bundles, file.path);
      const bundle = name.replace(/\.map$/, '');
      // Each browser's own files only (ONLY_FOR: the loaders, and Chromium's polyfill): Firefox's extension
      // must hold no import() (web-ext lint).
      const only = ONLY_FOR[bundle];
      if (only !== undefined && only !== browser) return undefined;
      if (hinted.has(bundle)) return writeFile(path.join(dir, name), compileHinted(file.text, name));
      return writeFile(path.join(dir, name), name.endsWith('.js') ? asciiBundle(file.text, name) : file.contents);
    }),
  );
  await cp(path.join(projectRoot, 'src/_locales'), path.join(dir, '_locales'), { recursive: true });
  for (const staticDir of staticDirs) {
    for (const name of await readdir(path.join(projectRoot, staticDir))) {
      if (/\.(html|css)$/.test(name)) await cp(path.join(projectRoot, staticDir, name), path.join(dir, name));
    }
  }
  for (const name of await readdir(path.join(projectRoot, 'icons'))) {
    if (name.endsWith('.png')) await cp(path.join(projectRoot, 'icons', name), path.join(dir, 'icons', name));
  }
  const source = JSON.parse(await readFile(path.join(projectRoot, 'manifest.json'), 'utf8')) as SourceManifest;
  const manifest = manifestFor(source, browser, { release });
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await assertFilesExist(dir, referencedFiles(manifest));
}

/**
 * content-main.js and content-ui.js with V8's explicit compile hint as their first line (the source map
 * shifted by that line): Chromium then compiles every function of the module on the thread that streams
 * it, instead of each one on the page's main thread at its first call (issue 12: a third of the content
 * script's main-thread time was those lazy compilations). Firefox ignores the comment. Every function, not only
 * those a page runs: the rarely used ones cost background-thread time and some memory, measured in
 * `npm run bench:extension`.
 */
export function compileHinted(text: string, name: string): string {
  if (name.endsWith('.map')) {
    const map = JSON.parse(text) as { mappings: string };
    return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
  }
  return `${COMPILE_HINT}\n${asciiBundle(text, name)}`;
}

/** V8's per-file compile hint (Chromium 136+): https://github.com/WICG/explicit-javascript-compile-hints-file-based */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The files a manifest points at, so a typo or a missing icon fails the build, not the install. */
export function referencedFiles(manifest: Record<string, unknown>): string[] {
  const m = manifest as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
    web_accessible_resources?: { resources?: string[] }[];
    action?: { default_popup?: string; default_icon?: Record<string, string> };
    options_ui?: { page?: string };
    icons?: Record<string, string>;
  };
  return [
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...(m.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []),
    m.action?.default_popup,
    ...Object.values(m.action?.default_icon ?? {}),
    m.options_ui?.page,
    ...Object.values(m.icons ?? {}),
  ].filter((file): file is string => typeof file === 'string');
}

async function assertFilesExist(dir: string, files: string[]): Promise<void> {
  for (const file of files) {
    await access(path.join(dir, file)).catch(() => {
      throw new Error(`${path.relative(projectRoot, dir)}/manifest.json refers to a missing file: ${file}`);
    });
  }
}

// esbuild watches what it bundles; pages, styles, locales, icons and the manifest are watched here.
function watchStaticFiles(rebuild: () => void): void {
  let timer: NodeJS.Timeout | undefined;
  const onChange = (_event: string, file: string | null) => {
    if (file?.endsWith('.ts')) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  };
  watchFiles(path.join(projectRoot, 'src'), { recursive: true }, onChange);
  watchFiles(path.join(projectRoot, 'icons'), onChange);
  watchFiles(path.join(projectRoot, 'manifest.json'), onChange);
}
