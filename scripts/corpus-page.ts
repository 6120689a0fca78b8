import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './shared-dir.ts';

const TARGET_BYTES = 5 * 1024 * 1024;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The corpus as news articles on one page, repeated to ≥ 5 MB of HTML, with some inline markup. */
export function corpusPage(): string {
  const dir = sharedDir('corpus/articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      const paragraphs = lines.slice(1).map((l, i) => {
        const text = escapeHtml(l);
        // Every third paragraph gets inline elements in the middle of its text, as news markup has.
        if (i % 3 !== 1) return `<p>${text}</p>`;
        const words = text.split(' ');
        const k = Math.floor(words.length / 2);
        return `<p>${words.slice(0, k).join(' ')} <b>${words.slice(k, k + 3).join(' ')}</b> <a href="#x">${words.slice(k + 3, k + 6).join(' ')}</a> ${words.slice(k + 6).join(' ')}</p>`;
      });
      return `<article><h2>${escapeHtml(lines[0] ?? '')}</h2>\n${paragraphs.join('\n')}\n</article>`;
    });
  const once = articles.join('\n');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(once));
  const body = Array.from({ length: copies }, () => once).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>corpus</title></head><body><main>${body}</main></body></html>`;
}
