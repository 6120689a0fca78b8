/**
 * `npm run bench:page`, part one: what a reader pays for the extension on a page, measured from outside
 * on the real built extension (dist/chrome) loaded in headless Chromium, so start-up, storage reads,
 * messaging and drawing all count. For every page, in turns, several loads:
 *   - extension main-thread CPU: the CDP Profiler's samples (100 µs) whose stack holds a
 *     chrome-extension:// frame (our code and everything it calls), from navigation until the page
 *     settles (load + SETTLE_MS);
 *   - a bare TreeWalker pass reading every character of the page's text, in the same run (the floor);
 *   - time to the first highlight after DOMContentLoaded (polled from the page's world: the highlight
 *     registry is shared), and how many of the first highlight's ranges were in the viewport;
 *   - extra JS heap: the page's isolate after a forced GC, against the same page served from a host the
 *     content script does not match (nocchc.test → 127.0.0.1), loaded in the same browser.
 * Pages: test/fixtures/news/*.html, test/fixtures/article.html, ../shared/pages/*.html and the corpus as
 * one ≥ 5 MB page. Targets (issue 12): median over the real pages ≤ 6 ms, none above 12 ms; the 5 MB
 * page ≤ 5× its bare walk. Exits non-zero when one is missed. CCHC_BENCH_RUNS sets the loads per page.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { corpusPage } from './corpus-page.ts';
import { chromiumOfflineArgs, findBrowser } from './find-browser.ts';
import { serveDirectory } from './serve.ts';
import { sharedDir } from './shared-dir.ts';

const projectRoot = process.cwd();
const RUNS = Number(process.env.CCHC_BENCH_RUNS ?? 5);
const SETTLE_MS = 1200;
const BIG_SETTLE_MS = 5000;
const OTHER_HOST = 'nocchc.test';

interface Load {
  extMs: number;
  samplesMs: number;
  firstHighlightMs: number | null;
  firstInView: number | null;
  highlights: number;
  heap: number;
}

/** Copies the pages to serve into one folder; returns their names, the 5 MB page last. */
function preparePages(dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  const add = (from: string, name: string) => {
    copyFileSync(from, path.join(dir, name));
    names.push(name);
  };
  const news = path.join(projectRoot, 'test/fixtures/news');
  for (const f of readdirSync(news)
    .filter((f) => f.endsWith('.html'))
    .sort())
    add(path.join(news, f), `fixture-${f}`);
  add(path.join(projectRoot, 'test/fixtures/article.html'), 'fixture-article.html');
  const shared = sharedDir('pages');
  if (existsSync(shared)) {
    for (const f of readdirSync(shared)
      .filter((f) => f.endsWith('.html'))
      .sort())
      add(path.join(shared, f), f);
  }
  writeFileSync(path.join(dir, 'corpus-5mb.html'), corpusPage());
  names.push('corpus-5mb.html');
  return names;
}

/** Installed in the page's own world before its scripts: the time of the first of our highlights. */
function watchFirstHighlight(): void {
  // biome-ignore lint/suspicious/noExplicitAny: a slot on the page's window for the bench to read
  const w = window as any;
  w.__cchcBench = { dcl: 0, first: 0, inView: 0 };
  document.addEventListener('DOMContentLoaded', () => {
    w.__cchcBench.dcl = performance.now();
  });
  const poll = () => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('cchc-') || highlight.size === 0) continue;
      w.__cchcBench.first = performance.now();
      let inView = 0;
      for (const range of highlight as Iterable<AbstractRange>) {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        const rect = r.getBoundingClientRect();
        if (rect.top < innerHeight && rect.bottom >= 0) inView++;
      }
      w.__cchcBench.inView = inView;
      return;
    }
    setTimeout(poll, 2);
  };
  poll();
}

