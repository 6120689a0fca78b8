/**
 * The floor of issue 12's measure: the least an extension like ours can do on a news page, written as an
 * unpacked MV3 extension for `CCHC_BENCH_AGAINST=floor npm run bench:extension`. Its content script runs
 * on the same sites at document_idle (no loader, no module, no polyfill), takes the text of the page's
 * first `<article>` (else its body) and sends it to its service worker, which answers an empty list;
 * nothing is drawn, watched or stored. What it costs on the page's thread is what any content script
 * that reads an article and asks its background pays in Chromium: the isolated world, the extension
 * API's bindings, one message. Our build's figure above it is ours to cut.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CONTENT = `// The floor's content script (scripts/floor-extension.ts).
const root = document.querySelector('article') ?? document.body;
chrome.runtime.sendMessage({ type: 'find-terms', text: root ? root.textContent : '' }).catch(() => {});
`;

const BACKGROUND = `// The floor's background (scripts/floor-extension.ts): no glossary, an empty answer.
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ spans: [] });
});
`;

/** Writes the floor extension into `dir` with the content-script sites of our built manifest; returns `dir`. */
export function writeFloorExtension(dir: string, ourManifest: string): string {
  if (!existsSync(ourManifest)) throw new Error(`${ourManifest} is missing: run \`npm run build\` first`);
  const ours = JSON.parse(readFileSync(ourManifest, 'utf8')) as { content_scripts?: { matches?: string[] }[] };
  const matches = [...new Set((ours.content_scripts ?? []).flatMap((c) => c.matches ?? []))];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'floor',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(dir, 'content.js'), CONTENT);
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  return dir;
}
