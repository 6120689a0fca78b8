import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumOfflineArgs, findBrowser } from './scripts/find-browser.ts';
import { serveDirectory } from './scripts/serve.ts';
const server = await serveDirectory(path.resolve('dist/bench/pages'));
const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, pipe: true, enableExtensions: true,
  args: [...chromiumOfflineArgs, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
const id = await browser.installExtension(process.argv[2]);
await browser.waitForTarget((t) => t.type() === 'service_worker');
const p = await browser.newPage();
await p.goto(`${server.url}/fixture-real-nhandan.html`, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 1500));
const expr = `(async () => { const id = ${JSON.stringify(id)}; const res = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('http'));
  const probe = async (u) => { try { const r = await fetch(u); return r.status; } catch (e) { return String(e); } };
  return { res, highlights: [...CSS.highlights.keys()], staticProbe: await probe('chrome-extension://' + id + '/main.js') }; })()`;
console.log(await p.evaluate(expr));
await browser.close(); await server.close();
