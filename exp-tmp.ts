import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumOfflineArgs, findBrowser } from './scripts/find-browser.ts';
import { serveDirectory } from './scripts/serve.ts';
const dist = process.argv[2];
const page = process.argv[3] ?? 'fixture-real-nhandan.html';
const server = await serveDirectory(path.resolve('dist/bench/pages'));
const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, pipe: true, enableExtensions: true,
  args: [...chromiumOfflineArgs, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
await browser.installExtension(dist);
await browser.waitForTarget((t) => t.type() === 'service_worker');
for (let i = 0; i < 3; i++) {
  const p = await browser.newPage();
  p.on('console', (m) => console.log('console:', m.text()));
  await p.tracing.start({ categories: ['v8', 'devtools.timeline', 'disabled-by-default-v8.compile', '__metadata'] });
  await p.goto(`${server.url}/${page}`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const trace = JSON.parse(new TextDecoder().decode(await p.tracing.stop()));
  await p.close();
  const lines: string[] = [];
  for (const e of trace.traceEvents) {
    const s = JSON.stringify(e.args ?? {});
    if (!/chrome-extension/.test(s)) continue;
    if ((e.dur ?? 0) < 200 && !/Cache/i.test(e.name)) continue;
    lines.push(`${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)} cpu ${((e.tdur ?? 0) / 1000).toFixed(2)} ${s.replace(/"url":"[^"]*\//, '"url":"…/').slice(0, 220)}`);
  }
  console.log(`load ${i}:\n  ${lines.join('\n  ')}`);
}
await browser.close(); await server.close();