/** CPU of the samples whose stack holds an extension frame (self or any caller). */
function extensionCpuMs(profile: {
  nodes: {
    id: number;
    parent?: number;
    children?: number[];
    callFrame: { url: string; functionName: string; lineNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}): { ext: number; total: number; top: Map<string, number> } {
  const parent = new Map<number, number>();
  const url = new Map<number, string>();
  const fn = new Map<number, string>();
  for (const n of profile.nodes) {
    url.set(n.id, n.callFrame.url);
    fn.set(n.id, `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const isExt = new Map<number, boolean>();
  const ext = (id: number): boolean => {
    const known = isExt.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const value = (url.get(id) ?? '').startsWith('chrome-extension://') || (p !== undefined && ext(p));
    isExt.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  let total = 0;
  // Where the time goes: self time by function (CCHC_BENCH_TOP prints it).
  const top = new Map<string, number>();
  // A sample's time is the interval until the next sample.
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    total += dt;
    const id = samples[i] as number;
    if (!ext(id)) continue;
    us += dt;
    const name = fn.get(id) ?? '?';
    top.set(name, (top.get(name) ?? 0) + dt / 1000);
  }
  return { ext: us / 1000, total: total / 1000, top };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function loadOnce(browser: Browser, url: string, settleMs: number, withProfile: boolean): Promise<Load> {
  const page: Page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(watchFirstHighlight);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  if (withProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  let cpu = { ext: 0, total: 0, top: new Map<string, number>() };
  if (withProfile) cpu = extensionCpuMs((await cdp.send('Profiler.stop')).profile);
  if (withProfile && process.env.CCHC_BENCH_TOP) {
    const top = [...cpu.top].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.CCHC_BENCH_TOP) || 15);
    console.log(`  profile of one load (self ms): ${top.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join(', ')}`);
  }
  const marks = await page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the slot set by watchFirstHighlight
    const b = (window as any).__cchcBench;
    let highlights = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('cchc-') && name !== 'cchc-current') highlights += h.size;
    return { first: b.first ? b.first - b.dcl : null, inView: b.first ? b.inView : null, highlights };
  });
  const heap = await heapUsed(cdp);
  await page.close();
  return {
    extMs: cpu.ext,
    samplesMs: cpu.total,
    firstHighlightMs: marks.first,
    firstInView: marks.inView,
    highlights: marks.highlights,
    heap,
  };
}

/** The floor: a TreeWalker over every text node of the page, reading every character (median of 5). */
async function bareWalkMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const s = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let sum = 0;
      while (w.nextNode()) {
        const data = (w.currentNode as Text).data;
        for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
      }
      times.push(performance.now() - s + (sum === 42 ? 1e-9 : 0));
    }
    return times.sort((a, b) => a - b)[2] as number;
  });
  await page.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const range = (xs: number[], digits = 1) =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)} (median ${median(xs).toFixed(digits)})`;

async function main(): Promise<void> {
  const dist = path.join(projectRoot, 'dist/chrome');
  if (!existsSync(path.join(dist, 'content.js'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const pagesDir = path.join(projectRoot, 'dist/bench/pages');
  const names = preparePages(pagesDir);
  const server = await serveDirectory(pagesDir);
  const port = new URL(server.url).port;
  const browser = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    pipe: true,
    enableExtensions: true,
    protocolTimeout: 600_000,
    // The saved pages name remote scripts, fonts and images: they fail at once instead of waiting on a
    // network this machine does not have. nocchc.test is the same server under a host the content
    // script does not match: the page without the extension, for the heap figure.
    args: [
      ...chromiumOfflineArgs,
      `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    ],
  });
  let ok = true;
  try {
    await browser.installExtension(dist);
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
      timeout: 15_000,
    });
    console.log(
      `Chromium ${await browser.version()}, content.js ${(statSize(path.join(dist, 'content.js')) / 1024).toFixed(0)} kB, ${RUNS} loads per page`,
    );
    // One load first, so the first page measured does not carry the browser's own warm-up.
    await loadOnce(browser, `${server.url}/${names[0]}`, SETTLE_MS, true);
    const realMedians: number[] = [];
    for (const name of names) {
      const big = name === 'corpus-5mb.html';
      const url = `${server.url}/${name}`;
      const otherUrl = `http://${OTHER_HOST}:${port}/${name}`;
      const settle = big ? BIG_SETTLE_MS : SETTLE_MS;
      const loads: Load[] = [];
      const bare: Load[] = [];
      const runs = big ? Math.min(RUNS, 3) : RUNS;
      if (process.env.CCHC_BENCH_ONLY && !name.includes(process.env.CCHC_BENCH_ONLY)) continue;
      for (let r = 0; r < runs; r++) {
        loads.push(await loadOnce(browser, url, settle, true));
        bare.push(await loadOnce(browser, otherUrl, settle, false));
      }
      const walk = await bareWalkMs(browser, otherUrl);
      const ext = loads.map((l) => l.extMs);
      const firsts = loads.map((l) => l.firstHighlightMs).filter((x): x is number => x !== null);
      const heapExtra = (median(loads.map((l) => l.heap)) - median(bare.map((l) => l.heap))) / 1024 / 1024;
      const hl = loads[0]?.highlights ?? 0;
      console.log(`\n${name}: ${hl} highlights`);
      console.log(`  extension CPU     ${range(ext)} ms`);
      console.log(`  bare walk         ${walk.toFixed(2)} ms → extension ${range(ext.map((x) => x / walk))}×`);
      console.log(
        `  first highlight   ${firsts.length ? `${range(firsts)} ms after DOMContentLoaded, ${loads[0]?.firstInView ?? 0} of its ranges in view` : 'none'}`,
      );
      console.log(`  extra JS heap     ${heapExtra.toFixed(2)} MB (median heap with − without)`);
      if (big) {
        const ratio = median(ext) / walk;
        const met = ratio <= 5;
        console.log(`  ${met ? 'ok    ' : 'MISSED'} 5 MB page: ${ratio.toFixed(1)}× the bare walk (target ≤ 5×)`);
        ok &&= met;
      } else {
        realMedians.push(median(ext));
      }
    }
    const overall = median(realMedians);
    const worst = Math.max(...realMedians);
    const met1 = overall <= 6;
    const met2 = worst <= 12;
    console.log(
      `\n${met1 ? 'ok    ' : 'MISSED'} median extension CPU over the real pages ${overall.toFixed(1)} ms (target ≤ 6 ms)`,
    );
    console.log(`${met2 ? 'ok    ' : 'MISSED'} worst page's median ${worst.toFixed(1)} ms (target ≤ 12 ms)`);
    ok &&= met1 && met2;
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(ok ? '\nextension targets met' : '\nEXTENSION TARGETS MISSED');
  if (!ok) process.exitCode = 1;
}

function statSize(file: string): number {
  return statSync(file).size;
}

await main();
