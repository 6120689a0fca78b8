// Temporary: V8 runtime call stats, page with − without the extension (not committed).
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumOfflineArgs, findBrowser } from './scripts/find-browser.ts';
import { serveDirectory } from './scripts/serve.ts';
const dist = path.resolve(process.argv[2] ?? 'dist/chrome');
const page = process.argv[3] ?? 'fixture-real-nhandan.html';
const N = Number(process.argv[4] ?? 6);
const OTHER = 'nocchc.test';
const server = await serveDirectory(path.resolve('dist/bench/pages'));
const port = new URL(server.url).port;
const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, pipe: true, enableExtensions: true,
  args: [...chromiumOfflineArgs, `--host-resolver-rules=MAP ${OTHER} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
await browser.installExtension(dist);
await browser.waitForTarget((t) => t.type() === 'service_worker');
async function load(url: string) {
  const p = await browser.newPage();
  await p.tracing.start({ categories: ['disabled-by-default-v8.runtime_stats', 'v8', '__metadata', 'toplevel'] });
  await p.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1200));
  const data = await p.tracing.stop();
  await p.close();
  const trace = JSON.parse(new TextDecoder().decode(data));
  if (process.env.DUMP) { for (const e of trace.traceEvents) if (e.cat?.includes("v8") && (e.dur ?? 0) > 300 && !/Module|Background/.test(e.name)) console.log(e.pid, e.tid, e.name, (e.dur/1000).toFixed(2), (e.tdur/1000||0).toFixed(2), JSON.stringify(e.args).slice(0,150)); const c = new Map<string, number>(); for (const e of trace.traceEvents) { const k = e.cat + " " + e.name + (e.args?.["runtime-call-stats"] ? " RCS" : ""); c.set(k, (c.get(k) ?? 0) + 1); } console.log([...c].sort((a,b)=>b[1]-a[1]).slice(0,60)); }
  const main = new Set(trace.traceEvents.filter((e: any) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e: any) => `${e.pid}:${e.tid}`));
  const sums = new Map<string, number>();
  const perThread = new Map<string, Map<string, number>>();
  for (const e of trace.traceEvents) {
    const rcs = e.args?.['runtime-call-stats'];
    if (!rcs) continue;
    const th = `${e.pid}:${e.tid}`;
    if (!main.has(th)) continue;
    const m = perThread.get(th) ?? new Map(); perThread.set(th, m);
    for (const [k, v] of Object.entries(rcs) as [string, [number, number]][]) m.set(k, (m.get(k) ?? 0) + v[1]);
  }
  // the thread with most time = the page's
  let best = new Map<string, number>(); let bt = -1;
  for (const m of perThread.values()) { const t = [...m.values()].reduce((a, b) => a + b, 0); if (t > bt) { bt = t; best = m; } }
  return best;
}
const acc = (into: Map<string, number>, m: Map<string, number>) => { for (const [k, v] of m) into.set(k, (into.get(k) ?? 0) + v / N); };
const withExt = new Map<string, number>(); const without = new Map<string, number>();
await load(`${server.url}/${page}`);
for (let i = 0; i < N; i++) { acc(withExt, await load(`${server.url}/${page}`)); acc(without, await load(`http://${OTHER}:${port}/${page}`)); }
const group = (k: string) => /GC|Heap|Scavenge|Mark/i.test(k) ? 'GC' : /Parse|Preparse|PreParse/i.test(k) ? 'Parse' : /Compile|Bytecode|Ignition|Sparkplug|Maglev|Turbo|Optimize/i.test(k) ? 'Compile' : /Interpreter|Execute|JS_Execution/i.test(k) ? 'JS' : /API|Callback|Blink|Accessor/i.test(k) ? 'Blink/API' : 'Other';
const g1 = new Map<string, number>(); const g0 = new Map<string, number>();
for (const [k, v] of withExt) g1.set(group(k), (g1.get(group(k)) ?? 0) + v);
for (const [k, v] of without) g0.set(group(k), (g0.get(group(k)) ?? 0) + v);
console.log('group: with − without (ms)');
for (const g of ['Parse', 'Compile', 'JS', 'GC', 'Blink/API', 'Other']) console.log(g.padEnd(10), ((g1.get(g) ?? 0) / 1000).toFixed(1), '-', ((g0.get(g) ?? 0) / 1000).toFixed(1), '=', (((g1.get(g) ?? 0) - (g0.get(g) ?? 0)) / 1000).toFixed(1));
const diff = [...withExt].map(([k, v]) => [k, v - (without.get(k) ?? 0)] as [string, number]).sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of diff) console.log((v / 1000).toFixed(2).padStart(7), k);
await browser.close(); await server.close();
